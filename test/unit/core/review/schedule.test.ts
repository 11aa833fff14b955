import { describe, expect, test } from 'vitest';
import { createEmptyCard } from 'ts-fsrs';
import { newCard } from '../../../../src/core/review/card';
import { answerCard, reviewCardProblem, todaysQueue, type ReviewCard } from '../../../../src/core/review/schedule';

const NOW = Date.UTC(2026, 10, 30, 9, 0);
const MIN = 60_000;
const DAY = 86_400_000;

describe('the FSRS schedule through ts-fsrs, with a fixed clock', () => {
  const card = newCard('highlight', 'h-1', { id: 'c-1', now: NOW });

  test('a new card is due at once, never reviewed', () => {
    expect(card).toMatchObject({ due: NOW, reps: 0, lapses: 0, state: 0, last_review: null, suspended: false });
  });

  test('a new card is the one ts-fsrs makes, written out so the database upgrade needs no scheduler', () => {
    const { due, last_review, ...fields } = createEmptyCard(new Date(NOW));
    expect(last_review).toBeUndefined();
    expect(card).toEqual({
      id: 'c-1',
      source: 'highlight',
      sourceId: 'h-1',
      suspended: false,
      ...fields,
      due: due.getTime(),
      last_review: null,
    });
  });

  test.each([
    ['again', 1 * MIN],
    ['hard', 6 * MIN],
    ['good', 10 * MIN],
    ['easy', 8 * DAY],
  ] as const)('a new card answered %s is next due after %i ms', (rating, wait) => {
    const next = answerCard(card, rating, NOW);
    expect(next.due - NOW).toBe(wait);
    expect(next).toMatchObject({ reps: 1, last_review: NOW, id: 'c-1', sourceId: 'h-1' });
  });

  test('good twice graduates the card to days; again later counts a lapse', () => {
    const learning = answerCard(card, 'good', NOW);
    const review = answerCard(learning, 'good', learning.due);
    expect(review.state).toBe(2);
    expect(review.due - learning.due).toBeGreaterThanOrEqual(DAY);
    const lapsed = answerCard(review, 'again', review.due);
    expect(lapsed.lapses).toBe(1);
    expect(lapsed.due - review.due).toBeLessThan(DAY);
  });

  test('the same answers at the same times give the same schedule (no fuzz)', () => {
    const run = () => answerCard(answerCard(card, 'good', NOW), 'good', NOW + 10 * MIN);
    expect(run()).toEqual(run());
  });
});

test("today's queue: due by the end of today, not suspended, most overdue first, at most the limit", () => {
  const at = (id: string, due: number, suspended = false): ReviewCard => ({
    ...newCard('highlight', id, { id, now: due }),
    suspended,
  });
  const end = NOW + 15 * 3_600_000;
  const cards = [at('later', NOW + 2 * DAY), at('old', NOW - 3 * DAY), at('now', NOW), at('off', NOW - DAY, true)];
  expect(todaysQueue(cards, end).map((c) => c.id)).toEqual(['old', 'now']);
  expect(todaysQueue(cards, end, 1).map((c) => c.id)).toEqual(['old']);
});

describe('a restored card FSRS could not have produced is refused with the fields at fault', () => {
  const reviewed = answerCard(newCard('highlight', 'h-1', { id: 'c-1', now: NOW }), 'good', NOW);
  test.each([
    ['a valid new card', {}, null],
    ['a valid reviewed card', reviewed, null],
    ['difficulty over 10', { difficulty: 11 }, 'difficulty'],
    ['negative stability', { stability: -1 }, 'stability'],
    ['infinite stability', { stability: Infinity }, 'stability'],
    ['an unknown state', { state: 7 }, 'state'],
    ['fractional reps', { reps: 1.5 }, 'reps, last_review'],
    ['a due date that is no date', { due: 1e300 }, 'due'],
    ['more lapses than reps', { ...reviewed, lapses: 2 }, 'lapses, reps'],
    ['reviewed without a last review', { ...reviewed, last_review: null }, 'reps, last_review'],
    ['never reviewed with a last review', { last_review: NOW }, 'reps, last_review'],
    ['an unknown source', { source: 'bookmark' }, 'source'],
  ])('%s', (_, change, problem) => {
    expect(reviewCardProblem({ ...newCard('highlight', 'h-1', { id: 'c-1', now: NOW }), ...change })).toBe(problem);
  });
});
