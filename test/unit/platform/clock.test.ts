import { afterEach, expect, test, vi } from 'vitest';
import { now } from '../../../src/platform/clock';

afterEach(() => {
  delete globalThis.__learnmarkClock;
  vi.useRealTimers();
});

test('the real clock unless a test set one', () => {
  vi.useFakeTimers({ now: new Date(2026, 10, 25, 12) });
  expect(now()).toBe(new Date(2026, 10, 25, 12).getTime());
});

test('a set clock starts at its time and runs on at the real pace', () => {
  vi.useFakeTimers({ now: 1_000_000 });
  globalThis.__learnmarkClock = { at: new Date(2026, 0, 4, 12).getTime(), setAt: 1_000_000 };
  expect(now()).toBe(new Date(2026, 0, 4, 12).getTime());
  vi.advanceTimersByTime(90_000);
  expect(now()).toBe(new Date(2026, 0, 4, 12, 1, 30).getTime());
});
