// The page's side of a commit: each part staged in order from where the stored progress ends,
// then written; every way it can fail said plainly (a worker stopped mid-write answers nothing,
// or the message channel closes), with how many rows are in by then.
import { beforeEach, expect, test, vi } from 'vitest';
import { arraySource, commitRows, ROWS_PER_MESSAGE } from '../../../../src/options/data/upload';
import { rowBytes, UPLOAD_BYTES } from '../../../../src/core/data/import-plan';
import type * as ImportPlan from '../../../../src/core/data/import-plan';

const send = vi.fn();
/** The stored progress the page reads (db/data.ts `importWritten`). */
let stored = 0;
vi.mock('../../../../src/messaging/runtime', () => ({ send: (...args: unknown[]) => send(...args) }));
vi.mock('../../../../src/db/data', () => ({ importWritten: async () => stored }));
vi.mock('../../../../src/db/db', () => ({ db: () => ({}) }));
vi.mock('../../../../src/core/data/import-plan', async (original) => ({
  ...(await original<typeof ImportPlan>()),
  IMPORT_PART_ROWS: 5_000,
  RESTORE_PART_ROWS: 2_500,
}));

const action = { kind: 'import', goalId: null } as const;
const rows = Array.from({ length: ROWS_PER_MESSAGE + 1 }, (_, i) => ({ i }));
const big = Array.from({ length: 12_000 }, (_, i) => ({ i }));
const kinds = () => send.mock.calls.map(([type, payload]) => `${type}:${payload.offset ?? payload.total ?? ''}`);

beforeEach(() => {
  send.mockReset();
  stored = 0;
});

/** A worker that writes each whole part it is sent and answers as the real one does. */
function worker(total: number, partRows: number, { stopAfterParts = Infinity } = {}) {
  let parts = 0;
  let staged = { start: 0, rows: 0 };
  return async (type: string, payload: { offset: number; rows: unknown[]; end?: number }) => {
    if (type === 'data-stage') {
      if (payload.offset !== staged.start + staged.rows) staged = { start: payload.offset, rows: 0 };
      staged.rows += payload.rows.length;
      return { ok: true };
    }
    if (type !== 'data-commit') return { ok: true };
    const end = payload.end ?? Math.min(total, stored + partRows);
    if (staged.start !== stored || staged.start + staged.rows !== end || end - stored > partRows)
      return { ok: false, reason: 'expired', written: stored };
    if (parts++ >= stopAfterParts) return undefined;
    stored += staged.rows;
    staged = { start: stored, rows: 0 };
    return stored < total
      ? { ok: 'writing', written: stored, of: total }
      : { ok: true, added: total, updated: 0, skipped: 0 };
  };
}

test('a small upload: its messages in order, each saying where it starts, then one commit; twins left out count as skipped', async () => {
  send.mockImplementation(worker(rows.length, 5_000));
  expect(await commitRows(arraySource(rows, 2), action)).toEqual({
    ok: true,
    added: rows.length,
    updated: 0,
    skipped: 2,
  });
  expect(kinds()).toEqual(['data-stage:0', `data-stage:${ROWS_PER_MESSAGE}`, `data-commit:${rows.length}`]);
});

test('a large upload: part by part, each staged from where the last ended, its progress shown', async () => {
  send.mockImplementation(worker(big.length, 5_000));
  const shown: number[] = [];
  expect(await commitRows(arraySource(big), action, { onProgress: (f) => shown.push(f) })).toMatchObject({ ok: true });
  expect(kinds().filter((k) => k.startsWith('data-stage:'))).toEqual(
    [0, 2000, 4000, 5000, 7000, 9000, 10_000].map((o) => `data-stage:${o}`),
  );
  expect(kinds().filter((k) => k.startsWith('data-commit'))).toHaveLength(3);
  expect(shown).toContain(5_000 / 12_000);
  expect(shown).toContain(10_000 / 12_000);
});

test('a restore is sent in smaller parts', async () => {
  send.mockImplementation(worker(big.length, 2_500));
  const restore = { kind: 'restore', backup: {} } as never;
  expect(await commitRows(arraySource(big), restore)).toMatchObject({ ok: true });
  expect(kinds().filter((k) => k.startsWith('data-commit'))).toHaveLength(5);
});

test('a retry of the same upload starts where the stored progress ends, and writes the rest', async () => {
  send.mockImplementation(worker(big.length, 5_000));
  stored = 5_000;
  expect(await commitRows(arraySource(big), action, { uploadId: 'file-1' })).toMatchObject({ ok: true });
  expect(kinds()[0]).toBe('data-stage:5000');
  expect(new Set(send.mock.calls.map(([, payload]) => payload.uploadId))).toEqual(new Set(['file-1']));
});

