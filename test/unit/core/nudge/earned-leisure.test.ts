import { expect, test } from 'vitest';
import {
  earnedPlaySeconds,
  earnedSecondsOf,
  withEarned,
  withoutEarned,
} from '../../../../src/core/nudge/earned-leisure';
import type { EarnedLeisure } from '../../../../src/core/tracking/settings';
import { emptyDay } from '../../../../src/core/week/day-totals';

test.each<[string, number, EarnedLeisure | null, number]>([
  ['off (the default): nothing', 30, null, 0],
  ['10 minutes learning → 5 of play, for 30 minutes', 30, { learningMinutes: 10, playMinutes: 5 }, 15 * 60],
  ['the same rate for a 4-minute read', 4, { learningMinutes: 10, playMinutes: 5 }, 120],
  ['one for one', 7, { learningMinutes: 1, playMinutes: 1 }, 7 * 60],
  ['a generous rate', 10, { learningMinutes: 5, playMinutes: 15 }, 30 * 60],
  ['a 3-minute read at 10 → 1: 18 s', 3, { learningMinutes: 10, playMinutes: 1 }, 18],
  ['no learning: nothing', 0, { learningMinutes: 10, playMinutes: 5 }, 0],
])('%s', (_, minutes, rate, seconds) => {
  expect(earnedPlaySeconds(minutes, rate)).toBe(seconds);
});

test('each source earns once; taking it back leaves the others', () => {
  const day = emptyDay('2026-11-25');
  const one = withEarned(day, 'item:a', 120);
  const again = withEarned(one, 'item:a', 120);
  expect(again).toBe(one);
  const two = withEarned(one, 'log:b', 300);
  expect(earnedSecondsOf(two)).toBe(420);
  expect(earnedSecondsOf(withoutEarned(two, 'item:a'))).toBe(300);
  expect(withEarned(day, 'item:c', 0)).toBe(day);
  expect(earnedSecondsOf(undefined)).toBe(0);
  expect(withoutEarned(day, 'item:a')).toBe(day);
});
