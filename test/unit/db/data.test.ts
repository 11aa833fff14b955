// Import and restore against a real (fake-indexeddb) database: one transaction, all or
// nothing; backup → restore into an empty library → backup is identical but for the time.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { makeBackup, parseBackup, type Backup } from '../../../src/core/data/backup';
import { pocketDrafts } from '../import-fixtures';
import type { ImportDraft } from '../../../src/core/data/import-draft';
import { commitImport, commitImportPart, commitRestore, itemsByUrl, type ImportContext } from '../../../src/db/data';
import { withHighlights } from '../../../src/core/data/import-highlights';
import { openDb, type LearnmarkDb } from '../../../src/db/db';
import { deleteItems, editItem, restoreItems } from '../../../src/db/library';
import { answerReview } from '../../../src/db/review';
import { answerCard } from '../../../src/core/review/schedule';
import { newCard } from '../../../src/core/review/card';
import { goal } from '../goal-fixtures';
import { dayHoursOf } from '../../../src/core/week/day-totals';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

let database: LearnmarkDb;
let n = 0;
let ids = 0;
const newId = () => `id-${++ids}`;
beforeEach(() => {
  database = openDb(`data-${++n}`);
});
afterEach(() => database.delete());

async function snapshot(d: LearnmarkDb, now = 1): Promise<Backup> {
  const [items, goals, activity, nudges, highlights] = await Promise.all([
    d.items.toArray(),
    d.goals.toArray(),
    d.activity.toArray(),
    d.nudges.toArray(),
    d.highlights.toArray(),
  ]);
  return makeBackup({ items, goals, activity, nudges, highlights, settings: { tracking: { paused: false } } }, now);
}

const highlightOn = (itemId: string, id: string, over: object = {}) => ({
  id,
  itemId,
  exact: 'a passage',
  prefix: 'before ',
  suffix: ' after',
  start: 7,
  color: 'green' as const,
  note: 'why it matters',
  createdAt: Date.UTC(2026, 0, 5),
  updatedAt: Date.UTC(2026, 0, 5),
  ...over,
});

describe('import', () => {
  test('writes every row in one go, tied to an existing goal', async () => {
    await database.goals.put({
      id: 'g',
      title: 'SQL',
      why: '',
      keywords: [],
      weeklyMinutes: null,
      weeklyItems: null,
      color: '#000',
      status: 'active',
      createdAt: 0,
      updatedAt: 0,
      targetDate: null,
      order: 0,
    });
    const plan = await commitImport(database, pocketDrafts(50), { now: 10, newId, goalId: 'g' });
    expect(plan.add).toHaveLength(50);
    expect(await database.items.where('goalIds').equals('g').count()).toBe(50);
    expect(await database.items.where('status').equals('done').count()).toBe(25);
  });

  test('highlights an import carries land on their items, new or already saved, and a second import adds none', async () => {
    await commitImport(database, pocketDrafts(1), { now: 10, newId, goalId: null });
    const at = Date.UTC(2025, 0, 1);
    const carrying = withHighlights(
      pocketDrafts(2),
      new Map([
        ['https://a.example/0', [{ exact: 'On the saved one', createdAt: at }]],
        [
          'https://a.example/1',
          [
            { exact: 'On the new one', createdAt: at },
            { exact: 'And again', createdAt: at },
          ],
        ],
      ]),
    );
    await commitImport(database, carrying, { now: 11, newId, goalId: null });
    const byUrl = await itemsByUrl(database, ['https://a.example/0', 'https://a.example/1']);
    const rows = await database.highlights.toArray();
    expect(rows.map((h) => [h.itemId, h.exact]).sort()).toEqual(
      [
        [byUrl.get('https://a.example/0')!.id, 'On the saved one'],
        [byUrl.get('https://a.example/1')!.id, 'And again'],
        [byUrl.get('https://a.example/1')!.id, 'On the new one'],
      ].sort(),
    );
    await commitImport(database, carrying, { now: 12, newId, goalId: null });
    expect(await database.highlights.count()).toBe(3);
  });

  test('a row failing mid-way (two items given one id) leaves the library exactly as before', async () => {
    await commitImport(database, pocketDrafts(3), { now: 10, newId, goalId: null });
    const before = await snapshot(database);
    const clash = () => 'same-id';
    await expect(
      commitImport(database, pocketDrafts(20).slice(3), { now: 11, newId: clash, goalId: null }),
    ).rejects.toThrow();
    expect(await snapshot(database)).toEqual(before);
  });
});

