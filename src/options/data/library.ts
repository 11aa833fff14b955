import browser from 'webextension-polyfill';
import { makeBackup, type Backup } from '../../core/data/backup';
import type { ImportDraft } from '../../core/data/import-draft';
import { planImport, type ImportPlan } from '../../core/data/import-plan';
import type { RestorePlan } from '../../core/data/restore-plan';
import { itemsByUrl, planRestoreNow } from '../../db/data';
import { db } from '../../db/db';
import { now } from '../../platform/clock';

// The options page reads the database directly (architecture: pages read, the worker writes):
// the preview is planned here with the same core functions the worker's commit runs.

/** Ids only matter for the commit, which makes its own: the preview needs none. */
const previewId = () => 'preview';

export async function previewImport(drafts: readonly ImportDraft[], goalId: string | null): Promise<ImportPlan> {
  const existing = await itemsByUrl(
    db(),
    drafts.map((d) => d.url),
  );
  return planImport(drafts, existing, { now: now(), newId: previewId, goalId });
}

export function previewRestore(backup: Backup): Promise<RestorePlan> {
  return planRestoreNow(db(), backup, previewId);
}

/** Everything the person has, as one backup file's content. */
export async function buildBackup(at = now()): Promise<Backup> {
  const database = db();
  const [items, goals, activity, nudges, settings] = await Promise.all([
    database.items.toArray(),
    database.goals.toArray(),
    database.activity.toArray(),
    database.nudges.toArray(),
    browser.storage.sync.get(null),
  ]);
  return makeBackup({ items, goals, activity, nudges, settings }, at);
}
