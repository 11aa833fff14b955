// @vitest-environment jsdom
// The save toast under jsdom: what it says, that it never takes focus and keys keep going to
// the page, that it goes away by itself but waits while the pointer or focus is on it, that
// Alt+Shift+L moves into it and Escape gives focus back, and that only the person's clicks edit.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { showToast, TOAST_MS, toastLine } from '../../../../src/content/toast/toast';
import type { SavedToast, ToastData } from '../../../../src/messaging/toast';

// The toast's root is closed; keep a handle on it, as only the test may.
const roots = new WeakMap<Element, ShadowRoot>();
const attach = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
  const root = attach.call(this, init);
  roots.set(this, root);
  return root;
};
const host = () => document.querySelector('learnmark-toast');
const root = () => roots.get(host()!)!;
const inToast = (testId: string) => root().querySelector<HTMLButtonElement>(`[data-testid=${testId}]`)!;
/** jsdom cannot make a trusted event: here every event is the person's unless marked. */
const scripted = new WeakSet<Event>();
const t = (key: string, subs: string[] = []) => [key, ...subs].join(' ');
const DATA: ToastData = {
  resaved: false,
  tied: 0,
  suggested: 2,
  detail: null,
  title: 'How the planner picks an index',
};

let edit: ReturnType<typeof vi.fn<() => void>>;
let accept: ReturnType<typeof vi.fn<() => void>>;
let remove: () => void = () => undefined;
let editor: HTMLTextAreaElement;
beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = '<textarea id="editor"></textarea>';
  editor = document.querySelector('textarea')!;
  editor.focus();
  edit = vi.fn<() => void>();
  accept = vi.fn<() => void>();
});
afterEach(() => {
  remove();
  vi.useRealTimers();
});

const show = (data: ToastData = DATA) =>
  (remove = showToast(data, { t, edit, accept, isPersonEvent: (e) => !scripted.has(e) }));
const key = (target: EventTarget, init: KeyboardEventInit, byScript = false) => {
  const event = new KeyboardEvent('keydown', { bubbles: true, composed: true, cancelable: true, ...init });
  if (byScript) scripted.add(event);
  target.dispatchEvent(event);
  return event;
};
const click = (target: EventTarget, byScript = false) => {
  const event = new MouseEvent('click', { bubbles: true, composed: true });
  if (byScript) scripted.add(event);
  target.dispatchEvent(event);
};

describe('the toast line', () => {
  test.each<[SavedToast, string]>([
    [{ resaved: false, tied: 0, suggested: 0, detail: null, title: 'T' }, 'toastSaved'],
    [{ resaved: false, tied: 0, suggested: 2, detail: null, title: 'T' }, 'toastSaved · toastSuggestedMany 2'],
    [
      { resaved: false, tied: 1, suggested: 1, detail: null, title: 'T' },
      'toastSaved · toastTiedOne · toastSuggestedOne',
    ],
    [{ resaved: true, tied: 3, suggested: 0, detail: null, title: 'T' }, 'toastResaved · toastTiedMany 3'],
  ])('%o → %s', (data, line) => {
    expect(toastLine(data, t)).toBe(line);
  });
});

