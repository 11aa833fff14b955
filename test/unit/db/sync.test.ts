import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Item } from '../../../src/core/item/model';
import { formatStamp } from '../../../src/core/sync/hlc';
import { CONFLICT_MARK } from '../../../src/core/sync/merge';
import { openDb, type LearnmarkDb } from '../../../src/db/db';
import { SYNCED_SETTINGS } from '../../../src/core/sync/settings';
import { DEFAULT_SETTINGS, type TrackingSettings } from '../../../src/core/tracking/settings';
import { applyBatch, batchSent, nextBatch, startRecording, stopRecording, syncProgress } from '../../../src/db/sync';
import { applySnapshot, foldSnapshot, snapshotOf } from '../../../src/db/sync-snapshot';
import { recordDayTotals } from '../../../src/db/sync-day-totals';
import { recentDays } from '../../../src/db/week';
import { mergedSettings, recordSettings, settingsWritten } from '../../../src/db/synced-settings';

// Two devices are two databases; a batch travels from one to the other as the worker sends it.
let a: LearnmarkDb;
let b: LearnmarkDb;
let n = 0;
beforeEach(() => {
  n++;
  a = openDb(`sync-a-${n}`);
  b = openDb(`sync-b-${n}`);
});
afterEach(async () => {
  await a.delete();
  await b.delete();
});

const item = (id: string, extra: Partial<Item> = {}): Item =>
  ({
    id,
    url: `https://a.example/${id}`,
    title: `Title ${id}`,
    text: 'words here',
    note: '',
    goalIds: [],
    tags: [],
    savedAt: 1,
    status: 'unread',
    ...extra,
  }) as unknown as Item;

/** Sends everything `from` has waiting to `to`; returns the number of changes. */
async function send(from: LearnmarkDb, to: LearnmarkDb): Promise<number> {
  let count = 0;
  for (let batch = await nextBatch(from); batch; batch = await nextBatch(from)) {
    await applyBatch(to, batch);
    await batchSent(from, batch.seq);
    count += batch.changes.length;
  }
  return count;
}
const both = async () => {
  await send(a, b);
  await send(b, a);
};

describe('recording', () => {
  test('nothing is recorded before sync is set up; then the library already there is queued whole', async () => {
    await a.items.add(item('i1'));
    expect(await a.outbox.count()).toBe(0);
    await startRecording(a, 'dev-a');
    const batch = await nextBatch(a);
    expect(batch).toMatchObject({ format: 1, device: 'dev-a', seq: 1 });
    expect(batch!.changes).toHaveLength(1);
    expect(Object.keys(batch!.changes[0]!.f).sort()).toEqual(Object.keys(item('i1')).sort());
  });

  test('every write path is recorded with only the fields it changed, and never the search words', async () => {
    await a.items.bulkAdd([item('i1'), item('i2'), item('i3')]);
    await startRecording(a, 'dev-a');
    await send(a, b);
    await a.items.update('i1', { title: 'Renamed' });
    await a.items.where('id').equals('i2').modify({ status: 'done' });
    await a.items.where('id').equals('i3').delete();
    const batch = await nextBatch(a);
    const byKey = Object.fromEntries(batch!.changes.map((c) => [c.k, c]));
    expect(Object.keys(byKey['i1']!.f)).toEqual(['title']);
    expect(Object.keys(byKey['i2']!.f)).toEqual(['status']);
    expect(byKey['i3']!.d).toBeDefined();
    expect(JSON.stringify(batch)).not.toContain('searchWords');
  });

  test('a write that fails records nothing', async () => {
    await startRecording(a, 'dev-a');
    await a.items.add(item('i1'));
    await send(a, b);
    await expect(a.items.add(item('i2', { url: 'https://a.example/i1' }))).rejects.toThrow();
    expect(await a.outbox.count()).toBe(0);
  });

  test('a change made while its batch was being sent still waits afterwards', async () => {
    await startRecording(a, 'dev-a');
    await a.items.add(item('i1'));
    const batch = await nextBatch(a);
    await a.items.update('i1', { title: 'Changed meanwhile' });
    await batchSent(a, batch!.seq);
    const next = await nextBatch(a);
    expect(next!.seq).toBe(2);
    expect(next!.changes.map((c) => Object.keys(c.f))).toEqual([['title']]);
  });

  test('a worker stopped before the batch was stored sends the same batch again', async () => {
    await startRecording(a, 'dev-a');
    await a.items.add(item('i1'));
    const first = await nextBatch(a);
    await a.items.add(item('i2'));
    const again = await nextBatch(a);
    expect(again).toEqual(first);
  });

  test('forgetting the device stops recording and keeps the library', async () => {
    await startRecording(a, 'dev-a');
    await a.items.add(item('i1'));
    await stopRecording(a);
    await a.items.add(item('i2'));
    expect(await a.outbox.count()).toBe(0);
    expect(await a.items.count()).toBe(2);
  });
});

