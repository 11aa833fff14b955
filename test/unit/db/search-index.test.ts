import { afterEach, beforeEach, expect, test } from 'vitest';
import type { Item } from '../../../src/core/item/model';
import { openDb, type LearnmarkDb } from '../../../src/db/db';
import { searchItems } from '../../../src/db/search';
import { deferSearchIndex, indexPending, pendingCount } from '../../../src/db/search-index';

let database: LearnmarkDb;
let n = 0;
beforeEach(() => {
  database = openDb(`search-index-${++n}`);
});
afterEach(() => database.delete());

const item = (id: string, title: string): Item =>
  ({
    id,
    url: `https://a.example/${id}`,
    title,
    excerpt: null,
    note: '',
    text: '',
    tags: [],
    goalIds: [],
    status: 'unread',
    savedAt: n,
    kind: 'article',
  }) as unknown as Item;

test('a deferred bulk write is found by search only once indexed, and the queue empties', async () => {
  const items = Array.from({ length: 250 }, (_, i) => item(`b${i}`, `Bulk restored ${i % 2 ? 'kafka' : 'postgres'}`));
  await database.transaction('rw', database.items, database.pendingIndex, async () => {
    await deferSearchIndex(
      database,
      items.map((i) => i.id),
    );
    await database.items.bulkAdd(items);
  });
  expect(await pendingCount(database)).toBe(250);
  expect((await searchItems(database, 'kafka')).total).toBe(0);
  expect(await database.words.count()).toBe(0);

  expect(await indexPending(database)).toBe(250);
  expect(await pendingCount(database)).toBe(0);
  expect((await searchItems(database, 'kafka', {}, { cap: 1000 })).total).toBe(125);
  expect((await searchItems(database, 'postgres', {}, { cap: 1000 })).total).toBe(125);
});

test('deferring is limited to its own transaction: a later ordinary write is indexed at once', async () => {
  await database.transaction('rw', database.items, database.pendingIndex, async () => {
    await deferSearchIndex(database, ['x']);
    await database.items.add(item('x', 'Deferred'));
  });
  await database.items.add(item('y', 'Immediate'));
  expect((await searchItems(database, 'immediate')).total).toBe(1);
  expect((await searchItems(database, 'deferred')).total).toBe(0);
});

test('an item deleted while queued is skipped, and concurrent runs share one', async () => {
  await database.transaction('rw', database.items, database.pendingIndex, async () => {
    await deferSearchIndex(database, ['a', 'gone']);
    await database.items.bulkAdd([item('a', 'Alpha'), item('gone', 'Gone')]);
  });
  await database.items.delete('gone');
  const [first, second] = await Promise.all([indexPending(database), indexPending(database)]);
  expect([first, second]).toEqual([2, 2]);
  expect(await pendingCount(database)).toBe(0);
  expect((await searchItems(database, 'alpha')).total).toBe(1);
});

test('deferring outside a transaction is refused', async () => {
  await expect(deferSearchIndex(database, ['a'])).rejects.toThrow(/inside a transaction/);
});
