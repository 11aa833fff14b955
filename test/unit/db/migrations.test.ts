import Dexie from 'dexie';
import { expect, test, vi } from 'vitest';
import { newCard } from '../../../src/core/review/card';
import { openDb, SCHEMAS } from '../../../src/db/db';
import { indexPending } from '../../../src/db/search-index';
import { addActivity } from '../../../src/db/tracking';
import type { LearnmarkDb } from '../../../src/db/db';
import { pageStorage } from '../page-storage';

/** The ids of items holding a word entry (`0planner`: in the title) in the words table. */
async function holders(database: LearnmarkDb, entry: string): Promise<string[]> {
  return (await database.words.where('w').equals(entry).primaryKeys()).map(([, id]) => id);
}

/** Opens `name` as the given shipped version would have, with only the schemas up to it. */
function openAt(name: string, version: number) {
  const old = new Dexie(name);
  SCHEMAS.slice(0, version).forEach((schema, i) => old.version(i + 1).stores(schema));
  return old;
}

test('a library from version 1 opens in the current version with nothing lost', async () => {
  const name = 'migrate-v1';
  const v1 = openAt(name, 1);
  const legacy = {
    id: 'a',
    url: 'https://a.example/',
    title: 'Kept',
    savedAt: 1,
    status: 'unread',
    kind: 'article',
    text: 'words',
  };
  const modern = { ...legacy, id: 'b', url: 'https://b.example/', goalIds: ['g'], tags: ['t'] };
  await v1.table('items').bulkAdd([legacy, modern]);
  v1.close();

  const current = openDb(name);
  const items = await current.items.orderBy('id').toArray();
  expect(items).toEqual([
    { ...legacy, goalIds: [], tags: [] },
    { ...modern, goalIds: ['g'], tags: ['t'] },
  ]);
  expect(await indexPending(current)).toBe(2);
  expect(await current.words.orderBy('id').toArray()).toEqual([
    { order: -1, id: 'a', w: ['0kept', '5words'] },
    { order: -1, id: 'b', w: ['0kept', '1t', '5words'] },
  ]);
  // The new tables exist and work alongside the old data.
  await current.goals.add({
    id: 'g',
    title: 'SQL',
    why: '',
    keywords: [],
    weeklyMinutes: 60,
    weeklyItems: null,
    color: '#0b5cad',
    status: 'active',
    createdAt: 1,
    updatedAt: 1,
    targetDate: null,
    order: 0,
  });
  await current.activity.put({ day: '2026-11-25', host: 'a.example', category: 'learning', seconds: 5 });
  expect(await current.items.where('goalIds').equals('g').count()).toBe(1);
  expect(await current.activity.get(['2026-11-25', 'a.example'])).toMatchObject({ seconds: 5 });
  expect(current.verno).toBe(SCHEMAS.length);
  await current.delete();
});

test('a library from version 2 (with goals) opens in the current version with nothing lost', async () => {
  const name = 'migrate-v2';
  const v2 = openAt(name, 2);
  await v2.table('items').add({ id: 'a', url: 'https://a.example/', savedAt: 1, goalIds: ['g'], tags: [] });
  await v2.table('goals').add({ id: 'g', title: 'Kept goal', status: 'active', order: 0 });
  v2.close();

  const current = openDb(name);
  expect(await current.goals.get('g')).toMatchObject({ title: 'Kept goal' });
  expect(await current.items.get('a')).toMatchObject({ goalIds: ['g'] });
  await current.delete();
});

test('a library from version 3 gets its search index and day totals on upgrade', async () => {
  const name = 'migrate-v3';
  const v3 = openAt(name, 3);
  await v3.table('items').add({
    id: 'a',
    url: 'https://a.example/',
    title: 'Query planner notes',
    savedAt: 1,
    goalIds: [],
    tags: ['postgres'],
    note: '',
    text: 'Indexes matter.',
  });
  await v3.table('activity').bulkAdd([
    { day: '2026-11-24', host: 'a.example', category: 'learning', seconds: 120 },
    {
      day: '2026-11-24',
      host: 'b.example',
      category: 'distraction',
      seconds: 60,
      byCategory: { distraction: 50, learning: 10 },
    },
    { day: '2026-11-25', host: 'a.example', category: 'neutral', seconds: 30 },
  ]);
  v3.close();

  const current = openDb(name);
  await indexPending(current);
  expect(await holders(current, '0planner')).toEqual(['a']);
  expect(await holders(current, '1postgres')).toEqual(['a']);
  expect(await current.days.toArray()).toEqual([
    { day: '2026-11-24', learning: 130, distraction: 50, neutral: 0 },
    { day: '2026-11-25', learning: 0, distraction: 0, neutral: 30 },
  ]);
  expect(await current.activity.count()).toBe(3);
  await current.delete();
});