describe('applying another device’s batch', () => {
  beforeEach(async () => {
    await startRecording(a, 'dev-a');
    await startRecording(b, 'dev-b');
  });

  test('brings its records in, indexed for search here, and records nothing to send back', async () => {
    await a.items.add(item('i1', { title: 'Window functions' }));
    expect(await send(a, b)).toBe(1);
    expect(await b.items.get('i1')).toMatchObject({ title: 'Window functions' });
    expect(await b.words.where('w').equals('0window').count()).toBe(1);
    expect(await b.outbox.count()).toBe(0);
    expect((await syncProgress(b)).seen).toEqual({ 'dev-a': 1 });
  });

  test('a batch applied twice is applied once', async () => {
    await a.items.add(item('i1'));
    const batch = (await nextBatch(a))!;
    await applyBatch(b, batch);
    await b.items.update('i1', { title: 'Edited on B' });
    await applyBatch(b, batch);
    expect((await b.items.get('i1'))!.title).toBe('Edited on B');
  });

  test('a takeaway written on both keeps both; a goal and a delete travel', async () => {
    await a.items.add(item('i1'));
    await both();
    await a.items.update('i1', { note: 'From A' });
    await b.items.update('i1', { note: 'From B' });
    await both();
    const [onA, onB] = [(await a.items.get('i1'))!, (await b.items.get('i1'))!];
    expect(onA.note).toBe(onB.note);
    expect(onA.note.split(CONFLICT_MARK).sort()).toEqual(['From A', 'From B']);
    await b.items.update('i1', { goalIds: ['g1'] });
    await both();
    expect((await a.items.get('i1'))!.goalIds).toEqual(['g1']);
    await a.items.delete('i1');
    await both();
    expect(await b.items.get('i1')).toBeUndefined();
  });

  test('the review log travels and counts on the other device; the card trash stays here', async () => {
    const answer = {
      id: 'r1',
      cardId: 'c1',
      itemId: 'i1',
      goalIds: ['g1'],
      day: '2026-11-30',
      at: Date.UTC(2026, 10, 30),
      seconds: 42,
    };
    await a.reviewLog.add(answer);
    await a.cardTrash.add({ id: 'c9', removedAt: 1, card: { id: 'c9' } as never });
    expect(await send(a, b)).toBe(1);
    expect(await b.reviewLog.get('r1')).toEqual(answer);
    expect(await b.cardTrash.count()).toBe(0);
    // A row deleted here is deleted there too.
    await a.reviewLog.delete('r1');
    await send(a, b);
    expect(await b.reviewLog.count()).toBe(0);
    // A review time no answer could have given (ten hours on one card) is refused, named.
    const at = '0zzzzzzzz.0000.dev-a';
    const bad = Object.fromEntries(
      Object.entries({ ...answer, id: 'r2', seconds: 36_000 }).map(([k, value]) => [
        k,
        [value, at] as [unknown, string],
      ]),
    );
    const applied = await applyBatch(b, {
      format: 1,
      device: 'dev-a',
      seq: 9,
      changes: [{ t: 'reviewLog', k: 'r2', f: bad }],
    });
    expect(applied.refused).toEqual([{ t: 'reviewLog', k: 'r2', fields: ['row'] }]);
    expect(await b.reviewLog.count()).toBe(0);
  });

  test('the same page saved on both devices ends as one item, the same on both', async () => {
    await a.items.add(item('i-b', { url: 'https://same.example/' }));
    await b.items.add(item('i-a', { url: 'https://same.example/' }));
    await both();
    await both();
    expect((await a.items.toArray()).map((i) => i.id)).toEqual(['i-a']);
    expect((await b.items.toArray()).map((i) => i.id)).toEqual(['i-a']);
  });
});

