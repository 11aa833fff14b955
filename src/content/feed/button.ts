/// <reference types="chrome" />
/**
 * The Save control: a real <button> in an open shadow root (the sites' styles cannot reach it),
 * labelled through chrome.i18n. Clicks and keys stop at the host so X does not open the post.
 */

export type ButtonState = 'idle' | 'saving' | 'saved' | 'error';

const STYLE = `button{font:600 13px/1.2 system-ui,sans-serif;color:#0b5cad;background:transparent;
border:1px solid currentColor;border-radius:999px;padding:4px 10px;margin:4px;cursor:pointer}
button:focus-visible{outline:2px solid #0b5cad;outline-offset:2px}
button[data-state=saved]{color:#176b2c}button[data-state=error]{color:#a4262c}`;

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
  button.disabled = state === 'saving';
}

/** The host element (to insert in the page) and its button. */
export function createControl(onSave: () => void): { host: HTMLElement; button: HTMLButtonElement } {
  const host = document.createElement('learnmark-save');
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = STYLE;
  const button = document.createElement('button');
  button.type = 'button';
  button.setAttribute('part', 'button');
  setState(button, 'idle');
  button.addEventListener('click', (e) => {
    e.preventDefault();
    if (button.dataset.state !== 'saving') onSave();
  });
  for (const type of ['click', 'keydown', 'keyup', 'pointerdown', 'mousedown']) {
    host.addEventListener(type, (e) => e.stopPropagation());
  }
  root.append(style, button);
  return { host, button };
}