test('every write keeps the search index current, whoever writes', async () => {
  const current = openDb('search-index-writes');
  await current.items.add({
    id: 'a',
    url: 'https://a.example/',
    title: 'First title',
    note: '',
    tags: [],
    text: '',
  } as never);
  expect(await holders(current, '0first')).toEqual(['a']);
  await current.items.update('a', { note: 'Takeaway about kafka' });
  await current.items
    .where('id')
    .equals('a')
    .modify((i) => void (i.title = 'Renamed'));
  expect(await holders(current, '2kafka')).toEqual(['a']);
  expect(await holders(current, '0renamed')).toEqual(['a']);
  expect(await holders(current, '0first')).toEqual([]);
  await current.items.bulkDelete(['a']);
  expect(await current.words.count()).toBe(0);
  await current.delete();
});

test('a library from version 5 gets an empty highlights table, items untouched', async () => {
  const name = 'upgrade-from-5';
  const v5 = openAt(name, 5);
  await v5.open();
  await v5
    .table('items')
    .add({ id: 'a', url: 'https://a.example/', status: 'unread', savedAt: 1, goalIds: [], tags: [] });
  v5.close();
  const current = openDb(name);
  expect(await current.items.get('a')).toMatchObject({ url: 'https://a.example/' });
  await current.highlights.add({
    id: 'h',
    itemId: 'a',
    exact: 'x',
    prefix: '',
    suffix: '',
    start: 0,
    color: 'yellow',
    note: '',
    createdAt: 1,
    updatedAt: 1,
  });
  expect(await current.highlights.where('itemId').equals('a').primaryKeys()).toEqual(['h']);
  expect(current.verno).toBe(SCHEMAS.length);
  await current.delete();
});

test('a library from version 6 keeps its items and gains the trash Undo restores from and a reading-time index', async () => {
  const name = 'migrate-v6';
  const v5 = openAt(name, 6);
  await v5.open();
  await v5
    .table('items')
    .add({ id: 'a', url: 'https://a.example/', savedAt: 1, goalIds: [], tags: [], status: 'done', readingMinutes: 4 });
  v5.close();

  const current = openDb(name);
  expect(await current.items.get('a')).toMatchObject({ status: 'done' });
  // The new reading-time index holds the items already there.
  expect(await current.items.where('readingMinutes').equals(4).primaryKeys()).toEqual(['a']);
  await current.trash.add({ id: 'a', deletedAt: 2, item: (await current.items.get('a'))! });
  expect(await current.trash.where('deletedAt').below(3).primaryKeys()).toEqual(['a']);
  await current.delete();
});

test('a library from version 7 keeps its items and gains the import progress a resumed import writes from', async () => {
  const name = 'migrate-v7';
  const v7 = openAt(name, 7);
  await v7.open();
  await v7
    .table('items')
    .add({ id: 'a', url: 'https://a.example/', savedAt: 1, goalIds: [], tags: [], status: 'unread' });
  v7.close();

  const current = openDb(name);
  expect(await current.items.get('a')).toMatchObject({ url: 'https://a.example/' });
  await current.imports.put({ id: 'upload-1', done: 50_000, added: 49_000, updated: 10, skipped: 990 });
  expect(await current.imports.get('upload-1')).toMatchObject({ done: 50_000 });
  await current.delete();
});

test('a library from version 8 keeps its items and gains log entries, found by day and by goal', async () => {
  const name = 'migrate-v8';
  const v8 = openAt(name, 8);
  await v8.open();
  await v8.table('items').add({ id: 'a', url: 'https://a.example/', savedAt: 1, goalIds: ['g'], tags: [] });
  v8.close();

  const current = openDb(name);
  expect(await current.items.where('goalIds').equals('g').primaryKeys()).toEqual(['a']);
  await current.logEntries.add({
    id: 'l',
    title: 'dbt course, module 2',
    kind: 'course',
    minutes: 40,
    day: '2026-11-27',
    goalIds: ['g'],
    note: '',
    createdAt: 1,
    updatedAt: 1,
  });
  expect(await current.logEntries.where('day').between('2026-11-23', '2026-11-30').primaryKeys()).toEqual(['l']);
  expect(await current.logEntries.where('goalIds').equals('g').primaryKeys()).toEqual(['l']);
  expect(current.verno).toBe(SCHEMAS.length);
  await current.delete();
});