test('a part the worker lost (stopped between messages) is sent again from the stored progress', async () => {
  const real = worker(big.length, 5_000);
  let lost = false;
  send.mockImplementation(async (type: string, payload: { offset: number; rows: unknown[] }) => {
    // The worker restarts after the message at row 7000: it has lost 5000–6999.
    if (type === 'data-stage' && payload.offset === 7_000 && !lost) {
      lost = true;
      await real('data-stage', { offset: 99_999, rows: [] });
    }
    return real(type, payload);
  });
  expect(await commitRows(arraySource(big), action)).toMatchObject({ ok: true });
  expect(kinds().filter((k) => k === 'data-stage:5000')).toHaveLength(2);
});

test.each([
  [
    'the worker stopped during the write (no answer)',
    async (type: string) => (type === 'data-stage' ? { ok: true } : undefined),
  ],
  [
    'the message channel closed',
    async (type: string) => {
      if (type === 'data-commit') throw new Error('The message port closed before a response was received.');
      return { ok: true };
    },
  ],
])('%s: the import did not finish', async (_name, impl) => {
  send.mockImplementation(impl);
  expect(await commitRows(arraySource(rows), action)).toMatchObject({ ok: false, reason: 'interrupted' });
});

test('the worker stopped after a part was written: the failure says how many rows are in', async () => {
  send.mockImplementation(worker(big.length, 5_000, { stopAfterParts: 1 }));
  expect(await commitRows(arraySource(big), action)).toMatchObject({
    ok: false,
    reason: 'interrupted',
    written: 5_000,
  });
});

test('cancel between messages: the part being sent is dropped; the parts written stay, and are counted', async () => {
  send.mockImplementation(worker(big.length, 5_000));
  let messages = 0;
  const result = await commitRows(arraySource(big), action, {
    cancelled: () => send.mock.calls.some(([type]) => type === 'data-commit') && ++messages > 1,
  });
  expect(result).toMatchObject({ ok: false, reason: 'cancelled', written: 5_000 });
  expect(kinds().at(-1)).toBe('data-discard:');
});

test('cancel while a part is read from the stopped import worker: a cancel, and the staged part is discarded', async () => {
  send.mockResolvedValue({ ok: true });
  let cancelled = false;
  const source = {
    count: rows.length,
    skipped: 0,
    rows: async (from: number) => {
      if (from > 0) {
        cancelled = true;
        throw new Error('cancelled');
      }
      return { rows: rows.slice(0, ROWS_PER_MESSAGE), bytes: 0 };
    },
  };
  expect(await commitRows(source, action, { cancelled: () => cancelled })).toMatchObject({
    ok: false,
    reason: 'cancelled',
  });
  expect(kinds()).toEqual(['data-stage:0', 'data-discard:']);
});

test('a full disk is passed on as it is, with the rows in', async () => {
  send.mockImplementation(async (type: string) =>
    type === 'data-stage'
      ? { ok: true }
      : { ok: false, reason: 'storage-full', detail: 'QuotaExceededError', written: 5_000 },
  );
  expect(await commitRows(arraySource(big), action)).toMatchObject({
    ok: false,
    reason: 'storage-full',
    written: 5_000,
  });
});

test('long rows: every message stays under UPLOAD_BYTES.message and every part under UPLOAD_BYTES.part, and all rows go once', async () => {
  // 200 rows of a million characters each (a backup's page texts are capped at 200 000; these
  // are longer, to reach the caps with few rows): 200 MB in all.
  const long = Array.from({ length: 200 }, (_, i) => ({ i, text: 'x'.repeat(1_000_000) }));
  const size = rowBytes(long[0]);
  send.mockImplementation(worker(long.length, 5_000));
  expect(await commitRows(arraySource(long), action)).toMatchObject({ ok: true, added: long.length });
  type Call = { type: string; rows: { i: number }[]; end?: number };
  const calls = send.mock.calls.map(([type, payload]) => ({ type, ...payload }) as Call);
  const stages = calls.filter((c) => c.type === 'data-stage');
  for (const stage of stages) expect(stage.rows.length * size).toBeLessThanOrEqual(UPLOAD_BYTES.message);
  expect(stages.flatMap((s) => s.rows.map((r) => r.i))).toEqual(long.map((r) => r.i));
  // Each part ends where the page says it does, under UPLOAD_BYTES.part, the last at the end.
  const ends = calls.filter((c) => c.type === 'data-commit').map((c) => c.end as number);
  expect(ends.length).toBeGreaterThan(1);
  expect(ends.at(-1)).toBe(long.length);
  ends.forEach((end, k) => expect((end - (ends[k - 1] ?? 0)) * size).toBeLessThanOrEqual(UPLOAD_BYTES.part));
});

test('a row longer than a whole message still goes, alone', async () => {
  const huge = [{ i: 0 }, { i: 1, text: 'x'.repeat(UPLOAD_BYTES.message + 1) }, { i: 2 }];
  send.mockImplementation(worker(huge.length, 5_000));
  expect(await commitRows(arraySource(huge), action)).toMatchObject({ ok: true, added: 3 });
  const stages = send.mock.calls
    .filter(([type]) => type === 'data-stage')
    .map(([, p]) => (p as { rows: { i: number }[] }).rows.map((r) => r.i));
  expect(stages).toEqual([[0], [1], [2]]);
});