describe('a record from another device is checked field by field before it is stored', () => {
  beforeEach(async () => {
    await startRecording(b, 'dev-b');
  });

  test('a crafted batch: the malformed rows are skipped and named, the good ones applied', async () => {
    const at = '00000000a.0000.dev-x';
    const fields = (row: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(row).map(([k, value]) => [k, [value, at] as [unknown, string]]));
    const applied = await applyBatch(b, {
      format: 1,
      device: 'dev-x',
      seq: 1,
      changes: [
        { t: 'items', k: 'good', f: fields({ ...item('good') }) },
        { t: 'items', k: 'js', f: fields({ ...item('js'), url: 'javascript:alert(1)' }) },
        { t: 'items', k: 'status', f: fields({ ...item('status'), status: 'pwned' }) },
        {
          t: 'goals',
          k: 'g1',
          f: fields({ id: 'g1', title: 'SQL', color: 'url(http://beacon.example/)', createdAt: 1, keywords: [] }),
        },
        { t: 'settings', k: 'tracking', f: { dailyBudgetMinutes: [-5, at], paused: [true, at] } },
      ],
    });
    expect(applied.refused).toEqual([
      { t: 'items', k: 'js', fields: ['row'] },
      { t: 'items', k: 'status', fields: ['status'] },
      { t: 'goals', k: 'g1', fields: ['color'] },
      { t: 'settings', k: 'tracking', fields: ['dailyBudgetMinutes'] },
    ]);
    expect((await b.items.toArray()).map((i) => i.id)).toEqual(['good']);
    expect(await b.goals.count()).toBe(0);
    expect(await mergedSettings(b)).toEqual({});
    // Nothing of a refused row is kept to be brought back by a later change.
    expect(await b.syncMeta.get(['items', 'js'])).toBeUndefined();
  });

  test('an edit that breaks a row already here is refused; the row stays as it was', async () => {
    await startRecording(a, 'dev-a');
    await a.items.add(item('i1', { title: 'Kept' }));
    await send(a, b);
    const at = '0zzzzzzzz.0000.dev-a';
    const applied = await applyBatch(b, {
      format: 1,
      device: 'dev-a',
      seq: 2,
      changes: [{ t: 'items', k: 'i1', f: { savedAt: [1e300, at], title: ['Broken', at] } }],
    });
    expect(applied.refused).toEqual([{ t: 'items', k: 'i1', fields: ['row'] }]);
    expect((await b.items.get('i1'))!.title).toBe('Kept');
  });
});

describe('settings and site rules', () => {
  const tracking = (change: Partial<TrackingSettings>) => ({
    tracking: SYNCED_SETTINGS.tracking!.toRow({ ...DEFAULT_SETTINGS, ...change }),
  });
  /** What `b` writes into its storage after a sync, as the worker does. */
  async function written(device: LearnmarkDb) {
    const rows = await mergedSettings(device);
    await settingsWritten(device, rows);
    return rows;
  }
  beforeEach(async () => {
    await startRecording(a, 'dev-a');
    await startRecording(b, 'dev-b');
  });

  test('a setting changed on A is written on B, field by field; nothing comes back', async () => {
    await recordSettings(a, tracking({ dailyBudgetMinutes: 45, learning: ['docs.getdbt.com'] }));
    await recordSettings(b, tracking({}));
    expect(await send(a, b)).toBe(1);
    const rows = await written(b);
    expect(SYNCED_SETTINGS.tracking!.fromRow(rows.tracking!)).toMatchObject({
      dailyBudgetMinutes: 45,
      learning: ['docs.getdbt.com'],
      paused: false,
    });
    await recordSettings(b, { tracking: rows.tracking! });
    expect(await b.outbox.count()).toBe(0);
  });

  test('a new device’s untouched settings never override the ones already set', async () => {
    await recordSettings(a, tracking({ dailyBudgetMinutes: 45 }));
    await send(a, b);
    // B's storage still holds the defaults when its worker looks, after A's change arrived.
    await recordSettings(b, tracking({}));
    expect(await b.outbox.count()).toBe(0);
    expect((await written(b)).tracking).toMatchObject({ dailyBudgetMinutes: 45 });
  });

  test('two devices changing different settings both keep both; the same setting, the later edit', async () => {
    await recordSettings(a, tracking({ dailyBudgetMinutes: 45 }));
    await recordSettings(b, tracking({ nudgeStyle: 'notification' }));
    await both();
    const onA = (await written(a)).tracking;
    const onB = (await written(b)).tracking;
    expect(onA).toMatchObject({ dailyBudgetMinutes: 45, nudgeStyle: 'notification' });
    expect(onB).toMatchObject({ dailyBudgetMinutes: 45, nudgeStyle: 'notification' });
    await recordSettings(a, tracking({ dailyBudgetMinutes: 20, nudgeStyle: 'notification' }));
    await recordSettings(b, tracking({ dailyBudgetMinutes: 60, nudgeStyle: 'notification' }));
    await both();
    expect((await written(a)).tracking).toMatchObject({ dailyBudgetMinutes: 60 });
    expect(await written(b)).toEqual({});
  });

  test('a change made on B before its storage took A’s is stamped first and survives', async () => {
    await recordSettings(a, tracking({ dailyBudgetMinutes: 45 }));
    await send(a, b);
    // B's person paused tracking; storage has not been written with A's budget yet.
    await recordSettings(b, tracking({ paused: true }));
    expect((await written(b)).tracking).toMatchObject({ dailyBudgetMinutes: 45, paused: true });
    await send(b, a);
    expect((await written(a)).tracking).toMatchObject({ dailyBudgetMinutes: 45, paused: true });
  });
});

