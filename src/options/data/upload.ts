import type { CommitAction, CommitResult } from '../../messaging/data';
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
  /** Called once the last part is staged, when the one write starts: it cannot be cancelled. */
  onWriting?: () => void;
  /** Checked between parts: when set, the staged parts are dropped and nothing is written. */
  cancelled?: () => boolean;
}

/** The worker answered nothing: it was stopped (or crashed) before it could. */
const interrupted = (detail: string): CommitResult => ({ ok: false, reason: 'interrupted', detail });

async function sendOnce(source: RowSource, action: CommitAction, control: UploadControl): Promise<CommitResult> {
  const uploadId = crypto.randomUUID();
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
  control.onWriting?.();
  return (
    (await send('data-commit', { uploadId, total: source.count, action })) ?? interrupted('no answer to data-commit')
  );
}

/**
 * Sends the rows to the worker in parts, then asks it to write them in one transaction. If the
 * worker was stopped between parts (it keeps them in memory only), the whole upload is sent
 * once more; if it stopped during the write (which then never happened) or cannot be reached,
 * the answer says the import did not finish.
 */
export async function commitRows(
  source: RowSource,
  action: CommitAction,
  control: UploadControl = {},
): Promise<CommitResult> {
  try {
    const first = await sendOnce(source, action, control);
    return !first.ok && first.reason === 'expired' ? await sendOnce(source, action, control) : first;
  } catch (error) {
    return interrupted(String(error));
  }
}
