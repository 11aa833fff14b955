import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Item } from '../../../src/core/item/model';
import { cleanTags } from '../../../src/core/item/tags';
import { openDb, type LearnmarkDb } from '../../../src/db/db';
import {
  activeGoals,
  deleteGoal,
  documentFrequencies,
  itemsForGoal,
  listGoals,
  reorderGoals,
  restoreGoal,
  saveGoal,
  updateItemTags,
} from '../../../src/db/goals';

let database: LearnmarkDb;
let n = 0;
const ctx = () => ({ now: 1000 + n, newId: () => `g${++n}` });
beforeEach(() => {
  database = openDb(`goals-${++n}`);
});
afterEach(() => database.delete());

const item = (id: string, goalIds: string[]): Item =>
  ({
    id,
    url: `https://a.example/${id}`,
    goalIds,
    tags: [],
    text: '',
    savedAt: 1,
    status: 'unread',
  }) as unknown as Item;

async function create(title: string, extra = {}) {
  const result = await saveGoal(database, { title, ...extra }, ctx());
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.goal;
}

describe('goals repository', () => {
  test('creates goals in order and lists the active ones', async () => {
    const a = await create('SQL');
    const b = await create('Speaking');
    await saveGoal(database, { id: b.id, title: 'Speaking', status: 'achieved' }, ctx());
    expect((await listGoals(database)).map((g) => [g.title, g.order, g.status])).toEqual([
      ['SQL', 0, 'active'],
      ['Speaking', 1, 'achieved'],
    ]);
    expect((await activeGoals(database)).map((g) => g.id)).toEqual([a.id]);
  });

  test('an invalid goal writes nothing', async () => {
    const result = await saveGoal(database, { title: '', weeklyMinutes: -3 }, ctx());
    expect(result.ok).toBe(false);
    expect(await database.goals.count()).toBe(0);
  });

  test('two pages creating the same goal at once: one wins, the other is told it exists', async () => {
    const [first, second] = await Promise.all([
      saveGoal(database, { title: 'Rust' }, ctx()),
      saveGoal(database, { title: 'rust' }, ctx()),
    ]);
    expect([first.ok, second.ok].sort()).toEqual([false, true]);
    expect(await database.goals.count()).toBe(1);
  });

  test('two pages editing the same goal: the later write wins whole, nothing mixed', async () => {
    const goal = await create('SQL', { why: 'original' });
    await Promise.all([
      saveGoal(database, { id: goal.id, title: 'SQL', why: 'from the popup', weeklyItems: 2 }, ctx()),
      saveGoal(database, { id: goal.id, title: 'SQL and Postgres', why: 'from options', weeklyItems: 5 }, ctx()),
    ]);
    const stored = await database.goals.get(goal.id);
    expect([stored?.title, stored?.why, stored?.weeklyItems]).toEqual(['SQL and Postgres', 'from options', 5]);
  });

  test('deleting a goal keeps its items, unties them, and undo puts everything back', async () => {
    const sql = await create('SQL');
    const other = await create('Speaking');
    await database.items.bulkAdd([item('i1', [sql.id, other.id]), item('i2', [sql.id]), item('i3', [other.id])]);

    const deleted = await deleteGoal(database, sql.id);
    expect(deleted?.itemIds.sort()).toEqual(['i1', 'i2']);
    expect(await database.goals.get(sql.id)).toBeUndefined();
    expect((await database.items.orderBy('id').toArray()).map((i) => i.goalIds)).toEqual([[other.id], [], [other.id]]);

    await restoreGoal(database, deleted!);
    expect(await database.goals.get(sql.id)).toEqual(sql);
    expect((await itemsForGoal(database, sql.id)).map((i) => i.id).sort()).toEqual(['i1', 'i2']);
  });

  test('deleting a goal that is gone does nothing', async () => {
    expect(await deleteGoal(database, 'nope')).toBeNull();
  });

  test('reordering moves named goals first and keeps the rest after them', async () => {
    const a = await create('A');
    const b = await create('B');
    const c = await create('C');
    await reorderGoals(database, [c.id, a.id], 5000);
    expect((await listGoals(database)).map((g) => g.title)).toEqual(['C', 'A', 'B']);
    expect((await database.goals.get(b.id))?.order).toBe(2);
  });

  test('tagging an item drops unknown goals and tidies tags', async () => {
    const sql = await create('SQL');
    await database.items.add(item('i1', []));
    const updated = await updateItemTags(
      database,
      'i1',
      { goalIds: [sql.id, 'deleted-goal', sql.id], tags: [' #postgres ', 'Postgres', 'indexes'] },
      42,
    );
    expect(updated).toMatchObject({ goalIds: [sql.id], tags: ['postgres', 'indexes'], updatedAt: 42 });
    expect(await updateItemTags(database, 'missing', { tags: ['x'] }, 1)).toBeNull();
  });
});

test.each([
  [['a', ' a ', 'A'], ['a']],
  [['#tag'], ['tag']],
  [['', '  '], []],
  [['x'.repeat(80)], ['x'.repeat(50)]],
])('cleanTags(%j)', (input, expected) => {
  expect(cleanTags(input)).toEqual(expected);
});

describe('documentFrequencies', () => {
  const doc = (i: number, text: string): Item =>
    ({
      ...item(`d${i}`, []),
      title: `Item ${i}`,
      excerpt: null,
      note: '',
      text,
    }) as unknown as Item;

  test('counts the items containing each term, from the search index', async () => {
    await database.items.bulkPut(
      Array.from({ length: 40 }, (_, i) =>
        doc(i, i < 30 ? (i < 2 ? 'data pipelines at scale' : 'the data shows') : 'nothing here'),
      ),
    );
    const freq = await documentFrequencies(database, ['data', 'pipeline', 'data pipeline', 'dbt']);
    expect(freq.docs).toBe(40);
    // A stem counts the words it begins ("pipeline" → "pipelines"); a phrase, its rarest word.
    expect(Object.fromEntries(freq.df)).toEqual({ data: 21, pipeline: 2, 'data pipeline': 2, dbt: 0 });
  });

  test('a small library is not counted: every word is rare there', async () => {
    await database.items.bulkPut([doc(1, 'data'), doc(2, 'data')]);
    const freq = await documentFrequencies(database, ['data']);
    expect(freq).toEqual({ docs: 2, df: new Map() });
  });
});
