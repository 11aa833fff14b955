// @vitest-environment jsdom
import { afterEach, beforeEach, expect, test } from 'vitest';
import { focusReturn } from '../../../src/content/focus-return';

let input: HTMLInputElement;
let host: HTMLElement;
let button: HTMLButtonElement;
let trusted = true;
const isPerson = () => trusted;

beforeEach(() => {
  trusted = true;
  document.body.innerHTML = '<input id="page-field">';
  input = document.querySelector('input')!;
  host = document.createElement('learnmark-test');
  const root = host.attachShadow({ mode: 'closed' });
  button = document.createElement('button');
  root.append(button);
  document.documentElement.append(host);
  input.focus();
});
afterEach(() => host.remove());

const press = (over: KeyboardEventInit = {}) =>
  window.dispatchEvent(
    new KeyboardEvent('keydown', { code: 'KeyL', key: 'L', altKey: true, shiftKey: true, ...over, cancelable: true }),
  );

test('Alt+Shift+L moves focus in; giving it back returns it to where it was in the page', () => {
  const focus = focusReturn(window, host, () => button, isPerson);
  press();
  expect(document.activeElement).toBe(host);
  focus.giveBack();
  expect(document.activeElement).toBe(input);
  focus.stop();
});

test.each([
  ['Alt+L', { shiftKey: false }],
  ['Ctrl+Alt+Shift+L', { ctrlKey: true }],
  ['Alt+Shift+K', { code: 'KeyK' }],
])('%s does not move focus', (_name, over) => {
  const focus = focusReturn(window, host, () => button, isPerson);
  press(over);
  expect(document.activeElement).toBe(input);
  focus.stop();
});

test("a page's synthetic key press does not move focus; after stop the shortcut does nothing", () => {
  const focus = focusReturn(window, host, () => button, isPerson);
  trusted = false;
  press();
  expect(document.activeElement).toBe(input);
  trusted = true;
  focus.stop();
  press();
  expect(document.activeElement).toBe(input);
});

test('giving focus back does nothing when focus is elsewhere: the person stays where they are', () => {
  const focus = focusReturn(window, host, () => button, isPerson);
  press();
  const other = document.body.appendChild(document.createElement('textarea'));
  other.focus();
  focus.giveBack();
  expect(document.activeElement).toBe(other);
  focus.stop();
});