test('a library from version 9 is queued for indexing, which the indexer does by field', async () => {
  const name = 'migrate-v9';
  const v9 = openAt(name, 9);
  await v9.open();
  const row = {
    id: 'a',
    url: 'https://a.example/',
    title: 'Raft',
    excerpt: null,
    note: '',
    tags: [],
    text: 'consensus',
  };
  await v9.table('items').add({ ...row, savedAt: 1, searchWords: ['raft', 'consensus'] });
  v9.close();

  const current = openDb(name);
  expect(await current.pendingIndex.toCollection().primaryKeys()).toEqual(['a']);
  expect(await indexPending(current)).toBe(1);
  expect(await holders(current, '0raft')).toEqual(['a']);
  expect(await holders(current, '5consensus')).toEqual(['a']);
  await current.delete();
});

test('a library from version 10: each item’s single quote becomes one of its highlights, anchored where its text has it', async () => {
  const name = 'migrate-v10';
  const v10 = openAt(name, 10);
  await v10.open();
  const base = { goalIds: [], tags: [], status: 'unread', savedAt: 1, updatedAt: 5 };
  await v10.table('items').bulkAdd([
    {
      ...base,
      id: 'in-text',
      url: 'https://a.example/1',
      text: 'Before it. The key sentence. After it.',
      quote: ' The key sentence. ',
    },
    { ...base, id: 'not-in-text', url: 'https://a.example/2', text: '', quote: 'Only the quote.' },
    { ...base, id: 'none', url: 'https://a.example/3', text: 'words', quote: null },
    { ...base, id: 'blank', url: 'https://a.example/4', text: 'words', quote: '   ' },
  ]);
  v10.close();

  const current = openDb(name);
  expect(await current.highlights.orderBy('id').toArray()).toEqual([
    {
      id: 'quote-in-text',
      itemId: 'in-text',
      exact: 'The key sentence.',
      prefix: 'Before it. ',
      suffix: ' After it.',
      start: 11,
      color: 'yellow',
      note: '',
      createdAt: 5,
      updatedAt: 5,
    },
    {
      id: 'quote-not-in-text',
      itemId: 'not-in-text',
      exact: 'Only the quote.',
      prefix: '',
      suffix: '',
      start: 0,
      color: 'yellow',
      note: '',
      createdAt: 5,
      updatedAt: 5,
    },
  ]);
  // The item keeps its quote field (the data contract's), as it was.
  expect(await current.items.get('in-text')).toMatchObject({ quote: ' The key sentence. ' });
  expect(current.verno).toBe(SCHEMAS.length);
  await current.delete();
});

test('a library from version 11 keeps its items and gains the sync tables, empty: nothing is recorded until sync is set up', async () => {
  const name = 'migrate-v11';
  const v11 = openAt(name, 11);
  await v11.open();
  await v11
    .table('items')
    .add({ id: 'a', url: 'https://a.example/', savedAt: 1, goalIds: [], tags: [], status: 'unread' });
  v11.close();

  const database = openDb(name);
  expect(await database.items.get('a')).toMatchObject({ status: 'unread' });
  await database.items.update('a', { status: 'done' });
  expect([await database.outbox.count(), await database.syncMeta.count(), await database.syncState.count()]).toEqual([
    0, 0, 0,
  ]);
  await database.syncState.put({ key: 'device', id: 'dev', clock: { wall: 1, counter: 0 } });
  await database.items.update('a', { status: 'unread' });
  expect(await database.outbox.toArray()).toEqual([
    { t: 'items', k: 'a', since: expect.any(String), last: expect.any(String) },
  ]);
  expect(await database.syncMeta.get(['items', 'a'])).toMatchObject({ stamps: { status: expect.any(String) } });
  expect(database.verno).toBe(SCHEMAS.length);
  await database.delete();
});