describe('a large import, written in parts', () => {
  const urls = async () => (await database.items.orderBy('url').keys()).map(String);
  const ctx = { now: 10, newId, goalId: null };
  /** Part `k` of `rows`, `size` rows each, as the page sends it. */
  const part = (rows: ImportDraft[], k: number, size = 3) => ({
    span: { start: k * size, rows: rows.slice(k * size, (k + 1) * size).length },
    drafts: rows.slice(k * size, (k + 1) * size),
  });
  const write = (uploadId: string, rows: ImportDraft[], k: number, c: ImportContext = ctx) => {
    const { span, drafts: some } = part(rows, k);
    return commitImportPart(database, uploadId, span, some, c);
  };

  test('each part in its own transaction with its progress, in order; a part sent twice or out of turn writes nothing', async () => {
    const rows = pocketDrafts(10);
    const seen = [];
    for (let k = 0; k < 4; k++) {
      seen.push(await write('up', rows, k));
      expect(await database.items.count()).toBe(Math.min(10, 3 * (k + 1)));
    }
    expect(seen.map((p) => p?.done)).toEqual([3, 6, 9, 10]);
    expect(seen.at(-1)).toEqual({ id: 'up', done: 10, added: 10, updated: 0, skipped: 0, startedAt: 10 });
    // The last part again (its answer was lost), or a part out of turn: nothing written.
    expect(await write('up', rows, 3)).toBeNull();
    expect(await write('up', rows, 1)).toBeNull();
    expect(await database.imports.get('up')).toMatchObject({ done: 10 });
    expect(await database.items.count()).toBe(10);
  });

  test('a part that fails (a worker stopped mid-write) is lost whole; sent again, it is written once, and the rest follows', async () => {
    const rows = pocketDrafts(9);
    await write('up', rows, 0);
    const afterFirst = await snapshot(database);
    // The second part fails half-way: none of it is kept, and the progress still says 3.
    await expect(write('up', rows, 1, { ...ctx, newId: () => 'same-id' })).rejects.toThrow();
    expect(await snapshot(database)).toEqual(afterFirst);
    expect(await database.imports.get('up')).toMatchObject({ done: 3, added: 3 });
    // A new worker, the part sent again from the stored progress.
    await write('up', rows, 1);
    expect(await write('up', rows, 2)).toEqual({ id: 'up', done: 9, added: 9, updated: 0, skipped: 0, startedAt: 10 });
    expect(await urls()).toEqual(rows.map((d) => d.url).sort());
  });

  test('a URL saved while the import runs is merged, not added twice', async () => {
    const rows = pocketDrafts(6);
    await write('up', rows, 0);
    await commitImport(database, rows.slice(4, 5), { now: 11, newId, goalId: null });
    expect(await write('up', rows, 1)).toMatchObject({ done: 6, added: 5 });
    expect(await urls()).toEqual(rows.map((d) => d.url).sort());
  });

  test('URLs are found the same way in a small library (one cursor) and a large one (one lookup each)', async () => {
    const rows = pocketDrafts(20);
    await commitImport(database, rows, ctx);
    const asked = [rows[3]!.url, rows[17]!.url, 'https://not.example/saved', rows[3]!.url];
    // 20 items against 3 URLs: each looked up on its own.
    const large = await itemsByUrl(database, asked);
    // 20 items against 200 URLs: the cursor over the URL index.
    const many = [...asked, ...Array.from({ length: 197 }, (_, i) => `https://other.example/${i}`)];
    const small = await itemsByUrl(database, many);
    for (const found of [large, small]) {
      expect([...found.keys()].sort()).toEqual([rows[17]!.url, rows[3]!.url].sort());
      expect(found.get(rows[3]!.url)?.title).toBe(rows[3]!.title);
    }
  });

  test('items an import adds get their search words in the same transaction', async () => {
    const rows = pocketDrafts(3);
    await write('up', rows, 0);
    const items = await database.items.toArray();
    const words = await database.words.toArray();
    expect(words.map((w) => w.id).sort()).toEqual(items.map((i) => i.id).sort());
    expect(words.every((w) => w.w.length > 0)).toBe(true);
    expect(await database.pendingIndex.count()).toBe(0);
  });

  /** Every row that hangs on an item (highlights, review cards, search words) has its item. */
  async function orphans() {
    const items = new Set((await database.items.toCollection().primaryKeys()).map(String));
    const marks = await database.highlights.toArray();
    const markIds = new Set(marks.map((h) => h.id));
    const cards = await database.reviewCards.toArray();
    const words = await database.words.toArray();
    return [
      ...marks.filter((h) => !items.has(h.itemId)).map((h) => `highlight ${h.id}`),
      ...cards.filter((c) => !items.has(c.sourceId) && !markIds.has(c.sourceId)).map((c) => `card ${c.id}`),
      ...words.filter((w) => !items.has(w.id)).map((w) => `words ${w.id}`),
    ];
  }

  test('items deleted while the parts are written leave no orphan, and no later part brings one back', async () => {
    // One item of the file was in the library before the import began.
    const rows = pocketDrafts(9);
    await commitImport(database, rows.slice(7, 8), { now: 5, newId, goalId: null });
    await write('up', rows, 0, { ...ctx, batch: 'up' });
    const firstPart = (await database.items.where('importBatch').equals('up').primaryKeys()).map(String);
    const older = (await database.items.where('url').equals(rows[7]!.url).primaryKeys()).map(String);
    expect(firstPart).toHaveLength(3);
    await database.highlights.bulkPut([highlightOn(firstPart[1]!, 'h-new'), highlightOn(older[0]!, 'h-old')]);
    await database.reviewCards.put(newCard('takeaway', firstPart[0]!, { id: 'card', now: 5 }));

    // The person deletes the first part's items, and the older one, while the second part is written.
    const [progress] = await Promise.all([
      write('up', rows, 1, { ...ctx, batch: 'up' }),
      deleteItems(database, [...firstPart, ...older], 20),
    ]);
    expect(progress).toMatchObject({ done: 6, added: 6 });
    expect(await write('up', rows, 2, { ...ctx, batch: 'up' })).toMatchObject({ done: 9, added: 8, skipped: 1 });
    expect(await orphans()).toEqual([]);
    expect(await database.highlights.count()).toBe(0);
    // Deleted stays deleted: the first part's items, and the older item the last part names.
    expect(await database.items.bulkGet([...firstPart, ...older])).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(await urls()).toEqual(
      rows
        .slice(3)
        .filter((_, i) => i !== 4)
        .map((d) => d.url)
        .sort(),
    );
    // Undo brings the deleted back whole, with their highlights and card.
    expect(await restoreItems(database, [...firstPart, ...older])).toBe(4);
    expect((await database.highlights.toCollection().primaryKeys()).sort()).toEqual(['h-new', 'h-old']);
    expect(await database.reviewCards.get('card')).toBeDefined();
    expect(await orphans()).toEqual([]);
  });

  test('a new import clears what earlier ones left of their progress', async () => {
    await write('old', pocketDrafts(4), 0);
    await write('new', pocketDrafts(6).slice(4), 0);
    expect(await database.imports.toCollection().primaryKeys()).toEqual(['new']);
  });
});