describe('site lists merge per site', () => {
  type Lists = Pick<TrackingSettings, 'learning' | 'distraction' | 'siteLimits'>;
  const NONE: Lists = { learning: [], distraction: [], siteLimits: {} };
  /** What the person's storage holds on a device, as the worker keeps it in step. */
  const stored = new Map<LearnmarkDb, TrackingSettings>();
  async function change(device: LearnmarkDb, edit: (lists: TrackingSettings) => Partial<Lists>) {
    const now = stored.get(device) ?? DEFAULT_SETTINGS;
    const next = { ...now, ...edit(now) };
    stored.set(device, next);
    await recordSettings(device, { tracking: SYNCED_SETTINGS.tracking!.toRow(next) });
  }
  /** A sync both ways, each device then writing what arrived into its storage. */
  async function sync() {
    await both();
    for (const device of [a, b]) {
      const rows = await mergedSettings(device);
      if (rows.tracking) stored.set(device, SYNCED_SETTINGS.tracking!.fromRow(rows.tracking) as TrackingSettings);
      await settingsWritten(device, rows);
    }
  }
  const lists = (device: LearnmarkDb): Lists => {
    const { learning, distraction, siteLimits } = stored.get(device) ?? DEFAULT_SETTINGS;
    return { learning: [...learning].sort(), distraction: [...distraction].sort(), siteLimits };
  };
  const add = (list: 'learning' | 'distraction', site: string) => (s: TrackingSettings) => ({
    [list]: [...s[list], site],
  });
  const remove = (list: 'learning' | 'distraction', site: string) => (s: TrackingSettings) => ({
    [list]: s[list].filter((p) => p !== site),
  });
  beforeEach(async () => {
    stored.clear();
    await startRecording(a, 'dev-a');
    await startRecording(b, 'dev-b');
  });

  test.each<[string, ['a' | 'b', (s: TrackingSettings) => Partial<Lists>][], Lists]>([
    [
      'a site added on A and another on B: both listed on both',
      [
        ['a', add('learning', 'docs.getdbt.com')],
        ['b', add('learning', 'coursera.org')],
      ],
      { ...NONE, learning: ['coursera.org', 'docs.getdbt.com'] },
    ],
    [
      'a site added on A while B adds another to the distractions: each list keeps its own',
      [
        ['a', add('learning', 'docs.getdbt.com')],
        ['b', add('distraction', 'farmville.com')],
      ],
      { ...NONE, learning: ['docs.getdbt.com'], distraction: ['farmville.com'] },
    ],
    [
      'limits set for two sites on two computers: both kept',
      [
        ['a', () => ({ siteLimits: { 'poki.com': 10 } })],
        ['b', () => ({ siteLimits: { 'farmville.com': 20 } })],
      ],
      { ...NONE, siteLimits: { 'poki.com': 10, 'farmville.com': 20 } },
    ],
  ])('%s', async (_, edits, expected) => {
    for (const [device, edit] of edits) await change(device === 'a' ? a : b, edit);
    await sync();
    expect(lists(a)).toEqual(expected);
    expect(lists(b)).toEqual(expected);
  });

  test('removed on A after B had it, while B adds another: the removal and the add both hold', async () => {
    await change(a, add('distraction', 'farmville.com'));
    await sync();
    expect(lists(b).distraction).toEqual(['farmville.com']);
    await change(a, remove('distraction', 'farmville.com'));
    await change(b, add('distraction', 'poki.com'));
    await sync();
    expect(lists(a).distraction).toEqual(['poki.com']);
    expect(lists(b).distraction).toEqual(['poki.com']);
  });

  test('removed on one, added again later on the other: listed again on both; the later edit wins', async () => {
    await change(a, add('learning', 'docs.getdbt.com'));
    await sync();
    await change(a, remove('learning', 'docs.getdbt.com'));
    await sync();
    expect(lists(b).learning).toEqual([]);
    await change(b, add('learning', 'docs.getdbt.com'));
    await sync();
    expect(lists(a).learning).toEqual(['docs.getdbt.com']);
    expect(lists(b).learning).toEqual(['docs.getdbt.com']);
    // Removed again on A, after B's add: gone on both.
    await change(a, remove('learning', 'docs.getdbt.com'));
    await sync();
    expect(lists(b).learning).toEqual([]);
  });

  test('a list sent whole by a computer not yet updated still applies, per entry under its stamp', async () => {
    await change(b, add('learning', 'docs.getdbt.com'));
    await change(b, add('learning', 'coursera.org'));
    await both();
    // An older version stamps the list whole: it holds coursera.org, not docs.getdbt.com, and
    // adds khanacademy.org. Its stamp is later than B's entries.
    const at = formatStamp({ wall: Date.UTC(2099, 0, 1), counter: 0 }, 'dev-old');
    const applied = await applyBatch(b, {
      format: 1,
      device: 'dev-old',
      seq: 1,
      changes: [{ t: 'settings', k: 'tracking', f: { learning: [['coursera.org', 'khanacademy.org'], at] } }],
    });
    expect(applied.refused).toEqual([]);
    const rows = await mergedSettings(b);
    expect((SYNCED_SETTINGS.tracking!.fromRow(rows.tracking!) as TrackingSettings).learning.sort()).toEqual([
      'coursera.org',
      'khanacademy.org',
    ]);
  });

  test('settings seen by the older version (lists whole) are no change once updated', async () => {
    await b.syncState.put({
      key: 'settings',
      stored: { tracking: { ...DEFAULT_SETTINGS, learning: ['docs.getdbt.com'] } },
    } as never);
    await recordSettings(b, {
      tracking: SYNCED_SETTINGS.tracking!.toRow({ ...DEFAULT_SETTINGS, learning: ['docs.getdbt.com'] }),
    });
    expect(await b.outbox.count()).toBe(0);
  });
});

