import type { Preview } from './preview';

/** An error a file gives: `message` is a `_locales` key, `args` its substitutions. */
export interface ReadError {
  message: string;
  line?: number;
  args?: string[];
}

/** What the import worker is asked, each with an `id` its answer carries back. */
export type ToWorker =
  | { id: number; type: 'read'; file: Blob; now: number }
  | { id: number; type: 'plan'; goalId: string | null }
  /** Rows to commit (drafts of an import, items of a backup): core/data/import-plan `rowsWithin`. */
  | { id: number; type: 'rows'; from: number; count: number; maxBytes: number; atLeastOne: boolean }
  /** A backup without its items: what the restore commit carries besides the rows. */
  | { id: number; type: 'rest' };

export type ReadAnswer =
  | { result: 'error'; error: ReadError }
  /** HTML is parsed on the page (workers have no DOMParser): the decoded text. */
  | { result: 'html'; text: string }
  | { result: 'ready'; preview: Preview };

export type FromWorker =
  | { type: 'progress'; fraction: number }
  | { id: number; type: 'answer'; value: unknown }
  | { id: number; type: 'failed'; detail: string };
