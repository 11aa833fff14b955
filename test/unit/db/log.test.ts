// Log entries through the database: goals that exist only, edits keep their creation, Undo.
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { LogDraft } from '../../../src/core/log/model';
import { openDb, type LearnmarkDb } from '../../../src/db/db';
import {
  deleteLogEntry,
  logEntriesBetween,
  logEntriesForGoal,
  restoreLogEntry,
  saveLogEntry,
} from '../../../src/db/log';
import { goal } from '../goal-fixtures';

let database: LearnmarkDb;
let n = 0;
let ids = 0;
const ctx = (now: number) => ({ now, newId: () => `l-${++ids}` });
beforeEach(async () => {
  database = openDb(`log-${++n}`);
  await database.goals.add(goal({ id: 'g-data', title: 'Data engineering' }));
});
afterEach(() => database.delete());

const draft: LogDraft = {
  title: 'dbt Fundamentals, module 2',
  kind: 'course',
  minutes: 40,
  day: '2026-11-27',
  goalIds: ['g-data', 'g-gone'],
  note: 'Sources before models',
};

test('an entry is stored tied only to goals that exist', async () => {
  const saved = await saveLogEntry(database, draft, ctx(100));
  expect(saved).toMatchObject({ ...draft, goalIds: ['g-data'], createdAt: 100, updatedAt: 100 });
  expect(await logEntriesForGoal(database, 'g-data')).toEqual([saved]);
  expect(await logEntriesBetween(database, '2026-11-23', '2026-11-30')).toEqual([saved]);
  expect(await logEntriesBetween(database, '2026-11-30', '2026-12-07')).toEqual([]);
});

test('an edit keeps the entry’s id and creation; editing one that is gone changes nothing', async () => {
  const saved = (await saveLogEntry(database, draft, ctx(100)))!;
  const edited = await saveLogEntry(database, { ...draft, id: saved.id, minutes: 55 }, ctx(200));
  expect(edited).toMatchObject({ id: saved.id, minutes: 55, createdAt: 100, updatedAt: 200 });
  expect(await database.logEntries.count()).toBe(1);
  expect(await saveLogEntry(database, { ...draft, id: 'l-none' }, ctx(300))).toBeNull();
  expect(await database.logEntries.count()).toBe(1);
});

test('a deleted entry comes back with Undo as it was, without goals deleted since', async () => {
  const saved = (await saveLogEntry(database, draft, ctx(100)))!;
  const removed = await deleteLogEntry(database, saved.id);
  expect(removed).toEqual(saved);
  expect(await database.logEntries.count()).toBe(0);
  expect(await deleteLogEntry(database, saved.id)).toBeNull();
  await database.goals.delete('g-data');
  expect(await restoreLogEntry(database, removed!)).toEqual({ ...saved, goalIds: [] });
  expect(await database.logEntries.get(saved.id)).toEqual({ ...saved, goalIds: [] });
});

test('with earned leisure on, an entry for a goal earns play once; an edit adjusts it, a delete takes it back, Undo earns it again', async () => {
  const leisureRate = { learningMinutes: 10, playMinutes: 5 };
  const at = new Date(2026, 10, 28, 9).getTime();
  const earned = async () => (await database.days.get('2026-11-28'))?.earned ?? {};
  const saved = (await saveLogEntry(database, draft, { ...ctx(at), leisureRate }))!;
  // 40 minutes at 10 → 5: 20 minutes of play, on the day it was logged.
  expect(await earned()).toEqual({ [`log:${saved.id}`]: 1200 });
  const later = at + 86_400_000;
  await saveLogEntry(database, { ...draft, id: saved.id, minutes: 60 }, { ...ctx(later), leisureRate });
  expect(await earned()).toEqual({ [`log:${saved.id}`]: 1800 });
  expect(await database.days.get('2026-11-29')).toBeUndefined();
  const removed = (await deleteLogEntry(database, saved.id))!;
  expect(await earned()).toEqual({});
  await restoreLogEntry(database, removed, leisureRate);
  expect(await earned()).toEqual({ [`log:${saved.id}`]: 1800 });
  // Untied from every goal, it earns nothing.
  await saveLogEntry(database, { ...draft, id: saved.id, goalIds: [] }, { ...ctx(later), leisureRate });
  expect(await earned()).toEqual({});
});

test('with earned leisure off, logging earns nothing', async () => {
  await saveLogEntry(database, draft, ctx(new Date(2026, 10, 28, 9).getTime()));
  expect(await database.days.count()).toBe(0);
});
