import type { LogDraft, LogEntry } from '../core/log/model';

/** Learning logged by hand (popup and goal view → worker). */
export interface LogMessages {
  /** Adds an entry, or changes the one with `id`; null when that one is gone. */
  'log-save': { request: LogDraft & { id?: string }; response: LogEntry | null };
  /** Answers what was removed, for Undo. */
  'log-delete': { request: { id: string }; response: LogEntry | null };
  'log-restore': { request: LogEntry; response: LogEntry };
}
