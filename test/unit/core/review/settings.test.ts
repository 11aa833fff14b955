import { expect, test } from 'vitest';
import { cardsLeftToday, parseReviewSettings } from '../../../../src/core/review/settings';

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

test.each<[string, [number, number, number?], number]>([
  ['nothing answered today: the whole limit', [5, 0], 5],
  ['some answered: the rest', [5, 3], 2],
  ['the limit reached: none, "Done for today"', [5, 5], 0],
  ['more answered than the limit (a lower limit set since): none, never negative', [2, 5], 0],
  ['"Review more anyway" once: another day’s limit', [5, 5, 1], 5],
  ['twice, part-way through the second', [5, 12, 2], 3],
])('cards left today: %s', (_, [limit, answered, rounds], expected) => {
  expect(cardsLeftToday(limit, answered, rounds)).toBe(expected);
});

test.each<[string, unknown, boolean]>([
  ['nothing stored: the nudge never offers the review', undefined, false],
  ['asked for', { nudgeReview: true }, true],
  ['anything but true is no', { nudgeReview: 'yes' }, false],
])('the nudge offering review (opt-in): %s', (_, raw, expected) => {
  expect(parseReviewSettings(raw).nudgeReview).toBe(expected);
});
