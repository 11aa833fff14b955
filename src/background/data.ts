import { sanitizeItem, sanitizeLogEntry } from '../core/data/backup-validate';
import type { ImportDraft } from '../core/data/import-draft';
import { normalizeUrl } from '../core/item/url';
import { commitImport, commitRestore } from '../db/data';
import { db } from '../db/db';
import { indexPending } from '../db/search-index';
import { isQuotaError } from '../db/items';
import { recordProblem } from '../db/problems';
import { parseSettings } from '../core/tracking/settings';
import { SETTINGS_KEY, saveSettings } from '../db/tracking-settings';
import type { CommitAction, CommitResult, StageResult } from '../messaging/data';
import type { HandlersFor } from '../messaging/listener';
import { now } from '../platform/clock';

/**
 * Rows sent ahead of a commit, by upload id. Memory only: see DataMessages. Limits: an upload
 * holds at most as many rows as an import file may have; all uploads together no more (a new
 * upload drops the others); an upload untouched for a few minutes is dropped.
 */
export const STAGE_LIMITS = { perUpload: 1_000_000, total: 1_000_000, idleMs: 3 * 60_000 } as const;
const staged = new Map<string, { rows: unknown[]; touched: number }>();
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

async function commit(uploadId: string, total: number, action: CommitAction): Promise<CommitResult> {
  const rows = staged.get(uploadId)?.rows;
  staged.delete(uploadId);
  sweep();
  // Missing parts would be a half-written import: the page sends the whole upload again.
  if (!rows || rows.length !== total) return { ok: false, reason: 'expired', detail: uploadId };
  const newId = () => crypto.randomUUID();
  try {
    if (action.kind === 'import') {
      const plan = await commitImport(db(), rows.filter(isDraft), { now: now(), newId, goalId: action.goalId });
      indexInBackground();
      return { ok: true, added: plan.add.length, updated: plan.update.length, skipped: plan.skipped.length };
    }
    const items = rows.map(sanitizeItem).filter((i) => i !== null);
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
