/// <reference types="chrome" />
// The save toast, injected by the worker into the tab a page or post was saved from (once per
// tab: the worker calls the installed function again for later saves). Kept small on purpose
// (no polyfill): it only shows what the worker handed it (the counts, the title saved, as text)
// and asks the worker to open the editor or keep a refused page's link, naming nothing (the
// worker knows it from the sender's tab).
import type { Envelope } from '../../messaging/protocol';
import type { ToastData } from '../../messaging/toast';
import { showToast } from './toast';

const t = (key: string, subs?: string[]) => chrome.i18n.getMessage(key, subs) || key;
const ask = (type: 'toast-edit' | 'toast-accept') =>
  void chrome.runtime.sendMessage({ type, payload: {} } satisfies Envelope).catch(() => undefined);
const edit = () => ask('toast-edit');
const accept = () => ask('toast-accept');

// The bench page opts in to timings; a real page must not learn from its timeline that a save happened.
const bench = document.documentElement.hasAttribute('data-learnmark-bench');

(globalThis as { __learnmarkToast?: (d: ToastData) => void }).__learnmarkToast = (data) => {
  showToast(data, { t, edit, accept });
  if (bench) performance.mark('learnmark:toast-shown');
};
