import type { CommitAction, CommitResult } from '../../messaging/data';
import { ask } from '../../ui/ask';

/** Rows per message: well under the browser's message size limit, even for long texts. */
const ROWS_PER_MESSAGE = 2_000;

async function sendOnce(
  rows: readonly unknown[],
  action: CommitAction,
  onProgress: (f: number) => void,
): Promise<CommitResult> {
  const uploadId = crypto.randomUUID();
  for (let i = 0; i < rows.length; i += ROWS_PER_MESSAGE) {
    const staged = await ask('data-stage', { uploadId, rows: rows.slice(i, i + ROWS_PER_MESSAGE) });
    if (!staged.ok) return { ok: false, reason: 'error', detail: 'stage refused' };
    onProgress(Math.min(1, (i + ROWS_PER_MESSAGE) / Math.max(rows.length, 1)));
  }
  if (!rows.length) await ask('data-stage', { uploadId, rows: [] });
  return ask('data-commit', { uploadId, action });
}

/**
 * Sends the rows to the worker in parts, then asks it to write them in one transaction. If the
 * worker was stopped between parts (it keeps them in memory only), the whole upload is sent
 * once more.
 */
export async function commitRows(
  rows: readonly unknown[],
  action: CommitAction,
  onProgress: (f: number) => void = () => {},
): Promise<CommitResult> {
  const first = await sendOnce(rows, action, onProgress);
  return !first.ok && first.reason === 'expired' ? sendOnce(rows, action, onProgress) : first;
}
