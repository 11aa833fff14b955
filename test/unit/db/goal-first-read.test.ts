// The goal view's first rows read with IndexedDB itself: the same rows Dexie's reads give, and
// a database that is missing or older than its stores is left alone.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { Item } from '../../../src/core/item/model';
import type { LogEntry } from '../../../src/core/log/model';
import type { ReviewTime } from '../../../src/core/review/time';
import { openDb, type LearnmarkDb } from '../../../src/db/db';
import { readGoalViewAtOnce } from '../../../src/db/goal-first-read';
import { itemsForGoal, listGoals } from '../../../src/db/goals';
import { logEntriesForGoal } from '../../../src/db/log';
import { reviewTimeForGoal } from '../../../src/db/review-time';
import { goal } from '../goal-fixtures';

let database: LearnmarkDb;
let name: string;
let n = 0;
const item = (id: string, goalIds: string[]) =>
  ({
    id,
    url: `https://a.example/${id}`,
    goalIds,
    tags: [],
    text: 'x',
    savedAt: 1,
    status: 'unread',
  }) as unknown as Item;
const entry = (id: string, day: string, goalIds: string[], createdAt = 1) =>
  ({ id, title: id, kind: 'book', minutes: 10, day, goalIds, note: '', createdAt, updatedAt: createdAt }) as LogEntry;
const reviewed = (id: string, goalIds: string[]): ReviewTime => ({
  id,
  cardId: `card-${id}`,
  itemId: `item-${id}`,
  goalIds,
  day: '2026-11-30',
  at: 0,
  seconds: 30,
});

beforeEach(() => {
  name = `goal-first-read-${++n}`;
  database = openDb(name);
});
afterEach(() => database.delete());

test('reads the goals in order and the goal’s items, entries and review time, as Dexie does', async () => {
  await database.goals.bulkAdd([
    goal({ id: 'g2', title: 'Speaking', order: 1 }),
    goal({ id: 'g1', title: 'Data', order: 0 }),
  ]);
  await database.items.bulkAdd([item('a', ['g1']), item('b', ['g1', 'g2']), item('c', ['g2']), item('d', [])]);
  await database.logEntries.bulkAdd([entry('l1', '2026-11-02', ['g1']), entry('l2', '2026-11-03', ['g2'])]);
  await database.reviewLog.bulkAdd([reviewed('r1', ['g1']), reviewed('r2', [])]);

  const rows = await readGoalViewAtOnce('g1', name);
  expect(rows).toEqual({
    goals: await listGoals(database),
    items: await itemsForGoal(database, 'g1'),
    logged: await logEntriesForGoal(database, 'g1'),
    reviewed: await reviewTimeForGoal(database, 'g1'),
  });
  expect(rows?.goals.map((g) => g.id)).toEqual(['g1', 'g2']);
  expect(rows?.items.map((i) => i.id).sort()).toEqual(['a', 'b']);
  expect(rows?.logged.map((e) => e.id)).toEqual(['l1']);
  expect(rows?.reviewed.map((r) => r.id)).toEqual(['r1']);
  // Its connection is closed: Dexie can still delete (or upgrade) the database.
  await database.delete();
  expect(await Dexie.exists(name)).toBe(false);
});

test('a goal with nothing tied yet has empty lists', async () => {
  await database.goals.add(goal({ id: 'g1', title: 'Data' }));
  expect(await readGoalViewAtOnce('g1', name)).toMatchObject({ items: [], logged: [], reviewed: [] });
});

test('a database that does not exist is not created: null, and Dexie makes it as ever', async () => {
  database.close();
  await database.delete();
  expect(await readGoalViewAtOnce('g1', name)).toBeNull();
  expect(await Dexie.exists(name)).toBe(false);
  database = openDb(name);
  await database.goals.add(goal({ id: 'g1', title: 'Data' }));
  expect(await listGoals(database)).toHaveLength(1);
});

test('a database from before the review log (not upgraded yet) gives null, and is left as it was', async () => {
  database.close();
  await database.delete();
  const old = new Dexie(name);
  old.version(1).stores({ items: 'id, *goalIds', goals: 'id, order', logEntries: 'id, *goalIds' });
  await old.open();
  old.close();
  expect(await readGoalViewAtOnce('g1', name)).toBeNull();
  const reopened = await new Dexie(name).open();
  expect(reopened.verno).toBe(1);
  reopened.close();
});
