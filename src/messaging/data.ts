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
  /** Rows of a large import its earlier parts wrote before it stopped (absent: none). */
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
 * Messages of the data flow (options page → worker). A large import is sent in parts
 * (`data-stage`, a few thousand rows each, under the browser's message size limit, each saying
 * at which row it starts), then written by `data-commit`, which checks it holds all `total`
 * rows: in one transaction up to 50 000 rows; beyond, in parts of that size, each answer
 * saying how far it got (`CommitProgress`) until the last says what was done. Staged parts live only in the worker's memory, one upload at a time:
 * a new upload, `data-discard`, a commit or a few idle minutes drop them. If the worker was
 * stopped in between, a part or the commit answers `expired` and the page sends again.
 */
export interface DataMessages {
  'data-stage': { request: { uploadId: string; offset: number; rows: unknown[] }; response: StageResult };
  'data-commit': {
    request: { uploadId: string; total: number; action: CommitAction };
    response: CommitResult | CommitProgress;
  };
  'data-discard': { request: { uploadId: string }; response: { ok: true } };
}
