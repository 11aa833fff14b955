// The page's side of a commit: each part staged in order from where the stored progress ends,
// then written; every way it can fail said plainly (a worker stopped mid-write answers nothing,
// or the message channel closes), with how many rows are in by then.
import { beforeEach, expect, test, vi } from 'vitest';
import { arraySource, commitRows, ROWS_PER_MESSAGE } from '../../../../src/options/data/upload';

const send = vi.fn();
/** The stored progress the page reads (db/data.ts `importWritten`). */
let stored = 0;
vi.mock('../../../../src/messaging/runtime', () => ({ send: (...args: unknown[]) => send(...args) }));
vi.mock('../../../../src/db/data', () => ({ importWritten: async () => stored }));
vi.mock('../../../../src/db/db', () => ({ db: () => ({}) }));
vi.mock('../../../../src/core/data/import-plan', () => ({ IMPORT_PART_ROWS: 5_000, RESTORE_PART_ROWS: 2_500 }));

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
  return async (type: string, payload: { offset: number; rows: unknown[] }) => {
    if (type === 'data-stage') {
      if (payload.offset !== staged.start + staged.rows) staged = { start: payload.offset, rows: 0 };
      staged.rows += payload.rows.length;
      return { ok: true };
    }
    if (type !== 'data-commit') return { ok: true };
    if (staged.start !== stored || staged.rows !== Math.min(partRows, total - stored))
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
      return rows.slice(0, ROWS_PER_MESSAGE);
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
