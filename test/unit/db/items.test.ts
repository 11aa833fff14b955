import Dexie from 'dexie';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { buildItem } from '../../../src/core/item/build';
import { openDb, type LearnmarkDb } from '../../../src/db/db';
import { libraryIds } from '../../../src/db/library';
import { LATEST_VIEW } from '../../../src/core/library/lists';
import { anySaved, isQuotaError, latestSaved, latestTotal, upsertItem } from '../../../src/db/items';
import { indexPending } from '../../../src/db/search-index';

let database: LearnmarkDb;
let n = 0;
beforeEach(() => {
  database = openDb(`test-${++n}`);
});
afterEach(async () => {
  await database.delete();
});

const build = (url: string, now: number) => (existing: Parameters<typeof buildItem>[0]['existing']) =>
  buildItem({
    capture: {
      url,
      kind: 'article',
      title: `T ${url}`,
      author: null,
      siteName: null,
      excerpt: null,
      lang: 'en',
      handle: null,
      canonicalUrl: null,
      publishedAt: null,
      text: 'x',
    },
    tabUrl: url,
    tabTitle: null,
    via: 'popup',
    now,
    newId: () => crypto.randomUUID(),
    existing,
  });

test('the items table follows the data contract', () => {
  const schema = database.items.schema;
  expect(schema.primKey.name).toBe('id');
  const byName = Object.fromEntries(schema.indexes.map((i) => [i.name, i]));
  expect(byName.url?.unique).toBe(true);
  expect(byName.goalIds?.multi).toBe(true);
  expect(byName.tags?.multi).toBe(true);
  expect(byName.savedAt).toBeDefined();
  expect(database.name).toBe('test-' + n);
  expect(openDb().name).toBe('learnmark');
});

test('saving the same page twice makes one item and reports the first save', async () => {
  const first = await upsertItem(database, 'https://a.example/x', build('https://a.example/x', 1000));
  expect(first.firstSavedAt).toBeNull();
  const second = await upsertItem(database, 'https://a.example/x', build('https://a.example/x?utm_source=feed', 2000));
  expect(second.firstSavedAt).toBe(1000);
  expect(second.item.id).toBe(first.item.id);
  expect(await database.items.count()).toBe(1);
});

test('latest saved: newest first, five by default, the archive left out, counted as the library counts it', async () => {
  for (let i = 0; i < 8; i++)
    await upsertItem(database, `https://a.example/${i}`, build(`https://a.example/${i}`, 1000 + i));
  const [archived] = await database.items.where('url').equals('https://a.example/6').primaryKeys();
  await database.items.update(archived!, { status: 'archived' });
  const [done] = await database.items.where('url').equals('https://a.example/5').primaryKeys();
  await database.items.update(done!, { status: 'done' });
  const latest = await latestSaved(database);
  expect(latest.items.map((i) => i.url)).toEqual([7, 5, 4, 3, 2].map((i) => `https://a.example/${i}`));
  expect(await latestTotal(database)).toBe(7);
  expect(await latestTotal(database)).toBe((await libraryIds(database, LATEST_VIEW)).length);
  expect(await anySaved(database)).toBe(true);
  await database.items.clear();
  expect(await latestSaved(database)).toMatchObject({ items: [] });
  expect(await latestTotal(database)).toBe(0);
  expect(await anySaved(database)).toBe(false);
});

test("latest saved lists the library's first rows of its view, equal times and every status mixed", async () => {
  const statuses = ['unread', 'done', 'archived'] as const;
  for (let i = 0; i < 30; i++)
    await upsertItem(database, `https://a.example/${i}`, (existing) => ({
      ...build(`https://a.example/${i}`, 1000 + Math.floor(i / 4))(existing),
      id: `id-${(i * 7) % 30}`,
      status: statuses[(i * 5) % 3]!,
    }));
  const all = await libraryIds(database, LATEST_VIEW);
  for (const limit of [1, 5, 12, 40]) {
    const latest = await latestSaved(database, limit);
    expect(latest.items.map((i) => i.id)).toEqual(all.slice(0, limit));
    expect(await latestTotal(database)).toBe(all.length);
  }
});

test('a write that fails half-way leaves nothing behind', async () => {
  await expect(
    upsertItem(database, 'https://a.example/x', () => {
      throw new Error('disk went away');
    }),
  ).rejects.toThrow('disk went away');
  await expect(upsertItem(database, 'https://a.example/y', build('https://a.example/other', 1))).rejects.toThrow(
    /another URL/,
  );
  expect(await database.items.count()).toBe(0);
});

test('a save queues its words for search with the item, in its transaction; indexing them empties the queue', async () => {
  const { item } = await upsertItem(database, 'https://a.example/x', build('https://a.example/x', 1000));
  expect(await database.pendingIndex.toArray()).toEqual([{ id: item.id }]);
  expect(await database.words.where('id').equals(item.id).count()).toBe(0);
  expect(await indexPending(database)).toBe(1);
  const [row] = await database.words.where('id').equals(item.id).toArray();
  expect(row?.w.length).toBeGreaterThan(0);
  expect(await database.pendingIndex.count()).toBe(0);
  // A failed write queues nothing either.
  await expect(upsertItem(database, 'https://a.example/y', build('https://a.example/other', 1))).rejects.toThrow();
  expect(await database.pendingIndex.count()).toBe(0);
});

test('quota errors are recognised, plain and wrapped by Dexie', () => {
  expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBe(true);
  expect(isQuotaError(new Dexie.AbortError('aborted', new DOMException('full', 'QuotaExceededError')))).toBe(true);
  expect(isQuotaError(new Error('other'))).toBe(false);
  expect(isQuotaError(null)).toBe(false);
});
