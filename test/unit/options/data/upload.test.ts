// The page's side of a commit: parts staged in order, and every way it can fail said plainly
// (a worker stopped mid-write answers nothing, or the message channel closes).
import { beforeEach, expect, test, vi } from 'vitest';
import { arraySource, commitRows, ROWS_PER_MESSAGE } from '../../../../src/options/data/upload';

const send = vi.fn();
vi.mock('../../../../src/messaging/runtime', () => ({ send: (...args: unknown[]) => send(...args) }));

const action = { kind: 'import', goalId: null } as const;
const rows = Array.from({ length: ROWS_PER_MESSAGE + 1 }, (_, i) => ({ i }));
const kinds = () => send.mock.calls.map(([type, payload]) => `${type}:${payload.offset ?? payload.total ?? ''}`);

beforeEach(() => send.mockReset());

test('parts go in order, each saying where it starts, then one commit with the total', async () => {
  send.mockImplementation(async (type: string) => (type === 'data-stage' ? { ok: true } : { ok: true, added: 1 }));
  expect(await commitRows(arraySource(rows), action)).toMatchObject({ ok: true });
  expect(kinds()).toEqual(['data-stage:0', `data-stage:${ROWS_PER_MESSAGE}`, `data-commit:${rows.length}`]);
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

test('an upload the worker lost is sent again once, from row 0', async () => {
  let commits = 0;
  send.mockImplementation(async (type: string) =>
    type === 'data-stage' ? { ok: true } : ++commits === 1 ? { ok: false, reason: 'expired' } : { ok: true },
  );
  expect(await commitRows(arraySource(rows), action)).toMatchObject({ ok: true });
  expect(kinds().filter((k) => k === 'data-stage:0')).toHaveLength(2);
});

test('cancel between parts: the staged parts are discarded, nothing is committed', async () => {
  send.mockResolvedValue({ ok: true });
  let parts = 0;
  const result = await commitRows(arraySource(rows), action, {
    onProgress: () => parts++,
    cancelled: () => parts > 0,
  });
  expect(result).toMatchObject({ ok: false, reason: 'cancelled' });
  expect(kinds()).toEqual(['data-stage:0', 'data-discard:']);
});

test('cancel while a part is read from the stopped import worker: a cancel, and the staged parts are discarded', async () => {
  send.mockResolvedValue({ ok: true });
  let cancelled = false;
  const source = {
    count: rows.length,
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

test('a large import: the commit is asked again while it answers "writing", and its progress is shown', async () => {
  const answers = [
    { ok: 'writing', written: 50_000, of: 120_000 },
    { ok: 'writing', written: 100_000, of: 120_000 },
    { ok: true, added: 120_000, updated: 0, skipped: 0 },
  ];
  send.mockImplementation(async (type: string) => (type === 'data-stage' ? { ok: true } : answers.shift()));
  const shown: number[] = [];
  expect(await commitRows(arraySource(rows), action, { onWriting: (f) => shown.push(f) })).toEqual({
    ok: true,
    added: 120_000,
    updated: 0,
    skipped: 0,
  });
  expect(shown).toEqual([0, 50_000 / 120_000, 100_000 / 120_000]);
  expect(kinds().filter((k) => k.startsWith('data-commit'))).toHaveLength(3);
});

test('the worker stopped after some parts were written: the failure says how many rows are in', async () => {
  let commits = 0;
  send.mockImplementation(async (type: string) =>
    type === 'data-stage'
      ? { ok: true }
      : ++commits === 1
        ? { ok: 'writing', written: 50_000, of: 120_000 }
        : undefined,
  );
  expect(await commitRows(arraySource(rows), action)).toMatchObject({
    ok: false,
    reason: 'interrupted',
    written: 50_000,
  });
});

test('every try of one file sends the same upload id, so a retry resumes the write where it stopped', async () => {
  send.mockImplementation(async (type: string) => (type === 'data-stage' ? { ok: true } : undefined));
  await commitRows(arraySource(rows), action, { uploadId: 'file-1' });
  await commitRows(arraySource(rows), action, { uploadId: 'file-1' });
  expect(new Set(send.mock.calls.map(([, payload]) => payload.uploadId))).toEqual(new Set(['file-1']));
});
