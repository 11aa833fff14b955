import { closedHost } from '../closed-host';

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

/** The shortcut that moves focus into the toast while it is shown: Alt+Shift+L, as the nudge card. */
const isFocusShortcut = (e: KeyboardEvent) => e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyL';

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
  /** Where focus was when the person moved it into the toast, to give it back. */
  let returnTo: Element | null = null;
  let timer = 0;
  let hovered = false;
  let focused = false;
  const wait = () => {
    win.clearTimeout(timer);
    if (!hovered && !focused) timer = win.setTimeout(remove, TOAST_MS);
  };
  const giveFocusBack = () => {
    // Only when focus is in the toast: otherwise the person is elsewhere and stays there.
    if (doc.activeElement !== host) return;
    const target = returnTo as HTMLElement | null;
    if (target?.isConnected && target !== host) target.focus?.();
    else (doc.activeElement as HTMLElement | null)?.blur?.();
  };
  function remove() {
    win.clearTimeout(timer);
    win.removeEventListener('keydown', onShortcut, true);
    giveFocusBack();
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
  const quote = 'refused' in data && data.quote ? doc.createElement('blockquote') : null;
  if (quote) quote.textContent = (data as { quote: string }).quote;
  const close = button('×', remove, 'toast-close');
  close.className = 'close';
  close.setAttribute('aria-label', t('toastClose'));
  const hint = doc.createElement('p');
  hint.className = 'hint';
  hint.textContent = t('toastShortcutHint');
  toast.append(...[line, quote, action, close, hint].filter((el) => el !== null));
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

  function onShortcut(event: KeyboardEvent) {
    if (!isPerson(event) || !isFocusShortcut(event)) return;
    event.preventDefault();
    event.stopPropagation();
    if (doc.activeElement !== host) returnTo = doc.activeElement;
    (action ?? close).focus();
  }
  win.addEventListener('keydown', onShortcut, true);
  doc.documentElement.append(host);
  removeCurrent = remove;
  wait();
  return remove;
}
