// The week start a page found in force is noted in its localStorage, so that the popup can start
// reading its week with it before storage answers (popup/use-week.ts), and draw once confirmed.
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, expect, test, vi } from 'vitest';
import { pageStorage } from '../page-storage';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));
fakeBrowser.i18n.getUILanguage = () => 'en';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
  fakeBrowser.reset();
});

test('the week start read from storage is noted, and the next page finds it at once', async () => {
  const storage = pageStorage();
  vi.stubGlobal('localStorage', storage);
  await fakeBrowser.storage.sync.set({ display: { weekStartsOn: 3 } });
  const first = await import('../../../src/ui/use-week-start');
  expect(first.lastWeekStart()).toBeUndefined();
  expect(await first.weekStartInForce()).toBe(3);
  vi.resetModules();
  const next = await import('../../../src/ui/use-week-start');
  expect(next.lastWeekStart()).toBe(3);
});

test('a note that is not a day of the week, or no storage at all, gives no guess', async () => {
  const storage = pageStorage();
  storage.setItem('learnmark:week-start', '9');
  vi.stubGlobal('localStorage', storage);
  const { lastWeekStart } = await import('../../../src/ui/use-week-start');
  expect(lastWeekStart()).toBeUndefined();
  vi.stubGlobal('localStorage', undefined);
  expect(lastWeekStart()).toBeUndefined();
});
