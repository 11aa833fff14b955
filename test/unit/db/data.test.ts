// Import and restore against a real (fake-indexeddb) database: one transaction, all or
// nothing; backup → restore into an empty library → backup is identical but for the time.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { makeBackup, parseBackup, type Backup } from '../../../src/core/data/backup';
import { mapPocketCsv } from '../../../src/core/data/import-formats';
import { firstOfEachUrl } from '../../../src/core/data/import-plan';
import { commitImport, commitImportPart, commitRestore, itemsByUrl } from '../../../src/db/data';
import { withHighlights } from '../../../src/core/data/import-highlights';
import { db, openDb, type LearnmarkDb } from '../../../src/db/db';
import { dataHandlers, STAGE_LIMITS, stagedRows } from '../../../src/background/data';
import { answerCard, newCard } from '../../../src/core/review/schedule';
import { goal } from '../goal-fixtures';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

let database: LearnmarkDb;
let n = 0;
let ids = 0;
const newId = () => `id-${++ids}`;
beforeEach(() => {
  database = openDb(`data-${++n}`);
});
afterEach(() => database.delete());

const drafts = (count: number) =>
  mapPocketCsv(
    Array.from({ length: count }, (_, i) => ({
      title: `T${i}`,
      url: `https://a.example/${i}`,
      time_added: String(1_700_000_000 + i),
      tags: 'a|b',
      status: i % 2 ? 'archive' : 'unread',
    })),
    0,
  ).drafts;

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
    const plan = await commitImport(database, drafts(50), { now: 10, newId, goalId: 'g' });
    expect(plan.add).toHaveLength(50);
    expect(await database.items.where('goalIds').equals('g').count()).toBe(50);
    expect(await database.items.where('status').equals('done').count()).toBe(25);
  });

  test('highlights an import carries land on their items, new or already saved, and a second import adds none', async () => {
    await commitImport(database, drafts(1), { now: 10, newId, goalId: null });
    const at = Date.UTC(2025, 0, 1);
    const carrying = withHighlights(
      drafts(2),
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
    await commitImport(database, drafts(3), { now: 10, newId, goalId: null });
    const before = await snapshot(database);
    const clash = () => 'same-id';
    await expect(
      commitImport(database, drafts(20).slice(3), { now: 11, newId: clash, goalId: null }),
    ).rejects.toThrow();
    expect(await snapshot(database)).toEqual(before);
  });
});

