import type { Backup } from '../core/data/backup';

export type CommitFailure = { ok: false; reason: 'storage-full' | 'expired' | 'error'; detail: string };
export type CommitResult = { ok: true; added: number; updated: number; skipped: number } | CommitFailure;

/** What to do with the rows staged under an upload id. */
export type CommitAction =
  | { kind: 'import'; goalId: string | null }
  /** The backup without its items: those were staged. */
  | { kind: 'restore'; backup: Omit<Backup, 'items'> };

/**
 * Messages of the data flow (options page → worker). A large import is sent in parts
 * (`data-stage`, a few thousand rows each, under the browser's message size limit), then
 * written by `data-commit` in one transaction. Staged parts live only in the worker's memory:
 * if the worker was stopped in between, the commit answers `expired` and the page sends again.
 */
export interface DataMessages {
  'data-stage': { request: { uploadId: string; rows: unknown[] }; response: { ok: boolean } };
  'data-commit': { request: { uploadId: string; action: CommitAction }; response: CommitResult };
}
