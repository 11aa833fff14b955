import { expect, test } from 'vitest';
import { parseReviewSettings } from '../../../../src/core/review/settings';

test.each<[string, unknown, number]>([
  ['nothing stored: 5 a day', undefined, 5],
  ['one', { dailyLimit: 1 }, 1],
  ['fifty', { dailyLimit: 50 }, 50],
  ['zero is no review at all: refused', { dailyLimit: 0 }, 5],
  ['above fifty', { dailyLimit: 51 }, 5],
  ['a fraction', { dailyLimit: 2.5 }, 5],
  ['a string', { dailyLimit: '12' }, 5],
  ['damaged storage', 'review', 5],
])('the daily limit: %s', (_, raw, expected) => {
  expect(parseReviewSettings(raw).dailyLimit).toBe(expected);
});
