import { fakeBrowser } from '@webext-core/fake-browser';
import Dexie from 'dexie';
import { expect, test, vi } from 'vitest';
import { handleMessages, type Handlers } from '../../../src/messaging/runtime';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

test('the listener answers with a native Promise even when a handler returns a Dexie promise', async () => {
  const spy = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
  const answer = { ok: false, reason: 'no-tab', detail: 'x' } as const;
  handleMessages({ 'save-tab': () => Dexie.Promise.resolve(answer) } as unknown as Handlers);
  const listener = spy.mock.calls[0]![0] as (m: unknown, s: object) => unknown;

  const reply = listener({ type: 'save-tab', payload: { via: 'popup' } }, { id: fakeBrowser.runtime.id });
  // Chromium's native `browser.runtime.onMessage` only waits for real Promises.
  expect(reply).toBeInstanceOf(Promise);
  await expect(reply).resolves.toEqual(answer);
  expect(listener({ type: 'save-tab', payload: {} }, { id: 'another-extension' })).toBeUndefined();
});