describe('backup and restore', () => {
  const fixture = readFileSync(join(__dirname, '../../fixtures/import/backup-v0.json'), 'utf8');

  test('a version 0 backup is upgraded: its damaged row reported, the rest restored', async () => {
    const parsed = parseBackup(fixture);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.invalid).toEqual([{ table: 'items', index: 1, reason: 'not-web' }]);
    expect(parsed.backup.items[0]).toMatchObject({
      updatedAt: 1_689_000_000_000,
      capture: 'none',
      textCutChars: 0,
      goalIds: ['v0-goal-1'],
    });
    const plan = await commitRestore(database, parsed.backup, newId);
    expect(plan.items.add).toHaveLength(1);
    expect(await database.goals.get('v0-goal-1')).toMatchObject({ title: 'Get better at SQL' });
  });

  test('two items with one id, and a saved date of 1e300: left out with a reason, the rest restored', async () => {
    const item = (id: string, url: string, savedAt: number) => ({ id, url, savedAt, tags: [] });
    const parsed = parseBackup(
      JSON.stringify({
        format: 'learnmark-backup',
        version: 1,
        exportedAt: 1,
        items: [
          item('same', 'https://a.example/1', 1_700_000_000_000),
          item('same', 'https://a.example/2', 1_700_000_000_000),
          item('far', 'https://a.example/3', 1e300),
        ],
      }),
    );
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.invalid).toEqual([{ table: 'items', index: 2, reason: 'date-out-of-range' }]);
    const plan = await commitRestore(database, parsed.backup, newId);
    expect(plan.items.skipped).toEqual([{ line: 2, reason: 'duplicate-id', detail: 'https://a.example/2' }]);
    expect(await database.items.count()).toBe(1);
  });

  test('round trip: backup → restore into an empty library → backup is identical apart from exportedAt', async () => {
    await commitImport(database, pocketDrafts(30), { now: 10, newId, goalId: null });
    await commitRestore(database, { ...(parseBackup(fixture) as { backup: Backup }).backup }, newId);
    await database.activity.put({
      day: '2025-06-30',
      host: 'x.com',
      category: 'learning',
      seconds: 60,
      byCategory: { learning: 60 },
    });
    await database.nudges.put({
      id: 'n1',
      at: 5,
      host: 'x.com',
      trigger: 'budget',
      outcome: 'snoozed',
      itemId: null,
      leftAt: 65,
    });
    const [withHighlight] = await database.items.toArray();
    await database.highlights.put(highlightOn(withHighlight!.id, 'h1'));
    const first = await snapshot(database, 111);
    expect(first.highlights).toHaveLength(1);
    const empty = openDb(`data-empty-${n}`);
    const parsed = parseBackup(JSON.stringify(first));
    if (!parsed.ok) throw new Error(parsed.error);
    await commitRestore(empty, parsed.backup, newId);
    const second = await snapshot(empty, 222);
    await empty.delete();
    expect({ ...second, exportedAt: 111 }).toEqual(first);
    expect(await database.days.get('2025-06-30')).toBeUndefined();
  });

  test('restoring into a non-empty library: newer wins, and a second restore changes nothing', async () => {
    await commitImport(database, pocketDrafts(2), { now: 10, newId, goalId: null });
    const backup = await snapshot(database);
    const [a] = backup.items;
    await database.items.update(a!.id, { note: 'changed later', updatedAt: 20 });
    const edited = {
      ...backup,
      items: backup.items.map((i) =>
        i.id === a!.id ? { ...i, note: 'older', updatedAt: 5 } : { ...i, note: 'newer', updatedAt: 30 },
      ),
    };
    const plan = await commitRestore(database, edited, newId);
    expect([plan.items.add.length, plan.items.update.length, plan.items.skipped.length]).toEqual([0, 1, 1]);
    expect((await database.items.get(a!.id))!.note).toBe('changed later');
    const again = await commitRestore(database, edited, newId);
    expect(again.items.update).toHaveLength(0);
  });
});