describe('the toast', () => {
  test('says what was saved, as a status line with Edit and Close, without taking focus', () => {
    show();
    expect(root().querySelector('[role=status]')!.textContent).toContain('toastSaved · toastSuggestedMany 2');
    // It names what was saved, as text.
    expect(root().querySelector('.title')!.textContent).toBe('How the planner picks an index');
    expect(inToast('toast-edit').textContent).toBe('toastEdit');
    expect(inToast('toast-close').getAttribute('aria-label')).toBe('toastClose');
    expect(document.activeElement).toBe(editor);
    // A key press still reaches the page.
    const typed = vi.fn();
    editor.addEventListener('keydown', typed);
    key(editor, { key: 'a' });
    expect(typed).toHaveBeenCalledTimes(1);
  });

  test('goes away by itself, but waits while the pointer is on it', () => {
    show();
    vi.advanceTimersByTime(TOAST_MS - 1);
    host()!.dispatchEvent(new MouseEvent('mouseenter'));
    vi.advanceTimersByTime(TOAST_MS * 3);
    expect(host()).not.toBeNull();
    host()!.dispatchEvent(new MouseEvent('mouseleave'));
    vi.advanceTimersByTime(TOAST_MS);
    expect(host()).toBeNull();
    expect(document.activeElement).toBe(editor);
  });

  test('Alt+Shift+L moves focus to Edit, where it stays; Escape closes it and gives focus back', () => {
    show();
    const shortcut = key(editor, { key: 'L', code: 'KeyL', altKey: true, shiftKey: true });
    expect(shortcut.defaultPrevented).toBe(true);
    expect(root().activeElement).toBe(inToast('toast-edit'));
    vi.advanceTimersByTime(TOAST_MS * 3);
    expect(host()).not.toBeNull();
    // Keys pressed in the toast stay there.
    const typed = vi.fn();
    editor.addEventListener('keydown', typed);
    key(inToast('toast-edit'), { key: 'Escape' });
    expect(typed).not.toHaveBeenCalled();
    expect(host()).toBeNull();
    expect(document.activeElement).toBe(editor);
  });

  test('a page script cannot move focus into it or press Edit', () => {
    show();
    key(editor, { key: 'L', code: 'KeyL', altKey: true, shiftKey: true }, true);
    expect(document.activeElement).toBe(editor);
    click(inToast('toast-edit'), true);
    expect(edit).not.toHaveBeenCalled();
    expect(host()).not.toBeNull();
  });

  test("the person's click on Edit asks for the editor and closes the toast; Close only closes", () => {
    show();
    click(inToast('toast-edit'));
    expect(edit).toHaveBeenCalledTimes(1);
    expect(host()).toBeNull();
    show();
    click(inToast('toast-close'));
    expect(edit).toHaveBeenCalledTimes(1);
    expect(host()).toBeNull();
  });

  test('a kept link says, under the line and what was kept, that only the link was kept because the page did not load', () => {
    show({ ...DATA, detail: "Only the link was kept: the page didn't load when you saved it." });
    const lines = [...root().querySelectorAll('[role=status] p')].map((p) => p.textContent);
    expect(lines.slice(0, 3)).toEqual([
      'toastSaved · toastSuggestedMany 2',
      'How the planner picks an index',
      "Only the link was kept: the page didn't load when you saved it.",
    ]);
  });

  test('a second save replaces the toast: one at a time', () => {
    show();
    show({ resaved: true, tied: 0, suggested: 0, detail: null, title: 'T' });
    expect(document.querySelectorAll('learnmark-toast')).toHaveLength(1);
    expect(root().textContent).toContain('toastResaved');
  });

  test('a refusal says why in the page, with "Save the link anyway" for a page that did not load', () => {
    show({
      refused: "This page didn't load (404 Not Found), so there is nothing to save yet.",
      offer: 'saveLinkAnyway',
    });
    expect(root().querySelector('[role=status]')!.textContent).toContain("This page didn't load (404 Not Found)");
    expect(inToast('toast-edit')).toBeNull();
    // A page script cannot press it; the person can, and the toast goes.
    click(inToast('toast-accept'), true);
    expect(accept).not.toHaveBeenCalled();
    key(editor, { key: 'L', code: 'KeyL', altKey: true, shiftKey: true });
    expect(root().activeElement).toBe(inToast('toast-accept'));
    click(inToast('toast-accept'));
    expect(accept).toHaveBeenCalledTimes(1);
    expect(edit).not.toHaveBeenCalled();
    expect(host()).toBeNull();
  });

  test('on a feed, the post offered is shown by its first words, as text', () => {
    show({ refused: 'feedPageRefused', offer: 'Save this post by Carol?', quote: '<b>Write</b> the test first' });
    expect(inToast('toast-accept').textContent).toBe('Save this post by Carol?');
    expect(root().querySelector('blockquote')!.textContent).toBe('<b>Write</b> the test first');
    expect(root().querySelector('b')).toBeNull();
  });

  test('a refusal with nothing to offer has only Close, which Alt+Shift+L reaches', () => {
    show({ refused: 'feedPageRefused', offer: null });
    expect(root().textContent).toContain('feedPageRefused');
    expect(inToast('toast-accept')).toBeNull();
    key(editor, { key: 'L', code: 'KeyL', altKey: true, shiftKey: true });
    expect(root().activeElement).toBe(inToast('toast-close'));
  });
});
