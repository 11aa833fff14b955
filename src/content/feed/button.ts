import { closedHost } from '../closed-host';

/// <reference types="chrome" />
/**
 * The Save control: a real <button> in a CLOSED shadow root, labelled through chrome.i18n.
 * The page it sits in is not trusted: it must not learn whether the person saved a post, nor
 * save one for them. So the root is closed (the page cannot read the state or the label), the
 * button has one fixed size in every state (its box gives nothing away), nothing is mirrored
 * on the host, and only trusted clicks (a person's click or key press, never a script's
 * `.click()` or dispatched event) save. Clicks and keys stop at the host so X does not open
 * the post.
 */

export type ButtonState = 'idle' | 'saving' | 'saved' | 'error';

// Fixed box: "Save", "Saving…" and "Saved" must not change the host's size, which the page
// can measure. Every property is set here, so the page's inherited styles change nothing.
// White on a filled pill: the text keeps 6.6:1 or more on any page, light or dark (an outlined
// button in the accent colour fell to 2.5:1 on X's and LinkedIn's dark themes); the focus ring
// is blue around white, seen on both.
const STYLE = `:host{all:initial;display:inline-block}
button{all:initial;box-sizing:border-box;display:inline-flex;align-items:center;justify-content:center;
width:92px;height:28px;overflow:hidden;white-space:nowrap;text-overflow:ellipsis;
font:600 13px/1.2 system-ui,sans-serif;color:#fff;background:#0b5cad;
border:0;border-radius:999px;padding:0 8px;margin:4px;cursor:pointer}
button:focus-visible{outline:2px solid #0b5cad;outline-offset:2px;box-shadow:0 0 0 2px #fff}
button[data-state=saved]{background:#176b2c}button[data-state=error]{background:#a4262c}`;

const t = (key: string, fallback: string) => {
  try {
    return chrome.i18n.getMessage(key) || fallback;
  } catch {
    return fallback;
  }
};

const LABELS: Record<ButtonState, [string, string, string]> = {
  idle: ['feedSave', 'Save', 'Save this post to Learnmark'],
  saving: ['feedSaving', 'Saving…', 'Saving this post to Learnmark'],
  saved: ['feedSaved', 'Saved', 'Saved in Learnmark'],
  error: ['feedSaveFailed', 'Not saved', 'Learnmark could not save this post; try again'],
};

export function setState(button: HTMLButtonElement, state: ButtonState): void {
  const [key, text, label] = LABELS[state];
  button.dataset.state = state;
  button.textContent = t(key, text);
  button.setAttribute('aria-label', t(`${key}Label`, label));
  // Not `disabled`: Chromium takes focus away from a button that becomes disabled, so a person
  // who pressed Save by keyboard would be dropped to the top of the feed. A click while saving is
  // ignored by the handler instead.
  button.setAttribute('aria-disabled', String(state === 'saving'));
}

/** The host element (to insert in the page) and its button. */
export function createControl(
  onSave: () => void,
  isPersonEvent: (e: Event) => boolean = (e) => e.isTrusted,
): { host: HTMLElement; button: HTMLButtonElement } {
  const { host, root, style } = closedHost(document, 'learnmark-save', STYLE);
  const button = document.createElement('button');
  button.type = 'button';
  setState(button, 'idle');
  button.addEventListener('click', (e) => {
    e.preventDefault();
    // A page script can call button.click() on an element it got hold of, or dispatch a
    // synthetic event: neither is the person's choice.
    if (!isPersonEvent(e)) return;
    if (button.dataset.state !== 'saving') onSave();
  });
  for (const type of ['click', 'keydown', 'keyup', 'pointerdown', 'mousedown']) {
    host.addEventListener(type, (e) => e.stopPropagation());
  }
  root.append(style, button);
  return { host, button };
}