describe('highlights in a backup', () => {
  test('follow their page into this library, once; damaged or orphaned ones are left out', async () => {
    await commitImport(database, pocketDrafts(2), { now: 10, newId, goalId: null });
    const backup = await snapshot(database);
    const [a, b] = backup.items;
    // The file comes from another device: page `a` is here under another id, page `b` is new.
    const file = {
      ...backup,
      items: [
        { ...a!, id: 'their-a' },
        { ...b!, id: 'their-b', url: 'https://b.example/new' },
      ],
      highlights: [
        highlightOn('their-a', 'h-a'),
        highlightOn('their-b', 'h-b'),
        highlightOn('not-in-file', 'h-orphan'),
        highlightOn('their-a', 'h-css', { color: 'url(https://evil.example/)' }),
      ],
      reviewCards: [
        answerCard(newCard('highlight', 'h-a', { id: 'c-a', now: Date.UTC(2026, 0, 5) }), 'good', Date.UTC(2026, 0, 5)),
        { ...newCard('highlight', 'h-b', { id: 'c-bad', now: 1 }), difficulty: 40 },
        { ...newCard('highlight', 'h-b', { id: 'c-lapses', now: Date.UTC(2026, 0, 5) }), lapses: 3 },
        newCard('highlight', 'h-orphan', { id: 'c-orphan', now: Date.UTC(2026, 0, 5) }),
      ],
    };
    const parsed = parseBackup(JSON.stringify(file));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.invalid).toEqual([
      { table: 'highlights', index: 3, reason: 'damaged' },
      { table: 'reviewCards', index: 1, reason: 'impossible-card', detail: 'due, difficulty' },
      { table: 'reviewCards', index: 2, reason: 'impossible-card', detail: 'lapses, reps' },
    ]);
    const plan = await commitRestore(database, parsed.backup, newId);
    const newB = plan.items.add[0]!;
    expect(await database.highlights.get('h-a')).toMatchObject({ itemId: a!.id, note: 'why it matters' });
    expect(await database.highlights.get('h-b')).toMatchObject({ itemId: newB.id });
    expect(await database.highlights.get('h-orphan')).toBeUndefined();
    expect(await database.reviewCards.toArray()).toEqual([file.reviewCards[0]]);
    const again = await commitRestore(database, parsed.backup, newId);
    expect(again.highlights).toEqual([]);
    expect(again.reviewCards).toEqual([]);
    expect(await database.highlights.count()).toBe(2);
  });
});