test('a library from version 12 moves its search words to the words table, found again once indexed', async () => {
  const name = 'migrate-v12';
  const v12 = openAt(name, 12);
  await v12.open();
  const row = { url: 'https://a.example/', excerpt: null, note: '', tags: [], status: 'unread', goalIds: [] };
  await v12.table('items').bulkAdd([
    {
      ...row,
      id: 'a',
      title: 'Raft',
      text: 'consensus',
      savedAt: 5,
      searchWords: ['raft', 'consensus'],
      fieldWords: ['t:raft'],
    },
    {
      ...row,
      id: 'b',
      url: 'https://b.example/',
      title: 'Paxos',
      text: '',
      savedAt: 9,
      searchWords: ['paxos'],
      fieldWords: ['t:paxos'],
    },
  ]);
  await v12.table('highlights').add({ id: 'h', itemId: 'b', exact: 'Leases matter', note: 'clocks', start: 0 });
  v12.close();

  const current = openDb(name);
  // The old word indexes are gone; every item waits for the indexer, and search finds nothing yet.
  expect(current.tables.find((t) => t.name === 'items')!.schema.indexes.map((i) => i.name)).not.toContain(
    'searchWords',
  );
  expect(await current.pendingIndex.toCollection().primaryKeys()).toEqual(['a', 'b']);
  expect(await current.words.count()).toBe(0);
  expect(await indexPending(current)).toBe(2);
  // Newest first by key; a highlight's words are the item's too.
  expect(await current.words.toArray()).toEqual([
    { order: -9, id: 'b', w: ['0paxos', '3leases', '3matter', '3clocks'] },
    { order: -5, id: 'a', w: ['0raft', '5consensus'] },
  ]);
  expect(await current.items.get('a')).not.toHaveProperty('searchWords');
  expect(await current.items.get('b')).not.toHaveProperty('fieldWords');
  await current.delete();
});

test('a library from version 13 keeps its items and review cards, and gains the trash a cleared takeaway’s card waits in and the time each answer took', async () => {
  const name = 'migrate-v13';
  const v13 = openAt(name, 13);
  await v13.open();
  await v13.table('items').add({ id: 'a', url: 'https://a.example/', savedAt: 1, goalIds: [], tags: [], note: 'x' });
  await v13.table('reviewCards').add({ id: 'c', source: 'highlight', sourceId: 'h', due: 5 });
  v13.close();

  const database = openDb(name);
  expect(await database.items.get('a')).toMatchObject({ note: 'x' });
  expect(await database.reviewCards.get('c')).toMatchObject({ due: 5 });
  await database.cardTrash.put({ id: 'takeaway-a', removedAt: 7, card: { id: 'takeaway-a' } as never });
  expect(await database.cardTrash.where('removedAt').below(8).count()).toBe(1);
  await database.reviewLog.add({
    id: 'r',
    cardId: 'c',
    itemId: 'a',
    goalIds: ['g'],
    day: '2026-11-30',
    at: 9,
    seconds: 30,
  });
  expect(await database.reviewLog.where('goalIds').equals('g').count()).toBe(1);
  expect(await database.reviewLog.where('day').between('2026-11-30', '2026-12-01').count()).toBe(1);
  expect(database.verno).toBe(SCHEMAS.length);
  await database.delete();
});

test('a library from version 14 keeps its days and sync state, and gains other computers’ day totals by day', async () => {
  const name = 'migrate-v14';
  const v14 = openAt(name, 14);
  await v14.open();
  await v14.table('days').add({ day: '2026-11-30', learning: 60, distraction: 0, neutral: 0 });
  await v14.table('syncState').add({ key: 'device', id: 'dev-a', clock: { wall: 1, counter: 0 } });
  v14.close();

  const database = openDb(name);
  expect(await database.days.get('2026-11-30')).toMatchObject({ learning: 60 });
  expect(await database.syncState.get('device')).toMatchObject({ id: 'dev-a' });
  await database.deviceDays.put({
    key: 'dev-b/2026-11-30',
    day: '2026-11-30',
    learning: 5,
    distraction: 0,
    neutral: 0,
  });
  expect(await database.deviceDays.where('day').equals('2026-11-30').count()).toBe(1);
  await database.delete();
});

test('a library from version 15 gets its time per site by day, folded from its activity, and keeps adding to it', async () => {
  const name = 'migrate-v15';
  const v15 = openAt(name, 15);
  await v15.open();
  await v15.table('activity').bulkAdd([
    { day: '2026-11-24', host: 'poki.com', category: 'distraction', seconds: 90, byCategory: { distraction: 90 } },
    { day: '2026-11-24', host: 'mdn.dev', category: 'learning', seconds: 40 },
    {
      day: '2026-11-25',
      host: 'www.linkedin.com',
      category: 'neutral',
      seconds: 70,
      byCategory: { neutral: 50, learning: 20 },
    },
  ]);
  v15.close();

  const database = openDb(name);
  expect(await database.daySites.toArray()).toEqual([
    { day: '2026-11-24', sites: { 'poki.com': { distraction: 90 }, 'mdn.dev': { learning: 40 } } },
    { day: '2026-11-25', sites: { 'www.linkedin.com': { neutral: 50, learning: 20 } } },
  ]);
  await addActivity(database, [
    { day: '2026-11-25', host: 'www.linkedin.com', category: 'learning', seconds: 10, itemId: null },
  ]);
  expect(await database.daySites.get('2026-11-25')).toEqual({
    day: '2026-11-25',
    sites: { 'www.linkedin.com': { neutral: 50, learning: 30 } },
  });
  expect(database.verno).toBe(SCHEMAS.length);
  await database.delete();
});

