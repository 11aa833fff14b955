import {
  sanitizeActivity,
  sanitizeGoal,
  sanitizeHighlight,
  sanitizeItem,
  sanitizeLogEntry,
  sanitizeReviewTime,
  sanitizeDayHours,
  sanitizeNudge,
  sanitizeReviewCard,
} from '../core/data/backup-validate';
import type { Backup } from '../core/data/backup';
import type { ImportDraft } from '../core/data/import-draft';
import { normalizeUrl } from '../core/item/url';
import { firstOfEachUrl, IMPORT_PART_ROWS, RESTORE_PART_ROWS } from '../core/data/import-plan';
import { restorePart } from '../core/data/restore-plan';
import { commitImportPart, commitRestorePart, importWritten } from '../db/data';
import { db } from '../db/db';
import { indexPending } from '../db/search-index';
import { isQuotaError } from '../db/items';
import { recordProblem } from '../db/problems';
import { parseSettings } from '../core/tracking/settings';
import { SETTINGS_KEY, saveSettings } from '../db/tracking-settings';
import type { CommitAction, CommitProgress, CommitResult, StageResult } from '../messaging/data';
import type { HandlersFor } from '../messaging/listener';
import { now } from '../platform/clock';

/**
 * The rows of the part being sent, for one upload: at most one part (see `IMPORT_PART_ROWS`),
 * in memory only. A new upload, or a part not sent in order, drops it; so do a commit (written
 * or not), `data-discard`, and a few idle minutes. Nothing of an upload is held between parts:
 * its progress is in the database (db/data.ts), so a million-row import costs the worker one
 * part's memory, and a stopped worker loses at most the part being sent.
 */
export const STAGE_LIMITS = { rows: IMPORT_PART_ROWS, idleMs: 3 * 60_000 } as const;
interface Part {
  uploadId: string;
  start: number;
  rows: unknown[];
  touched: number;
}
let staged: Part | null = null;
let sweepTimer: ReturnType<typeof setTimeout> | undefined;

function sweep(at = now()): void {
  if (staged && at - staged.touched >= STAGE_LIMITS.idleMs) staged = null;
  clearTimeout(sweepTimer);
  sweepTimer = staged ? setTimeout(() => sweep(), STAGE_LIMITS.idleMs) : undefined;
}

/** How many rows are staged (for tests and the limits). */
export const stagedRows = () => staged?.rows.length ?? 0;

function stage(uploadId: string, offset: number, rows: unknown[]): StageResult {
  sweep();
  // A new upload, or the next part of this one, starts a new part at `offset`; whether that is
  // where the stored progress ends is checked when it is written.
  if (staged?.uploadId !== uploadId || !staged.rows.length)
    staged = { uploadId, start: offset, rows: [], touched: now() };
  if (offset !== staged.start + staged.rows.length) {
    staged = null;
    return { ok: false, reason: 'expired' };
  }
  if (staged.rows.length + rows.length > STAGE_LIMITS.rows) {
    staged = null;
    return { ok: false, reason: 'too-many' };
  }
  for (const row of rows) staged.rows.push(row);
  staged.touched = now();
  sweep();
  return { ok: true };
}

/** A draft from our own page, checked again: the worker is the one place that writes. */
function isDraft(row: unknown): row is ImportDraft {
  const d = row as ImportDraft;
  return (
    !!d &&
    typeof d.url === 'string' &&
    normalizeUrl(d.url) === d.url &&
    typeof d.savedAt === 'number' &&
    Array.isArray(d.tags)
  );
}

/** Indexes what a bulk write left for later, in the background; a stopped worker resumes it. */
function indexInBackground(): void {
  void indexPending(db()).catch((error: unknown) => recordProblem('searchIndex', error));
}

const newId = () => crypto.randomUUID();

/**
 * The rows of the part from `start`: up to `end` when the page ended it early (long rows, see
 * UPLOAD_BYTES), else a whole part; null when `end` is no place a part can end.
 */
function rowsOfPart(total: number, start: number, end: number | undefined, kind: CommitAction['kind']): number | null {
  const most = Math.min(kind === 'import' ? IMPORT_PART_ROWS : RESTORE_PART_ROWS, total - start);
  if (end === undefined) return most;
  return end >= start && end - start <= most ? end - start : null;
}

