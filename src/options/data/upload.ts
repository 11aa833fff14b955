import type { CommitAction, CommitProgress, CommitResult } from '../../messaging/data';
import { importWritten } from '../../db/data';
import { db } from '../../db/db';
import { send } from '../../messaging/runtime';

/** Rows per message: well under the browser's message size limit, even for long texts. */
export const ROWS_PER_MESSAGE = 2_000;

/** Where the rows to commit come from: the import worker, or an array on the page. */
export interface RowSource {
  count: number;
  rows(from: number, count: number): Promise<unknown[]>;
}

export const arraySource = (rows: readonly unknown[]): RowSource => ({
  count: rows.length,
  rows: async (from, count) => rows.slice(from, from + count),
});

export interface UploadControl {
  onProgress?: (fraction: number) => void;
  /**
   * Called once the last part is staged, when the write starts (it cannot be cancelled), with
   * 0, then with the share written as a large import's parts land.
   */
  onWriting?: (fraction: number) => void;
  /** Checked between parts: when set, the staged parts are dropped and nothing is written. */
  cancelled?: () => boolean;
  /**
   * The upload's id. Give the same one to a retry of the same rows: a large import the worker
   * stopped in the middle of then goes on from the last part it wrote (see db/data.ts).
   */
  uploadId?: string;
}

/**
 * The worker answered nothing: it was stopped (or crashed) before it could. `written` rows of
 * a large import were in the library by then (its earlier parts).
 */
const interrupted = (detail: string, written = 0): CommitResult => ({
  ok: false,
  reason: 'interrupted',
  detail,
  ...(written ? { written } : {}),
});

/**
 * How many rows a stopped write had put in the library: its stored progress (the last answer
 * may predate a part the worker wrote just before it stopped), or the last answer's count.
 */
async function writtenAfterStop(uploadId: string, answered: number): Promise<number> {
  return Math.max(answered, await importWritten(db(), uploadId).catch(() => 0));
}

async function sendOnce(
  uploadId: string,
  source: RowSource,
  action: CommitAction,
  control: UploadControl,
): Promise<CommitResult> {
  const discard = async (): Promise<CommitResult> => {
    await send('data-discard', { uploadId }).catch(() => undefined);
    return { ok: false, reason: 'cancelled', detail: uploadId };
  };
  try {
    return await stageAndCommit(uploadId, source, action, control, discard);
  } catch (error) {
    // Cancelling terminates the import worker, so a part being read from it fails: that is
    // a cancel, and what was staged is dropped.
    if (control.cancelled?.()) return discard();
    throw error;
  }
}

async function stageAndCommit(
  uploadId: string,
  source: RowSource,
  action: CommitAction,
  control: UploadControl,
  discard: () => Promise<CommitResult>,
): Promise<CommitResult> {
  for (let offset = 0; offset < source.count || offset === 0; offset += ROWS_PER_MESSAGE) {
    if (control.cancelled?.()) return discard();
    const rows = await source.rows(offset, ROWS_PER_MESSAGE);
    const staged = await send('data-stage', { uploadId, offset, rows });
    if (!staged) return interrupted('no answer to data-stage');
    if (!staged.ok) return { ok: false, reason: staged.reason, detail: `stage refused at row ${offset}` };
    control.onProgress?.(Math.min(1, (offset + ROWS_PER_MESSAGE) / Math.max(source.count, 1)));
    if (!source.count) break;
  }
  if (control.cancelled?.()) return discard();
  control.onWriting?.(0);
  let written = 0;
  for (;;) {
    let answer: CommitResult | CommitProgress | undefined;
    try {
      answer = await send('data-commit', { uploadId, total: source.count, action });
    } catch (error) {
      return interrupted(String(error), await writtenAfterStop(uploadId, written));
    }
    if (!answer) return interrupted('no answer to data-commit', await writtenAfterStop(uploadId, written));
    if (answer.ok !== 'writing') return answer;
    written = answer.written;
    control.onWriting?.(answer.written / Math.max(answer.of, 1));
  }
}

/**
 * Sends the rows to the worker in parts, then asks it to write them (in one transaction up to
 * 50 000 rows, in parts of that size beyond). If the worker was stopped between parts (it keeps
 * them in memory only), the whole upload is sent once more; if it stopped during the write or
 * cannot be reached, the answer says the import did not finish, and how many rows of it the
 * earlier parts had written.
 */
export async function commitRows(
  source: RowSource,
  action: CommitAction,
  control: UploadControl = {},
): Promise<CommitResult> {
  const uploadId = control.uploadId ?? crypto.randomUUID();
  try {
    const first = await sendOnce(uploadId, source, action, control);
    return !first.ok && first.reason === 'expired' ? await sendOnce(uploadId, source, action, control) : first;
  } catch (error) {
    return interrupted(String(error));
  }
}
