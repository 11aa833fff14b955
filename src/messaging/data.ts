import type { Backup } from '../core/data/backup';

/**
 * Why nothing was written. `expired`: the worker no longer holds the upload (it was stopped, a
 * newer upload replaced it, or it timed out); `too-many`: over the staging limit; `interrupted`:
 * the worker stopped before it answered; `cancelled`: the person cancelled.
 */
export type CommitFailure = {
  ok: false;
  reason: 'storage-full' | 'expired' | 'too-many' | 'interrupted' | 'cancelled' | 'error';
  detail: string;
  /** Rows of the upload its earlier parts wrote before it stopped or failed (absent: none). */
  written?: number;
};
export type CommitResult =
  /** `batch`: an import's id, which its items carry (the library's `?batch=` view). */
  { ok: true; added: number; updated: number; skipped: number; batch?: string } | CommitFailure;
/**
 * A large import's write is under way: `written` of `of` rows are in the library (each part
 * in its own transaction, see db/data.ts), and the page asks again for the rest.
 */
export type CommitProgress = { ok: 'writing'; written: number; of: number };

/** What to do with the rows staged under an upload id. */
export type CommitAction =
  | { kind: 'import'; goalId: string | null }
  /** The backup without its items: those were staged. */
  | { kind: 'restore'; backup: Omit<Backup, 'items'> };

export type StageResult = { ok: true } | { ok: false; reason: 'expired' | 'too-many' };

/**
 * Messages of the data flow (options page → worker). Rows are written in parts (50 000 rows
 * of an import, 5 000 items of a restore; fewer is one part, all or nothing). The page sends a
 * part's rows (`data-stage`, a few thousand rows each, under the browser's message size limit,
 * each saying at which row of the upload it starts), then `data-commit` writes that part in
 * one transaction with the upload's progress, and answers how far the upload got
 * (`CommitProgress`), the last part what was done. The worker holds one part at a time, in
 * memory only: a new upload, `data-discard`, a commit or a few idle minutes drop it. A part
 * the worker lost (stopped between messages) or that does not start where the stored
 * progress ends answers `expired`, and the page sends again from the stored progress.
 */
export interface DataMessages {
  'data-stage': { request: { uploadId: string; offset: number; rows: unknown[] }; response: StageResult };
  'data-commit': {
    /**
     * `end`: the row after the part's last, when the page ended it early (its rows were long,
     * see UPLOAD_BYTES); absent, the part is a whole part of rows.
     */
    request: { uploadId: string; total: number; end?: number; action: CommitAction };
    response: CommitResult | CommitProgress;
  };
  'data-discard': { request: { uploadId: string }; response: { ok: true } };
}
