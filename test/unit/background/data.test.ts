// The worker's side of imports and restores: one part at a time in memory, each written with
// its progress in one transaction, resumed from the stored progress, and a full disk said
// plainly. Parts are made small here (the module's sizes are mocked) so the flows run quickly.
import { newCard } from '../../../src/core/review/card';
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { pocketDrafts } from '../import-fixtures';
import { commitImport } from '../../../src/db/data';
import { db } from '../../../src/db/db';
import { dataHandlers, STAGE_LIMITS, stagedRows } from '../../../src/background/data';
import type * as ImportPlan from '../../../src/core/data/import-plan';
import { draftToItem } from '../../../src/core/data/import-draft';
import { goal } from '../goal-fixtures';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));
vi.mock('../../../src/core/data/import-plan', async (original) => ({
  ...(await original<typeof ImportPlan>()),
  IMPORT_PART_ROWS: 10,
  RESTORE_PART_ROWS: 2,
}));

let ids = 0;
const newId = () => `id-${++ids}`;

describe('worker', () => {
  afterEach(async () => {
    vi.useRealTimers();
    vi.restoreAllMocks();
    await Promise.all([db().items, db().imports, db().goals, db().highlights, db().activity].map((t) => t.clear()));
  });
  const importAction = { kind: 'import', goalId: null } as const;
  const stage = (uploadId: string, offset: number, rows: unknown[]) =>
    dataHandlers['data-stage']({ uploadId, offset, rows }, {});
  const commit = (uploadId: string, total: number) =>
    dataHandlers['data-commit']({ uploadId, total, action: importAction }, {});
  /** Stages `rows` from `offset` in messages of a few rows, as the page does. */
  const stageAll = async (uploadId: string, offset: number, rows: unknown[]) => {
    for (let i = 0; i < rows.length; i += 3) await stage(uploadId, offset + i, rows.slice(i, i + 3));
  };

  test('a small upload is one part, written in one transaction; an unknown upload has expired', async () => {
    const rows = pocketDrafts(5);
    await stage('u', 0, rows.slice(0, 3));
    await stage('u', 3, [...rows.slice(3), { url: 'javascript:alert(1)', savedAt: 1, tags: [] }]);
    expect(await commit('u', 6)).toEqual({ ok: true, added: 5, updated: 0, skipped: 0, batch: 'u' });
    expect((await db().items.toArray()).every((i) => i.importBatch === 'u')).toBe(true);
    expect((await db().items.toArray()).filter((i) => i.via === 'import')).toHaveLength(5);
    expect(await commit('u', 6)).toMatchObject({ ok: false, reason: 'expired' });
  });

  test('a part out of order, or a commit missing rows, is never half-written', async () => {
    const rows = pocketDrafts(6);
    await stage('u', 0, rows.slice(0, 3));
    expect(await stage('u', 5, rows.slice(3))).toEqual({ ok: false, reason: 'expired' });
    await stage('v', 0, rows.slice(0, 3));
    expect(await commit('v', 6)).toMatchObject({ ok: false, reason: 'expired', written: 0 });
    // The rest of an upload a stopped worker lost: it does not start where the progress ends.
    await stage('w', 3, rows.slice(3));
    expect(await commit('w', 6)).toMatchObject({ ok: false, reason: 'expired', written: 0 });
    expect(await db().items.count()).toBe(0);
    expect(stagedRows()).toBe(0);
  });

  test('a part the page ended early (long rows) is written up to where it says; an end the staged rows do not reach is not', async () => {
    const rows = pocketDrafts(6);
    const commitTo = (end: number) =>
      dataHandlers['data-commit']({ uploadId: 'e', total: 6, end, action: importAction }, {});
    await stage('e', 0, rows.slice(0, 2));
    expect(await commitTo(3)).toMatchObject({ ok: false, reason: 'expired', written: 0 });
    await stage('e', 0, rows.slice(0, 2));
    expect(await commitTo(2)).toEqual({ ok: 'writing', written: 2, of: 6 });
    await stage('e', 2, rows.slice(2));
    expect(await commitTo(6)).toEqual({ ok: true, added: 6, updated: 0, skipped: 0, batch: 'e' });
    expect(await db().items.count()).toBe(6);
  });

  test('a large upload: one part at a time in memory, each written with its progress, resumed after a lost part', async () => {
    const total = STAGE_LIMITS.rows + 10;
    const rows = pocketDrafts(total);
    // Over one part's rows: refused, and what it had staged is gone.
    await stageAll('big', 0, rows.slice(0, STAGE_LIMITS.rows));
    expect(await stage('big', STAGE_LIMITS.rows, rows.slice(0, 1))).toEqual({ ok: false, reason: 'too-many' });
    expect(stagedRows()).toBe(0);
    // The first part, then its answer.
    await stageAll('big', 0, rows.slice(0, STAGE_LIMITS.rows));
    expect(stagedRows()).toBe(STAGE_LIMITS.rows);
    expect(await commit('big', total)).toEqual({ ok: 'writing', written: STAGE_LIMITS.rows, of: total });
    expect(stagedRows()).toBe(0);
    // The first part sent again (its answer was lost): not written twice.
    await stageAll('big', 0, rows.slice(0, STAGE_LIMITS.rows));
    expect(await commit('big', total)).toMatchObject({ ok: false, reason: 'expired', written: STAGE_LIMITS.rows });
    // The last part, from the stored progress: done, with the counts of every part.
    await stage('big', STAGE_LIMITS.rows, rows.slice(STAGE_LIMITS.rows));
    expect(await commit('big', total)).toEqual({ ok: true, added: total, updated: 0, skipped: 0, batch: 'big' });
    expect(await db().items.count()).toBe(total);
  });

  test('the disk fills up during a part: "storage-full", with the rows the earlier parts saved; nothing else changed', async () => {
    const total = STAGE_LIMITS.rows + 3;
    const rows = pocketDrafts(total);
    await commitImport(db(), pocketDrafts(1), { now: 1, newId, goalId: null });
    await stageAll('full', 0, rows.slice(0, STAGE_LIMITS.rows));
    expect(await commit('full', total)).toMatchObject({ ok: 'writing', written: STAGE_LIMITS.rows });
    const before = await db().items.toArray();
    vi.spyOn(db().items, 'bulkAdd').mockRejectedValue(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    );
    await stage('full', STAGE_LIMITS.rows, rows.slice(STAGE_LIMITS.rows));
    expect(await commit('full', total)).toMatchObject({
      ok: false,
      reason: 'storage-full',
      written: STAGE_LIMITS.rows,
    });
    expect(await db().items.toArray()).toEqual(before);
    expect(await db().imports.get('full')).toMatchObject({ done: STAGE_LIMITS.rows });
  });

  test('replaced, discarded and abandoned uploads are dropped, never written later', async () => {
    const rows = pocketDrafts(4);
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

  describe('a restore in parts (of 2 items here)', () => {
    const items = pocketDrafts(5).map((d, i) => ({ ...draftToItem(d, { now: 5, newId: () => `b${i}`, goalId: 'g' }) }));
    const highlight = (id: string, itemId: string) => ({
      id,
      itemId,
      exact: 'T',
      prefix: '',
      suffix: '',
      start: 0,
      color: 'green' as const,
      note: '',
      createdAt: Date.UTC(2026, 0, 5),
      updatedAt: Date.UTC(2026, 0, 5),
    });
    const rest = {
      format: 'learnmark-backup' as const,
      version: 1 as const,
      exportedAt: 1,
      goals: [goal({ id: 'g', title: 'SQL' })],
      activity: [
        { day: '2025-06-30', host: 'x.com', category: 'learning' as const, seconds: 60, byCategory: { learning: 60 } },
      ],
      nudges: [],
      highlights: [highlight('h1', 'b1'), highlight('h4', 'b4')],
      // A takeaway's card goes with its item's part; answers' time with the first part.
      reviewCards: [newCard('takeaway', 'b3', { id: 'takeaway-b3', now: Date.UTC(2025, 5, 30) })],
      logEntries: [],
      reviewLog: [
        {
          id: 'r1',
          cardId: 'takeaway-b3',
          itemId: 'b3',
          goalIds: ['g', 'gone'],
          day: '2025-06-30',
          at: Date.UTC(2025, 5, 30, 9),
          seconds: 30,
        },
        { id: 'r2', cardId: 'c', itemId: 'b3', goalIds: [], day: '2025-13-01', at: Date.UTC(2025, 5, 30), seconds: 5 },
      ],
      days: [],
      settings: {},
    };
    const restore = (uploadId: string) =>
      dataHandlers['data-commit']({ uploadId, total: 5, action: { kind: 'restore', backup: rest } }, {});

    test('after each part the library is whole; a stopped worker resumes from the stored progress; a full disk keeps what was in', async () => {
      await stage('r', 0, items.slice(0, 2));
      expect(await restore('r')).toEqual({ ok: 'writing', written: 2, of: 5 });
      // The first part brought the goal, the time, its items tied to the goal, their highlight.
      expect(await db().goals.get('g')).toBeTruthy();
      expect(await db().activity.count()).toBe(1);
      expect((await db().items.toArray()).map((i) => [i.id, i.goalIds])).toEqual([
        ['b0', ['g']],
        ['b1', ['g']],
      ]);
      expect((await db().highlights.toArray()).map((h) => h.id)).toEqual(['h1']);
      // Each answer's time checked again here: the row with no such day is left out.
      expect(await db().reviewLog.toArray()).toEqual([{ ...rest.reviewLog[0], goalIds: ['g'] }]);
      expect(await db().reviewCards.count()).toBe(0);
      // The worker is stopped while part 2 is sent: it is lost, and sent again from row 2.
      await stage('r', 2, items.slice(2, 3));
      await dataHandlers['data-discard']({ uploadId: 'r' }, {});
      expect(await restore('r')).toMatchObject({ ok: false, reason: 'expired', written: 2 });
      await stage('r', 2, items.slice(2, 4));
      expect(await restore('r')).toEqual({ ok: 'writing', written: 4, of: 5 });
      expect(await db().reviewCards.get('takeaway-b3')).toEqual(rest.reviewCards[0]);
      expect(await db().reviewLog.count()).toBe(1);
      // The disk fills up in the last part: it is lost whole, the first four stay, and it says so.
      const spy = vi
        .spyOn(db().items, 'bulkAdd')
        .mockRejectedValueOnce(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
      await stage('r', 4, items.slice(4));
      expect(await restore('r')).toMatchObject({ ok: false, reason: 'storage-full', written: 4 });
      expect(await db().items.count()).toBe(4);
      expect((await db().highlights.toArray()).map((h) => h.id)).toEqual(['h1']);
      spy.mockRestore();
      await stage('r', 4, items.slice(4));
      expect(await restore('r')).toEqual({ ok: true, added: 5, updated: 0, skipped: 0 });
      expect((await db().highlights.toArray()).map((h) => h.id).sort()).toEqual(['h1', 'h4']);
      expect(await db().activity.count()).toBe(1);
    });
  });
});