const logOn = (id: string, over: object = {}) => ({
  id,
  title: 'dbt Fundamentals, module 2',
  kind: 'course',
  minutes: 40,
  day: '2026-11-24',
  goalIds: ['g-data'],
  note: 'Sources before models',
  createdAt: Date.UTC(2026, 10, 24),
  updatedAt: Date.UTC(2026, 10, 24),
  ...over,
});
describe('log entries in a backup', () => {
  test('are kept field by field: damaged rows named and left out, goals only those that exist, once', async () => {
    await database.goals.add(goal({ id: 'g-data', title: 'Data engineering' }));
    const file = {
      ...(await snapshot(database)),
      logEntries: [
        logOn('l-ok'),
        logOn('l-lost-goal', { goalIds: ['g-data', 'g-elsewhere'] }),
        logOn('l-kind', { kind: 'podcast' }),
        logOn('l-day', { day: '24/11/2026' }),
        logOn('l-minutes', { minutes: -5 }),
        logOn('l-ok'),
      ],
    };
    const parsed = parseBackup(JSON.stringify(file));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.invalid).toEqual([
      { table: 'logEntries', index: 2, reason: 'damaged' },
      { table: 'logEntries', index: 3, reason: 'damaged' },
      { table: 'logEntries', index: 4, reason: 'damaged' },
    ]);
    const plan = await commitRestore(database, parsed.backup, newId);
    expect(plan.logEntries.map((l) => [l.id, l.goalIds])).toEqual([
      ['l-ok', ['g-data']],
      ['l-lost-goal', ['g-data']],
    ]);
    expect(await database.logEntries.get('l-ok')).toEqual(logOn('l-ok'));
    // Restoring again adds nothing, and an entry changed here since is kept as it is.
    await database.logEntries.update('l-ok', { minutes: 55 });
    expect((await commitRestore(database, parsed.backup, newId)).logEntries).toEqual([]);
    expect(await database.logEntries.get('l-ok')).toMatchObject({ minutes: 55 });
  });

  test('a backup holds them, and a file from before them restores with none', async () => {
    await database.logEntries.add(logOn('l-1', { goalIds: [] }) as never);
    const backup = makeBackup({ ...(await snapshot(database)), logEntries: await database.logEntries.toArray() }, 1);
    expect(backup.logEntries).toEqual([logOn('l-1', { goalIds: [] })]);
    const { logEntries: _none, ...older } = backup;
    const parsed = parseBackup(JSON.stringify(older));
    expect(parsed.ok && parsed.backup.logEntries).toEqual([]);
  });
});

