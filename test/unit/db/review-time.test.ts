// Review time read back for the week (by local day, the end day left out) and for a goal.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { ReviewTime } from '../../../src/core/review/time';
import { openDb, type LearnmarkDb } from '../../../src/db/db';
import { reviewTimeBetween, reviewTimeForGoal } from '../../../src/db/review-time';

let database: LearnmarkDb;
let n = 0;
const row = (id: string, day: string, goalIds: string[]): ReviewTime => ({
  id,
  cardId: `card-${id}`,
  itemId: `item-${id}`,
  goalIds,
  day,
  at: 0,
  seconds: 30,
});

beforeEach(async () => {
  database = openDb(`review-time-${n++}`);
  await database.reviewLog.bulkAdd([
    row('a', '2026-11-29', ['g1']),
    row('b', '2026-11-30', ['g1', 'g2']),
    row('c', '2026-12-06', []),
    row('d', '2026-12-07', ['g2']),
  ]);
});
afterEach(() => database.delete());

test.each([
  ['2026-11-30', '2026-12-07', ['b', 'c']],
  ['2026-11-29', '2026-11-30', ['a']],
  ['2026-12-08', '2026-12-14', []],
])('from %s up to (not including) %s', async (from, to, ids) => {
  expect((await reviewTimeBetween(database, from, to)).map((r) => r.id)).toEqual(ids);
});

test.each([
  ['g1', ['a', 'b']],
  ['g2', ['b', 'd']],
  ['g3', []],
])('the answers counted for goal %s', async (goalId, ids) => {
  expect((await reviewTimeForGoal(database, goalId)).map((r) => r.id).sort()).toEqual(ids);
});
