import { sanitizeItem } from '../core/data/backup-validate';
import type { ImportDraft } from '../core/data/import-draft';
import { normalizeUrl } from '../core/item/url';
import { commitImport, commitRestore } from '../db/data';
import { db } from '../db/db';
import { indexPending } from '../db/search-index';
import { isQuotaError } from '../db/items';
import { parseSettings } from '../core/tracking/settings';
import { SETTINGS_KEY, saveSettings } from '../db/tracking-settings';
import type { CommitAction, CommitResult } from '../messaging/data';
import type { HandlersFor } from '../messaging/runtime';
import { now } from '../platform/clock';

/** Rows sent ahead of a commit, by upload id. Memory only: see DataMessages. */
const staged = new Map<string, unknown[]>();
const MAX_STAGED_ROWS = 250_000;

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
  void indexPending(db()).catch(() => undefined);
}

export async function commit(uploadId: string, action: CommitAction): Promise<CommitResult> {
  const rows = staged.get(uploadId);
  staged.delete(uploadId);
  if (!rows) return { ok: false, reason: 'expired', detail: uploadId };
  const newId = () => crypto.randomUUID();
  try {
    if (action.kind === 'import') {
      const plan = await commitImport(db(), rows.filter(isDraft), { now: now(), newId, goalId: action.goalId });
      indexInBackground();
      return { ok: true, added: plan.add.length, updated: plan.update.length, skipped: plan.skipped.length };
    }
    const items = rows.map(sanitizeItem).filter((i) => i !== null);
    const plan = await commitRestore(db(), { ...action.backup, items }, newId);
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
    if (isQuotaError(error)) return { ok: false, reason: 'storage-full', detail: String(error) };
    return { ok: false, reason: 'error', detail: String(error) };
  }
}

/** Import and restore writes: the options page parses and previews, the worker commits. */
export const dataHandlers: HandlersFor<'data-stage' | 'data-commit'> = {
  'data-stage': async ({ uploadId, rows }) => {
    const list = staged.get(uploadId) ?? [];
    if (!Array.isArray(rows) || list.length + rows.length > MAX_STAGED_ROWS) return { ok: false };
    list.push(...rows);
    staged.set(uploadId, list);
    return { ok: true };
  },
  'data-commit': ({ uploadId, action }) => commit(uploadId, action),
};