describe('hourly figures in a backup', () => {
  const hours = (at: Record<number, number>) => Array.from({ length: 24 }, (_, h) => at[h] ?? 0);
  const DAY = '2026-11-24';
  const activityOn = (seconds: number) => ({
    day: DAY,
    host: 'poki.com',
    category: 'distraction' as const,
    seconds,
    byCategory: { distraction: seconds },
  });

  test('are checked field by field: a damaged day is named and left out', () => {
    const file = {
      format: 'learnmark-backup',
      version: 1,
      exportedAt: 1,
      days: [
        { day: DAY, distractionByHour: hours({ 14: 600.5 }) },
        { day: '24/11/2026', distractionByHour: hours({}) },
        { day: '2026-11-23', distractionByHour: hours({}).slice(1) },
        { day: '2026-11-22', distractionByHour: hours({ 3: -1 }) },
        { day: '2026-11-21', distractionByHour: hours({ 3: 9000 }) },
        { day: '2026-11-20', distractionByHour: [...hours({}).slice(1), '60'] },
        // The hour that comes twice when the clocks go back may hold up to two hours.
        { day: '2026-10-25', distractionByHour: hours({ 2: 7200 }) },
      ],
    };
    const parsed = parseBackup(JSON.stringify(file));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.backup.days.map((d) => d.day)).toEqual([DAY, '2026-10-25']);
    expect(parsed.invalid).toEqual([1, 2, 3, 4, 5].map((index) => ({ table: 'days', index, reason: 'damaged' })));
    // A file from before them restores with none.
    const { days: _none, ...older } = makeBackup({ items: [], goals: [], activity: [], nudges: [], settings: {} }, 1);
    const old = parseBackup(JSON.stringify(older));
    expect(old.ok && old.backup.days).toEqual([]);
  });

  test('come back with the restore, beside the totals rebuilt from activity; the fuller record wins; earned play stays', async () => {
    const file = makeBackup(
      {
        items: [],
        goals: [],
        activity: [activityOn(900)],
        nudges: [],
        settings: {},
        days: [{ day: DAY, distractionByHour: hours({ 14: 600, 15: 300 }) }],
      },
      1,
    );
    const parsed = parseBackup(JSON.stringify(file));
    if (!parsed.ok) throw new Error(parsed.error);
    await commitRestore(database, parsed.backup, newId);
    expect(await database.days.get(DAY)).toEqual({
      day: DAY,
      learning: 0,
      distraction: 900,
      neutral: 0,
      distractionByHour: hours({ 14: 600, 15: 300 }),
    });
    // The day's time per site is rebuilt from the activity restored.
    expect(await database.daySites.get(DAY)).toEqual({ day: DAY, sites: { 'poki.com': { distraction: 900 } } });

    // Here, the day has more hours counted since, and play earned: a second restore keeps both.
    await database.activity.put(activityOn(1500));
    await database.days.put({
      day: DAY,
      learning: 0,
      distraction: 1500,
      neutral: 0,
      distractionByHour: hours({ 14: 600, 15: 300, 16: 600 }),
      earned: { 'item:a': 120 },
    });
    const again = await commitRestore(database, parsed.backup, newId);
    expect(again.days).toEqual([]);
    expect(await database.days.get(DAY)).toMatchObject({
      distraction: 1500,
      distractionByHour: hours({ 14: 600, 15: 300, 16: 600 }),
      earned: { 'item:a': 120 },
    });

    // A fuller file wins for the hours; the earned play here stays.
    const fuller = { ...parsed.backup, days: [{ day: DAY, distractionByHour: hours({ 14: 3600, 15: 300 }) }] };
    await commitRestore(database, fuller, newId);
    expect(await database.days.get(DAY)).toMatchObject({
      distraction: 1500,
      distractionByHour: hours({ 14: 3600, 15: 300 }),
      earned: { 'item:a': 120 },
    });
  });

  test('a backup holds takeaway cards and each answer’s time; a restore checks every field, follows each item to its id here, and adds nothing twice', async () => {
    await commitImport(database, pocketDrafts(1), { now: 10, newId, goalId: null });
    const [mine] = await database.items.toArray();
    await database.goals.add(goal({ id: 'g1', title: 'SQL' }));
    await editItem(database, { itemId: mine!.id, note: 'Measure first', goalIds: ['g1'] }, Date.UTC(2026, 0, 5));
    await answerReview(database, `takeaway-${mine!.id}`, 'good', {
      now: Date.UTC(2026, 0, 5, 9),
      seconds: 40,
      id: 'r1',
    });
    const [items, goals, reviewCards, reviewLog] = await Promise.all([
      database.items.toArray(),
      database.goals.toArray(),
      database.reviewCards.toArray(),
      database.reviewLog.toArray(),
    ]);
    const file = makeBackup({ items, goals, activity: [], nudges: [], reviewCards, reviewLog, settings: {} }, 1);
    expect(file.reviewLog).toEqual([expect.objectContaining({ id: 'r1', seconds: 40, goalIds: ['g1'] })]);
    // The same page under another id in the library it comes back to; and two rows no answer writes.
    const theirs = {
      ...file,
      items: file.items.map((i) => ({ ...i, id: 'their-id' })),
      reviewCards: file.reviewCards.map((c) => ({ ...c, id: 'takeaway-their-id', sourceId: 'their-id' })),
      reviewLog: [
        { ...file.reviewLog[0]!, itemId: 'their-id', cardId: 'takeaway-their-id' },
        { ...file.reviewLog[0]!, id: 'r-long', seconds: 601 },
        { ...file.reviewLog[0]!, id: 'r-when', day: 'yesterday' },
      ],
    };
    const parsed = parseBackup(JSON.stringify(theirs));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.invalid).toEqual([
      { table: 'reviewLog', index: 1, reason: 'damaged' },
      { table: 'reviewLog', index: 2, reason: 'damaged' },
    ]);
    const empty = openDb(`data-review-${n}`);
    await empty.items.add({ ...mine!, note: '', goalIds: [] });
    await empty.goals.add(goal({ id: 'g1', title: 'SQL' }));
    await commitRestore(empty, parsed.backup, newId);
    // The card and the answer belong to the item as it is here, schedule and all.
    expect(await empty.reviewCards.toArray()).toEqual(reviewCards);
    expect(await empty.reviewLog.toArray()).toEqual(reviewLog);
    const again = await commitRestore(empty, parsed.backup, newId);
    expect([again.reviewCards.length, again.reviewLog.length]).toEqual([0, 0]);
    expect(await empty.reviewLog.count()).toBe(1);
    await empty.delete();
  });

  test('a backup holds the days that have hours, and the round trip keeps them', async () => {
    await database.activity.put(activityOn(900));
    await database.days.bulkPut([
      { day: DAY, learning: 0, distraction: 900, neutral: 0, distractionByHour: hours({ 9: 900 }) },
      // A day from before hours were kept has none to carry.
      { day: '2026-01-05', learning: 60, distraction: 0, neutral: 0 },
    ]);
    const file = makeBackup({ ...(await snapshot(database)), days: dayHoursOf(await database.days.toArray()) }, 1);
    expect(file.days).toEqual([{ day: DAY, distractionByHour: hours({ 9: 900 }) }]);
    const empty = openDb(`data-hours-${n}`);
    const parsed = parseBackup(JSON.stringify(file));
    if (!parsed.ok) throw new Error(parsed.error);
    await commitRestore(empty, parsed.backup, newId);
    expect(dayHoursOf(await empty.days.toArray())).toEqual(file.days);
    await empty.delete();
  });
});