test('a library from version 16: every item whose takeaway was written before takeaways became cards gets its card, once', async () => {
  const name = 'migrate-v16';
  const v16 = openAt(name, 16);
  await v16.open();
  const item = (id: string, note: string) => ({
    id,
    url: `https://${id}.example/`,
    savedAt: 1,
    goalIds: [],
    tags: [],
    note,
  });
  await v16
    .table('items')
    .bulkAdd([item('old', 'Measure first'), item('none', ''), item('blank', '  '), item('carded', 'x')]);
  // An item whose takeaway already has its card (written after cards existed): kept as it is.
  const answered = { ...newCard('takeaway', 'carded', { id: 'takeaway-carded', now: 1 }), reps: 2, last_review: 5 };
  await v16.table('reviewCards').add(answered);
  v16.close();

  vi.useFakeTimers({ now: 1_800_000_000_000, toFake: ['Date'] });
  try {
    const database = openDb(name);
    expect(await database.reviewCards.toArray()).toEqual([
      answered,
      newCard('takeaway', 'old', { id: 'takeaway-old', now: 1_800_000_000_000 }),
    ]);
    expect(database.verno).toBe(SCHEMAS.length);
    await database.delete();
  } finally {
    vi.useRealTimers();
  }
});

// Declaring every version costs each page's opening 15-50 ms (db.ts `upgradeFirstWhenOlder`):
// only a database older than the latest is opened with them, and every test above is one.
test.each([
  ['none yet', 0, 1],
  ['at the latest version', SCHEMAS.length, 1],
  ['one version older', SCHEMAS.length - 1, 1 + SCHEMAS.length],
  ['from version 1', 1, 1 + SCHEMAS.length],
])('a database %s opens with the versions it needs declared', async (_, at, declared) => {
  const name = `declared-${at}`;
  if (at > 0) {
    const before = at === SCHEMAS.length ? openDb(name) : openAt(name, at);
    await before.open();
    before.close();
  }
  const version = vi.spyOn(Dexie.prototype, 'version');
  try {
    const database = openDb(name);
    await database.items.add({ id: 'a', url: 'https://a.example/', savedAt: 1, goalIds: [], tags: [] } as never);
    expect(version).toHaveBeenCalledTimes(declared);
    expect(database.verno).toBe(SCHEMAS.length);
    expect(await database.items.count()).toBe(1);
    expect(database.tables.map((t) => t.name).sort()).toEqual(
      [...new Set(SCHEMAS.flatMap((s) => Object.keys(s)))].sort(),
    );
    await database.delete();
  } finally {
    version.mockRestore();
  }
});

test('a page notes the version once open at it, and then opens with no asking first', async () => {
  const storage = pageStorage();
  vi.stubGlobal('localStorage', storage);
  const open = vi.spyOn(IDBFactory.prototype, 'open');
  try {
    const name = 'noted-version';
    const older = openAt(name, SCHEMAS.length - 1);
    await older.open();
    older.close();
    open.mockClear();

    const first = openDb(name);
    await first.open();
    // Asked (one open), upgraded by every version (one), then opened at the latest (one).
    expect(open).toHaveBeenCalledTimes(3);
    expect(storage.values.get(`learnmark:db-version:${name}`)).toBe(String(SCHEMAS.length * 10));
    first.close();

    open.mockClear();
    const again = openDb(name);
    await again.items.count();
    expect(open).toHaveBeenCalledTimes(1);
    expect(again.verno).toBe(SCHEMAS.length);
    await again.delete();
  } finally {
    open.mockRestore();
    vi.unstubAllGlobals();
  }
});

test('a database deleted after the note is made anew from the latest schema', async () => {
  vi.stubGlobal('localStorage', pageStorage());
  try {
    const name = 'noted-then-deleted';
    const before = openDb(name);
    await before.open();
    await before.delete();
    const again = openDb(name);
    await again.items.add({ id: 'a', url: 'https://a.example/', savedAt: 1, goalIds: [], tags: [] } as never);
    expect(again.verno).toBe(SCHEMAS.length);
    expect(again.tables.map((t) => t.name).sort()).toEqual([...new Set(SCHEMAS.flatMap((s) => Object.keys(s)))].sort());
    await again.delete();
  } finally {
    vi.unstubAllGlobals();
  }
});
