import { closedHost } from '../closed-host';
import { focusReturn } from '../focus-return';

// The confirmation after a save by shortcut, context menu or feed button, apart from how it is
// installed in the page (index.ts), so it can be tested under jsdom. It costs the person
// nothing: it never takes focus (Alt+Shift+L moves there, Escape goes back), goes away by
// itself, and waits while the pointer or focus is on it. The page around it is not trusted:
// it lives in a CLOSED shadow root and only the person's own (trusted) clicks and keys count.
import type { SavedToast, ToastData } from '../../messaging/toast';
import { TOAST_STYLE } from './toast-style';

const HOST_TAG = 'learnmark-toast';
/** How long the toast stays when nobody looks at it. */
export const TOAST_MS = 6_000;

export interface ToastDeps {
  /** Edit: opens the editor for the saved item. */
  edit: () => void;
  /** Accepts a refusal's offer ("Save the link anyway", "Save this post by …"). */
  accept: () => void;
  t: (key: string, subs?: string[]) => string;
  /** Whether an event is the person's own (trusted); a test hook, `event.isTrusted` otherwise. */
  isPersonEvent?: (event: Event) => boolean;
}

let removeCurrent: (() => void) | null = null;

/** "Saved to Learnmark · 1 goal tied · 2 goals suggested": the toast's line, in the person's words. */
export function toastLine(data: SavedToast, t: ToastDeps['t']): string {
  const tied = data.tied === 1 ? t('toastTiedOne') : data.tied > 1 ? t('toastTiedMany', [String(data.tied)]) : null;
  const suggested =
    data.suggested === 1
      ? t('toastSuggestedOne')
      : data.suggested > 1
        ? t('toastSuggestedMany', [String(data.suggested)])
        : null;
  return [t(data.resaved ? 'toastResaved' : 'toastSaved'), tied, suggested].filter(Boolean).join(' · ');
}

/** Shows the toast (replacing one shown already); returns how to take it away. */
export function showToast(data: ToastData, deps: ToastDeps, win: Window = window): () => void {
  removeCurrent?.();
  const { t } = deps;
  const isPerson = deps.isPersonEvent ?? ((e: Event) => e.isTrusted);
  const doc = win.document;
  const { host, root, style } = closedHost(doc, HOST_TAG, TOAST_STYLE);
  // A status line, not a dialog: announced without moving focus, the page stays usable.
  const toast = doc.createElement('section');
  toast.className = 'toast';
  toast.setAttribute('role', 'status');
  toast.setAttribute('aria-label', t('extName'));
  const line = doc.createElement('p');
  line.className = 'saved';
  line.textContent = 'refused' in data ? data.refused : toastLine(data, t);
  const button = (label: string, onClick: () => void, testId: string) => {
    const el = doc.createElement('button');
    el.type = 'button';
    el.textContent = label;
    el.dataset.testid = testId;
    el.addEventListener('click', (event) => {
      if (isPerson(event)) onClick();
    });
    return el;
  };
  let timer = 0;
  let hovered = false;
  let focused = false;
  const wait = () => {
    win.clearTimeout(timer);
    if (!hovered && !focused) timer = win.setTimeout(remove, TOAST_MS);
  };
  // Alt+Shift+L moves to the toast's action (Edit, or what a refusal offers) or else its close
  // button; Escape (or the toast going away) gives focus back.
  const focus = focusReturn(win, host, () => action ?? close, isPerson);
  function remove() {
    win.clearTimeout(timer);
    focus.stop();
    focus.giveBack();
    host.remove();
    if (removeCurrent === remove) removeCurrent = null;
  }
  // After a save, Edit; after a refusal, what the popup would offer instead, if anything.
  const action =
    'refused' in data
      ? data.offer
        ? button(data.offer, () => (deps.accept(), remove()), 'toast-accept')
        : null
      : button(t('toastEdit'), () => (deps.edit(), remove()), 'toast-edit');
  // A kept link says what it is, as the popup does: the page did not load, only its address is kept.
  const detail = 'refused' in data || !data.detail ? null : doc.createElement('p');
  if (detail) {
    detail.className = 'detail';
    detail.textContent = (data as SavedToast).detail;
  }
  const quote = 'refused' in data && data.quote ? doc.createElement('blockquote') : null;
  if (quote) quote.textContent = (data as { quote: string }).quote;
  // What was saved, so a save by shortcut or a feed button names its page or post.
  const title = 'refused' in data ? null : doc.createElement('p');
  if (title) {
    title.className = 'title';
    title.textContent = (data as SavedToast).title;
  }
  const close = button('×', remove, 'toast-close');
  close.className = 'close';
  close.setAttribute('aria-label', t('toastClose'));
  const hint = doc.createElement('p');
  hint.className = 'hint';
  hint.textContent = t('toastShortcutHint');
  toast.append(...[line, action, title, detail, quote, hint, close].filter((el) => el !== null));
  toast.addEventListener('keydown', (event) => {
    if (!isPerson(event)) return;
    // Keys pressed in the toast are the toast's: the page behind it does not get them.
    event.stopPropagation();
    if (event.key === 'Escape') remove();
  });
  host.addEventListener('mouseenter', () => ((hovered = true), wait()));
  host.addEventListener('mouseleave', () => ((hovered = false), wait()));
  toast.addEventListener('focusin', () => ((focused = true), wait()));
  toast.addEventListener('focusout', () => ((focused = false), wait()));
  root.append(style, toast);

  doc.documentElement.append(host);
  removeCurrent = remove;
  wait();
  return remove;
}