describe('a large import, written in parts', () => {
  const urls = async () => (await database.items.orderBy('url').keys()).map(String);

  test('each part in its own transaction with its progress; a URL twice in the file is written once', async () => {
    const rows = drafts(10);
    const { unique, duplicates } = firstOfEachUrl([...rows, { ...rows[2]!, line: 99 }]);
    expect(duplicates).toEqual([{ line: 99, reason: 'duplicate-in-file', detail: String(rows[2]!.line) }]);
    const seen = [];
    for (let part = 0; part < 4; part++) {
      seen.push(await commitImportPart(database, 'up', unique, { now: 10, newId, goalId: null }, { partRows: 3 }));
      expect(await database.items.count()).toBe(Math.min(10, 3 * (part + 1)));
    }
    expect(seen.map((p) => p.done)).toEqual([3, 6, 9, 10]);
    expect(seen.at(-1)).toEqual({ id: 'up', done: 10, added: 10, updated: 0, skipped: 0 });
    // Asked again once done, it writes nothing more.
    expect(await commitImportPart(database, 'up', unique, { now: 10, newId, goalId: null }, { partRows: 3 })).toEqual(
      seen.at(-1),
    );
    expect(await database.items.count()).toBe(10);
  });

  test('a part that fails (a worker stopped mid-write) is lost whole; the next call writes it once, and goes on', async () => {
    const rows = drafts(9);
    await commitImportPart(database, 'up', rows, { now: 10, newId, goalId: null }, { partRows: 3 });
    const afterFirst = await snapshot(database);
    // The second part fails half-way: none of it is kept, and the progress still says 3.
    await expect(
      commitImportPart(database, 'up', rows, { now: 10, newId: () => 'same-id', goalId: null }, { partRows: 3 }),
    ).rejects.toThrow();
    expect(await snapshot(database)).toEqual(afterFirst);
    expect(await database.imports.get('up')).toMatchObject({ done: 3, added: 3 });
    // A new worker, the same rows sent again: it resumes at row 3.
    await commitImportPart(database, 'up', rows, { now: 10, newId, goalId: null }, { partRows: 3 });
    const last = await commitImportPart(database, 'up', rows, { now: 10, newId, goalId: null }, { partRows: 3 });
    expect(last).toEqual({ id: 'up', done: 9, added: 9, updated: 0, skipped: 0 });
    expect(await urls()).toEqual(rows.map((d) => d.url).sort());
  });

  test('with the URLs known when the write began, only those are looked up; a URL saved since fails the part whole', async () => {
    const rows = drafts(4);
    await commitImport(database, rows.slice(0, 1), { now: 10, newId, goalId: null });
    const known = new Set([rows[0]!.url]);
    // Row 0 is known: merged, not added again.
    expect(
      await commitImportPart(database, 'up', rows.slice(0, 2), { now: 11, newId, goalId: null }, { known }),
    ).toMatchObject({ done: 2, added: 1 });
    // Row 2 was saved after the write began: the part is refused whole, and written without `known`.
    await commitImport(database, rows.slice(2, 3), { now: 12, newId, goalId: null });
    const before = await snapshot(database);
    await expect(
      commitImportPart(database, 'up2', rows.slice(2), { now: 13, newId, goalId: null }, { known }),
    ).rejects.toThrow();
    expect(await snapshot(database)).toEqual(before);
    expect(await commitImportPart(database, 'up2', rows.slice(2), { now: 13, newId, goalId: null })).toMatchObject({
      done: 2,
      added: 1,
    });
    expect(await urls()).toEqual(rows.map((d) => d.url).sort());
  });

  test('a new import clears what earlier ones left of their progress', async () => {
    await commitImportPart(database, 'old', drafts(4), { now: 10, newId, goalId: null }, { partRows: 2 });
    await commitImportPart(database, 'new', drafts(6).slice(4), { now: 10, newId, goalId: null }, { partRows: 2 });
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
    await commitImport(database, drafts(30), { now: 10, newId, goalId: null });
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
    await commitImport(database, drafts(2), { now: 10, newId, goalId: null });
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
    await commitImport(database, drafts(2), { now: 10, newId, goalId: null });
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

describe('worker', () => {
  afterEach(() => {
    vi.useRealTimers();
    return db().items.clear();
  });
  const importAction = { kind: 'import', goalId: null } as const;
  const stage = (uploadId: string, offset: number, rows: unknown[]) =>
    dataHandlers['data-stage']({ uploadId, offset, rows }, {});
  const commit = (uploadId: string, total: number) =>
    dataHandlers['data-commit']({ uploadId, total, action: importAction }, {});

  test('staged parts are committed in one transaction; an unknown upload has expired', async () => {
    const rows = drafts(5);
    await stage('u', 0, rows.slice(0, 3));
    await stage('u', 3, [...rows.slice(3), { url: 'javascript:alert(1)', savedAt: 1, tags: [] }]);
    expect(await commit('u', 6)).toEqual({ ok: true, added: 5, updated: 0, skipped: 0, batch: 'u' });
    expect((await db().items.toArray()).filter((i) => i.via === 'import')).toHaveLength(5);
    expect(await commit('u', 6)).toMatchObject({ ok: false, reason: 'expired' });
  });

  test('a part out of order, or a commit missing rows, is never half-written', async () => {
    const rows = drafts(6);
    // The rest of an upload a stopped worker lost: it does not start at row 0.
    expect(await stage('lost', 2000, rows)).toEqual({ ok: false, reason: 'expired' });
    await stage('u', 0, rows.slice(0, 3));
    expect(await stage('u', 5, rows.slice(3))).toEqual({ ok: false, reason: 'expired' });
    await stage('v', 0, rows.slice(0, 3));
    expect(await commit('v', 6)).toMatchObject({ ok: false, reason: 'expired' });
    expect(await db().items.count()).toBe(0);
    expect(stagedRows()).toBe(0);
  });

  test('refused, replaced, discarded and abandoned uploads are dropped, never written later', async () => {
    const rows = drafts(4);
    // Over the cap: refused, and what it had staged is gone.
    await stage('big', 0, rows.slice(0, 2));
    const tooMany = Array.from({ length: STAGE_LIMITS.perUpload }, () => rows[0]);
    expect(await stage('big', 2, tooMany)).toEqual({ ok: false, reason: 'too-many' });
    expect(stagedRows()).toBe(0);
    expect(await commit('big', 2)).toMatchObject({ ok: false, reason: 'expired' });
    // A new upload drops an older one.
    await stage('old', 0, rows.slice(0, 2));
    await stage('new', 0, rows.slice(2));
    expect(stagedRows()).toBe(2);
    expect(await commit('old', 2)).toMatchObject({ ok: false, reason: 'expired' });
    // Cancel.
    await stage('c', 0, rows);
    await dataHandlers['data-discard']({ uploadId: 'c' }, {});
    expect(await commit('c', 4)).toMatchObject({ ok: false, reason: 'expired' });
    // Abandoned: dropped after the idle time.
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    await stage('idle', 0, rows);
    vi.advanceTimersByTime(STAGE_LIMITS.idleMs + 1);
    expect(stagedRows()).toBe(0);
    expect(await commit('idle', 4)).toMatchObject({ ok: false, reason: 'expired' });
    expect(await db().items.count()).toBe(0);
  });
});
