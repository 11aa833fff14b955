import { FROM_POPUP } from '../senders';
import { fakeBrowser } from '@webext-core/fake-browser';
import Dexie from 'dexie';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { handleMessages, type Handlers } from '../../../src/messaging/listener';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

const OWN = FROM_POPUP;

/** Registers `handlers` and returns the listener the browser would call. */
function listen(handlers: Partial<Handlers>) {
  const spy = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
  handleMessages(handlers as Handlers);
  const listener = spy.mock.calls.at(-1)![0] as (m: unknown, s: object) => Promise<unknown> | undefined;
  spy.mockRestore();
  return listener;
}

afterEach(() => vi.restoreAllMocks());

test('the listener answers with a native Promise even when a handler returns a Dexie promise', async () => {
  const answer = { ok: false, reason: 'no-tab', detail: 'x' } as const;
  const listener = listen({ 'save-tab': () => Dexie.Promise.resolve(answer) });

  const reply = listener({ type: 'save-tab', payload: { via: 'popup' } }, OWN);
  // Chromium's native `browser.runtime.onMessage` only waits for real Promises.
  expect(reply).toBeInstanceOf(Promise);
  await expect(reply).resolves.toEqual(answer);
});

test('a message from another extension or a web page is dropped unanswered', () => {
  const handler = vi.fn();
  const listener = listen({ 'save-tab': handler });
  expect(listener({ type: 'save-tab', payload: {} }, { id: 'another-extension' })).toBeUndefined();
  expect(listener({ type: 'nope', payload: {} }, { url: 'https://evil.example/' })).toBeUndefined();
  expect(handler).not.toHaveBeenCalled();
});

describe('a message with no handler is an error, never silence', () => {
  test.each([
    ['an unknown type', { type: 'drop-tables', payload: {} }, 'no handler for message "drop-tables"'],
    // Not an own key of the handler object, though every object has it.
    ['a name from the prototype', { type: 'toString' }, 'no handler for message "toString"'],
    ['no type at all', 'save-tab', 'a message without a type'],
    ['null', null, 'a message without a type'],
  ])('%s is rejected with an error naming it, and logged', async (_, message, text) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const listener = listen({ 'save-tab': vi.fn() });
    await expect(listener(message, OWN)).rejects.toThrow(text);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(text));
  });
});

test('a handler that throws before returning a promise rejects the answer', async () => {
  const listener = listen({
    'save-tab': () => {
      throw new Error('broken handler');
    },
  });
  await expect(listener({ type: 'save-tab', payload: { via: 'popup' } }, OWN)).rejects.toThrow('broken handler');
});