describe('snapshots', () => {
  test('a new device starts from a snapshot: the same records, deletions kept, later batches only', async () => {
    const c = openDb(`sync-c-${n}`);
    try {
      await startRecording(a, 'dev-a');
      await startRecording(b, 'dev-b');
      await a.items.bulkAdd([item('i1'), item('i2'), item('i3')]);
      await recordSettings(a, { display: SYNCED_SETTINGS.display!.toRow({ weekBadge: true }) });
      await send(a, b);
      await b.items.update('i1', { note: 'From B' });
      await b.items.delete('i2');
      await both();
      const snap = (await snapshotOf(b))!;
      expect(snap.covers).toEqual({ 'dev-a': 1, 'dev-b': 1 });

      await startRecording(c, 'dev-c');
      await applySnapshot(c, snap);
      expect((await c.items.toArray()).map((i) => [i.id, i.note])).toEqual([
        ['i1', 'From B'],
        ['i3', ''],
      ]);
      expect((await c.items.get('i1'))!.searchWords).toEqual((await b.items.get('i1'))!.searchWords);
      expect((await mergedSettings(c)).display).toMatchObject({ weekBadge: true });
      expect((await syncProgress(c)).seen).toEqual({ 'dev-a': 1, 'dev-b': 1 });
      // The batches it covers are counted as applied: reading them again changes nothing.
      await a.items.update('i3', { title: 'After the snapshot' });
      const later = (await nextBatch(a))!;
      expect(later.seq).toBe(2);
      await applyBatch(c, later);
      expect((await c.items.get('i3'))!.title).toBe('After the snapshot');
      // The delete came with the snapshot.
      expect(await c.items.get('i2')).toBeUndefined();
      // A second snapshot is not applied over what is already there.
      expect(await applySnapshot(c, snap)).toEqual({ conflicts: 0, refused: [] });
    } finally {
      await c.delete();
    }
  });

  test('a snapshot of this device written elsewhere (a 412 on rewrite) is folded in: the next one holds both', async () => {
    await startRecording(a, 'dev-a');
    await startRecording(b, 'dev-a');
    await a.items.add(item('mine'));
    await b.items.add(item('theirs', { note: 'Written by the copy' }));
    const theirs = (await snapshotOf(b))!;
    await foldSnapshot(a, theirs);
    const next = (await snapshotOf(a))!;
    expect(next.changes.map((c) => c.k).sort()).toEqual(['mine', 'theirs']);
    expect((await a.items.get('theirs'))!.note).toBe('Written by the copy');
    // Nothing of another device counts as applied because of it.
    expect((await syncProgress(a)).seen).toEqual({});
  });
});

