import { sanitizeItem, sanitizeLogEntry } from '../core/data/backup-validate';
import type { ImportDraft } from '../core/data/import-draft';
import { normalizeUrl } from '../core/item/url';
import { firstOfEachUrl } from '../core/data/import-plan';
import { commitImportPart, commitRestore } from '../db/data';
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
 * Rows sent ahead of a commit, by upload id. Memory only: see DataMessages. Limits: an upload
 * holds at most as many rows as an import file may have; all uploads together no more (a new
 * upload drops the others); an upload untouched for a few minutes is dropped.
 */
export const STAGE_LIMITS = { perUpload: 1_000_000, total: 1_000_000, idleMs: 3 * 60_000 } as const;
interface Upload {
  rows: unknown[];
  touched: number;
  /** Once the write begins: the rows, each URL once, and the library's URLs then. */
  drafts?: ReturnType<typeof firstOfEachUrl>;
  known?: Set<string>;
}
const staged = new Map<string, Upload>();
let sweepTimer: ReturnType<typeof setTimeout> | undefined;

function sweep(at = now()): void {
  for (const [id, upload] of staged) if (at - upload.touched >= STAGE_LIMITS.idleMs) staged.delete(id);
  clearTimeout(sweepTimer);
  sweepTimer = staged.size ? setTimeout(() => sweep(), STAGE_LIMITS.idleMs) : undefined;
}

/** How many rows are staged, over all uploads (for tests and the limits). */
export const stagedRows = () => [...staged.values()].reduce((sum, u) => sum + u.rows.length, 0);

function stage(uploadId: string, offset: unknown, rows: unknown): StageResult {
  sweep();
  let upload = staged.get(uploadId);
  if (!upload) {
    // A new upload: whatever an earlier one left (refused, abandoned) is dropped, and the
    // first part must start at row 0, or this is the rest of an upload a stopped worker lost.
    staged.clear();
    if (offset !== 0) return { ok: false, reason: 'expired' };
    upload = { rows: [], touched: now() };
    staged.set(uploadId, upload);
  }
  if (offset !== upload.rows.length) {
    staged.delete(uploadId);
    return { ok: false, reason: 'expired' };
  }
  if (
    !Array.isArray(rows) ||
    upload.rows.length + rows.length > STAGE_LIMITS.perUpload ||
    stagedRows() + rows.length > STAGE_LIMITS.total
  ) {
    staged.delete(uploadId);
    return { ok: false, reason: 'too-many' };
  }
  for (const row of rows) upload.rows.push(row);
  upload.touched = now();
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
 * Writes the import's next part (db/data.ts) and answers: the last part with what was done,
 * the others with how far the write got, so the page asks again and shows its progress. The
 * rows stay staged until the last part is written. One part per message keeps each message well
 * within the five minutes Chromium allows one event.
 */
async function writeImport(
  uploadId: string,
  upload: Upload,
  goalId: string | null,
): Promise<CommitResult | CommitProgress> {
  upload.drafts ??= firstOfEachUrl(upload.rows.filter(isDraft));
  upload.known ??= new Set((await db().items.orderBy('url').keys()).map(String));
  const { unique, duplicates } = upload.drafts;
  const ctx = { now: now(), newId, goalId, batch: uploadId };
  const progress = await commitImportPart(db(), uploadId, unique, ctx, { known: upload.known }).catch(() => {
    // A URL saved since the write began (see commitImportPart): this part looks up every URL.
    upload.known = undefined;
    return commitImportPart(db(), uploadId, unique, ctx);
  });
  upload.touched = now();
  if (progress.done < unique.length) return { ok: 'writing', written: progress.done, of: unique.length };
  staged.delete(uploadId);
  // The import wrote its own search words; this finishes what others left queued (an upgrade,
  // a restore) while the worker is awake.
  indexInBackground();
  return {
    ok: true,
    added: progress.added,
    updated: progress.updated,
    skipped: progress.skipped + duplicates.length,
    batch: uploadId,
  };
}

async function commit(uploadId: string, total: number, action: CommitAction): Promise<CommitResult | CommitProgress> {
  const upload = staged.get(uploadId);
  sweep();
  // Missing parts would be a half-written import: the page sends the whole upload again.
  if (!upload || upload.rows.length !== total) {
    staged.delete(uploadId);
    return { ok: false, reason: 'expired', detail: uploadId };
  }
  upload.touched = now();
  try {
    if (action.kind === 'import') return await writeImport(uploadId, upload, action.goalId);
    staged.delete(uploadId);
    const items = upload.rows.map(sanitizeItem).filter((i) => i !== null);
    // Files from before log entries have none; each row is checked again here, the page being
    // no more trusted than the file.
    const logEntries = (Array.isArray(action.backup.logEntries) ? action.backup.logEntries : [])
      .map(sanitizeLogEntry)
      .filter((l) => l !== null);
    const plan = await commitRestore(db(), { ...action.backup, items, logEntries }, newId);
    indexInBackground();
    // storage.sync is outside the database transaction: written only once the rows are in.
    const tracking = action.backup.settings[SETTINGS_KEY];
    if (tracking) await saveSettings(parseSettings(tracking));
    return {
      ok: true,
      added: plan.items.add.length,
      updated: plan.items.update.length,
      skipped: plan.items.skipped.length,
    };
  } catch (error) {
    staged.delete(uploadId);
    // The page says the write failed; the person can read why in Options → About.
    void recordProblem('dataCommit', error);
    if (isQuotaError(error)) return { ok: false, reason: 'storage-full', detail: String(error) };
    return { ok: false, reason: 'error', detail: String(error) };
  }
}

/** Import and restore writes: the options page parses and previews, the worker commits. */
export const dataHandlers: HandlersFor<'data-stage' | 'data-commit' | 'data-discard'> = {
  'data-stage': async ({ uploadId, offset, rows }) => stage(uploadId, offset, rows),
  'data-commit': ({ uploadId, total, action }) => commit(uploadId, total, action),
  'data-discard': async ({ uploadId }) => {
    staged.delete(uploadId);
    sweep();
    return { ok: true };
  },
};