/** A backup's tables but its items, each row checked again here: the page is no more trusted than the file. */
function checkedRest(backup: Extract<CommitAction, { kind: 'restore' }>['backup']): Backup {
  const rows = <T>(list: unknown, check: (row: unknown) => T | null): T[] =>
    (Array.isArray(list) ? list : []).map(check).filter((row): row is T => row !== null);
  return {
    ...backup,
    items: [],
    goals: rows(backup.goals, sanitizeGoal),
    activity: rows(backup.activity, sanitizeActivity),
    nudges: rows(backup.nudges, sanitizeNudge),
    highlights: rows(backup.highlights, sanitizeHighlight),
    reviewCards: rows(backup.reviewCards, sanitizeReviewCard),
    // Files from before log entries have none.
    logEntries: rows(backup.logEntries, sanitizeLogEntry),
    // Files from before review answers were backed up have none.
    reviewLog: rows(backup.reviewLog, sanitizeReviewTime),
    // Files from before hourly figures have none.
    days: rows(backup.days, sanitizeDayHours),
  };
}

/** Writes one part: null when the stored progress does not end where it starts. */
function writePart(uploadId: string, start: number, rows: unknown[], action: CommitAction) {
  const span = { start, rows: rows.length };
  if (action.kind === 'import') {
    // Each URL once in the part: a twin would fail the part on the unique URL index.
    const { unique } = firstOfEachUrl(rows.filter(isDraft));
    return commitImportPart(db(), uploadId, span, unique, {
      now: now(),
      newId,
      goalId: action.goalId,
      batch: uploadId,
    });
  }
  const items = rows.map(sanitizeItem).filter((i) => i !== null);
  return commitRestorePart(db(), uploadId, span, restorePart(checkedRest(action.backup), items, start === 0), newId);
}

/**
 * Writes the part staged for `uploadId` and answers how far the upload got: the page then
 * sends the next part, until the last, whose answer says what was done. One part per message
 * keeps each well within the five minutes Chromium allows one event. A part that is not whole,
 * or does not start where the stored progress ends (sent twice, or one missing), is not
 * written: `expired`, and the page sends again from the stored progress.
 */
async function commit(
  uploadId: string,
  total: number,
  end: number | undefined,
  action: CommitAction,
): Promise<CommitResult | CommitProgress> {
  const part = staged?.uploadId === uploadId ? staged : null;
  staged = null;
  sweep();
  const written = () => importWritten(db(), uploadId).catch(() => 0);
  const start = part?.start ?? 0;
  if (!part || part.rows.length !== rowsOfPart(total, start, end, action.kind) || (part.rows.length === 0 && total > 0))
    return { ok: false, reason: 'expired', detail: uploadId, written: await written() };
  try {
    const progress = await writePart(uploadId, start, part.rows, action);
    if (!progress) return { ok: false, reason: 'expired', detail: uploadId, written: await written() };
    if (progress.done < total) return { ok: 'writing', written: progress.done, of: total };
    // The import wrote its own search words (a restore leaves them to the background); this
    // finishes what is queued while the worker is awake.
    indexInBackground();
    // storage.sync is outside the database transaction: written only once every row is in.
    const tracking = action.kind === 'restore' ? action.backup.settings[SETTINGS_KEY] : undefined;
    if (tracking) await saveSettings(parseSettings(tracking));
    const done = { ok: true as const, added: progress.added, updated: progress.updated, skipped: progress.skipped };
    // An import's items carry its id: the library's `?batch=` view shows just them.
    return action.kind === 'import' ? { ...done, batch: uploadId } : done;
  } catch (error) {
    // The part is lost whole (one transaction); the page says what is in, and Options → About why.
    void recordProblem('dataCommit', error);
    const reason = isQuotaError(error) ? 'storage-full' : 'error';
    return { ok: false, reason, detail: String(error), written: await written() };
  }
}

/** Import and restore writes: the options page parses and previews, the worker commits. */
export const dataHandlers: HandlersFor<'data-stage' | 'data-commit' | 'data-discard'> = {
  'data-stage': async ({ uploadId, offset, rows }) => stage(uploadId, offset, rows),
  'data-commit': ({ uploadId, total, end, action }) => commit(uploadId, total, end, action),
  'data-discard': async ({ uploadId }) => {
    if (staged?.uploadId === uploadId) staged = null;
    sweep();
    return { ok: true };
  },
};