describe('per-day time totals, when shared', () => {
  const DAY = '2026-11-30';
  const NOW = Date.UTC(2026, 10, 30, 12);
  const day = (learning: number, distraction = 0) => ({ day: DAY, learning, distraction, neutral: 0 });
  const learningOn = async (database: LearnmarkDb) =>
    (await recentDays(database, NOW, 3)).find((d) => d.day === DAY)?.learning;
  beforeEach(async () => {
    await startRecording(a, 'dev-a');
    await startRecording(b, 'dev-b');
  });

  test('not shared, time never leaves: a day’s totals record nothing to send', async () => {
    await a.days.put(day(600));
    expect(await send(a, b)).toBe(0);
    expect(await b.deviceDays.count()).toBe(0);
  });

  test('shared, each computer’s time on the same day adds up on the other, and is never counted twice', async () => {
    await a.days.put(day(600, 120));
    await b.days.put(day(300));
    await recordDayTotals(a);
    await recordDayTotals(b);
    await both();
    expect(await learningOn(a)).toBe(900);
    expect(await learningOn(b)).toBe(900);
    // More time on A the same day replaces A's record on B; it is not added again.
    await a.days.put(day(660, 120));
    await recordDayTotals(a);
    await recordDayTotals(a);
    await both();
    expect(await learningOn(b)).toBe(960);
    expect(await b.deviceDays.get(`dev-a/${DAY}`)).toMatchObject({ learning: 660, distraction: 120 });
    // Nothing changed: nothing is queued.
    await recordDayTotals(a);
    expect(await nextBatch(a)).toBeNull();
    // Only this computer's own totals are in its `days`: the nudge readout stays its own.
    expect((await b.days.get(DAY))!.learning).toBe(300);
  });

  test('a computer forgotten and set up again never takes its old totals in as another’s', async () => {
    await b.days.put(day(300));
    await recordDayTotals(b);
    const old = (await nextBatch(b))!;
    await stopRecording(b);
    await startRecording(b, 'dev-b2');
    await applyBatch(b, { ...old, device: 'dev-b' });
    expect(await b.deviceDays.count()).toBe(0);
    expect(await learningOn(b)).toBe(300);
  });

  test('totals no day could hold are refused and named', async () => {
    const at = '0zzzzzzzz.0000.dev-x';
    const applied = await applyBatch(b, {
      format: 1,
      device: 'dev-x',
      seq: 1,
      changes: [
        {
          t: 'dayTotals',
          k: `dev-x/${DAY}`,
          f: { day: [DAY, at], learning: [1e9, at], distraction: [0, at], neutral: [0, at] },
        },
        {
          t: 'dayTotals',
          k: 'dev-x/2026-12-01',
          f: { day: [DAY, at], learning: [5, at], distraction: [0, at], neutral: [0, at] },
        },
      ],
    });
    expect(applied.refused.map((r) => r.k)).toEqual([`dev-x/${DAY}`, 'dev-x/2026-12-01']);
    expect(await b.deviceDays.count()).toBe(0);
  });
});
