import type { CommitAction, CommitProgress, CommitResult } from '../../messaging/data';
import { IMPORT_PART_ROWS, RESTORE_PART_ROWS, rowsWithin, UPLOAD_BYTES } from '../../core/data/import-plan';
import { importWritten } from '../../db/data';
import { db } from '../../db/db';
import { send } from '../../messaging/runtime';

/** Rows per message, at most: fewer when they are long (see UPLOAD_BYTES). */
export const ROWS_PER_MESSAGE = 2_000;

/**
 * Where the rows to commit come from: the import worker, or an array on the page. Each URL
 * once (and each item id, for a backup): a row's twin may fall in another part, so they are
 * left out before the write, and `skipped` counts them.
 */
export interface RowSource {
  count: number;
  skipped: number;
  /** Up to `count` rows from `from`, and `maxBytes` together: core/data/import-plan `rowsWithin`. */
  rows(from: number, count: number, maxBytes: number, atLeastOne: boolean): Promise<{ rows: unknown[]; bytes: number }>;
}

export const arraySource = (rows: readonly unknown[], skipped = 0): RowSource => ({
  count: rows.length,
  skipped,
  rows: async (from, count, maxBytes, atLeastOne) => rowsWithin(rows, from, count, maxBytes, atLeastOne),
});

export interface UploadControl {
  /** The share of the rows in the library (and of the part being sent), as it grows. */
  onProgress?: (fraction: number) => void;
  /**
   * Checked before each message: when set, the part being sent is dropped and nothing more is
   * written. Parts written before stay (the answer says how many rows).
   */
  cancelled?: () => boolean;
  /**
   * The upload's id. Give the same one to a retry of the same rows: an upload the worker was
   * stopped in the middle of then goes on from the last part it wrote (see db/data.ts).
   */
  uploadId?: string;
}

/** Rows the stored progress says are in the library (pages read the database directly). */
const storedProgress = (uploadId: string) => importWritten(db(), uploadId).catch(() => 0);

/** Parts in a row answered `expired` without progress before the page gives up. */
const EXPIRED_TRIES = 3;

/**
 * Writes the rows in parts (50 000 rows of an import, 5 000 items of a restore; fewer in one
 * transaction, all or nothing): each part is sent in messages, then written by the worker with
 * the upload's progress, and the next part starts where the stored progress ends. So a retry
 * with the same `uploadId`, after a stopped worker, a full disk or a cancel, goes on from the
 * last part written, and no row is written twice. The worker holds one part at a time.
 * If the worker stops during a part or cannot be reached, the answer says the write did not
 * finish, and how many rows of it were in by then.
 */
export async function commitRows(
  source: RowSource,
  action: CommitAction,
  control: UploadControl = {},
): Promise<CommitResult> {
  const uploadId = control.uploadId ?? crypto.randomUUID();
  const partRows = action.kind === 'import' ? IMPORT_PART_ROWS : RESTORE_PART_ROWS;
  const total = source.count;
  const progress = (rows: number) => control.onProgress?.(Math.min(1, rows / Math.max(total, 1)));
  const failed = async (reason: 'interrupted' | 'cancelled', detail: string): Promise<CommitResult> => {
    if (reason === 'cancelled') await send('data-discard', { uploadId }).catch(() => undefined);
    const written = await storedProgress(uploadId);
    return { ok: false, reason, detail, ...(written ? { written } : {}) };
  };
  let done = await storedProgress(uploadId);
  let expired = 0;
  progress(done);
  try {
    for (;;) {
      // A part ends after `partRows` rows or UPLOAD_BYTES.part characters, and each message
      // after ROWS_PER_MESSAGE rows or UPLOAD_BYTES.message: long rows make both shorter.
      const last = Math.min(total, done + partRows);
      let end = done;
      let partBytes = 0;
      do {
        if (control.cancelled?.()) return await failed('cancelled', uploadId);
        const room = Math.min(UPLOAD_BYTES.message, UPLOAD_BYTES.part - partBytes);
        const first = end === done;
        const { rows, bytes } = await source.rows(end, Math.min(ROWS_PER_MESSAGE, last - end), room, first);
        if (!rows.length && !first) break; // the part is full
        const staged = await send('data-stage', { uploadId, offset: end, rows });
        if (!staged) return await failed('interrupted', 'no answer to data-stage');
        if (!staged.ok && staged.reason === 'too-many')
          return { ok: false, reason: 'too-many', detail: `stage refused at row ${end}` };
        if (!staged.ok) break; // the part is asked for again from the stored progress
        end += rows.length;
        partBytes += bytes;
        progress(done + (end - done) / 2);
      } while (end < last);
      if (control.cancelled?.()) return await failed('cancelled', uploadId);
      const answer: CommitResult | CommitProgress | undefined = await send('data-commit', {
        uploadId,
        total,
        end,
        action,
      });
      if (!answer) return await failed('interrupted', 'no answer to data-commit');
      if (answer.ok === true) return { ...answer, skipped: answer.skipped + source.skipped };
      if (answer.ok === 'writing') {
        done = answer.written;
        expired = 0;
        progress(done);
        continue;
      }
      if (answer.reason !== 'expired' || ++expired >= EXPIRED_TRIES) return answer;
      done = await storedProgress(uploadId);
    }
  } catch (error) {
    // Cancelling terminates the import worker, so a part being read from it fails: a cancel.
    if (control.cancelled?.()) return failed('cancelled', uploadId);
    return failed('interrupted', String(error));
  }
}
