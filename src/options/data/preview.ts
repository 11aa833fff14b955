import { now } from '../../platform/clock';
import type { Backup, InvalidRow } from '../../core/data/backup';
import type { ImportDraft, ImportProblem } from '../../core/data/import-draft';
import { mapHtmlLinks, type ImportFormat } from '../../core/data/import-formats';
import {
  allAlreadySaved,
  countImport,
  firstOfEachUrl,
  summarizeImport,
  type ImportSummary,
} from '../../core/data/import-plan';
import { firstOfEachItem, type RestorePlan } from '../../core/data/restore-plan';
import { importedHighlights, itemsByUrl, planRestoreNow } from '../../db/data';
import { db } from '../../db/db';
import type { Loaded } from './read-file';

// Previews are planned from the database directly (architecture: pages read, the worker
// writes), with the same core functions the worker's commit runs. This module runs in the
// import worker as well as on the page: it must not touch `browser` or the DOM.

/** Problems a preview carries in full; the rest are counted. */
const SHOWN_PROBLEMS = 50;

/** What a chosen file will do: small enough to pass between threads, whatever the file's size. */
export interface Preview {
  kind: ImportFormat | 'backup';
  added: number;
  updated: number;
  /** The first SHOWN_PROBLEMS problems, by line. */
  problems: ImportProblem[];
  problemCount: number;
  goalId: string | null;
  folder: string | null;
  /** Backup rows dropped because they were damaged. */
  invalid: number;
  /** Goals a restore adds or updates. */
  goals: number;
  /** Rows the commit sends: drafts of an import, items of a backup, each URL (and id) once. */
  rows: number;
  /** Rows left out before the write: a URL (or a backup item's id) an earlier row has. */
  twins: number;
  /** Highlights the file adds to its pages (Pocket's zip, a backup), none the library has. */
  highlights: number;
  /**
   * A restore's other rows that change this library: time per day and host, hours of a day,
   * nudges, logged learning, review cards (a backup of those alone is worth restoring).
   */
  records: number;
  /** An import's sample rows, dates and tags (absent for a backup). */
  summary?: ImportSummary;
  /** Everything in the file is in the library already: said in one line, not row by row. */
  allKnown?: boolean;
}

/** Ids only matter for the commit, which makes its own: the preview needs none. */
const previewId = () => 'preview';

async function previewImport(drafts: readonly ImportDraft[], goalId: string | null) {
  const existing = await itemsByUrl(
    db(),
    drafts.map((d) => d.url),
  );
  // Pages not saved yet stand in with no text, as the commit would add them.
  const itemByUrl = new Map(drafts.map((d) => [d.url, existing.get(d.url) ?? { id: `new ${d.url}`, text: '' }]));
  const highlights = await importedHighlights(db(), drafts, itemByUrl, previewId);
  const plan = countImport(drafts, existing, { now: now(), newId: previewId, goalId });
  const twins = plan.skipped.filter((p) => p.reason === 'duplicate-in-file').length;
  return { ...plan, highlights: highlights.length, twins };
}

function previewRestore(backup: Backup): Promise<RestorePlan> {
  return planRestoreNow(db(), backup, previewId);
}

/** The first problems by line, without sorting a million of them. */
function firstProblems(lists: readonly (readonly ImportProblem[])[]): ImportProblem[] {
  return lists
    .flatMap((list) => list.slice(0, SHOWN_PROBLEMS))
    .sort((a, b) => a.line - b.line)
    .slice(0, SHOWN_PROBLEMS);
}

/** A backup's items that were left out for a reason the person can act on, as problems. */
const invalidItems = (invalid: readonly InvalidRow[]): ImportProblem[] =>
  invalid.flatMap((row): ImportProblem[] => {
    if (row.reason === 'impossible-card')
      return [{ line: row.index + 1, reason: row.reason, detail: row.detail ?? '', where: 'card' }];
    return row.table === 'items' && row.reason !== 'damaged'
      ? [{ line: row.index + 1, reason: row.reason, detail: '' }]
      : [];
  });

/** The drafts an import commits: for a bookmark file, only those of the chosen folder. */
function importDrafts(file: Extract<Loaded, { kind: 'import' }>, folder: string | null): ImportDraft[] {
  return folder !== null && file.links
    ? mapHtmlLinks(file.links, file.format as 'bookmarks-html', now(), folder).drafts
    : file.mapped.drafts;
}

/**
 * The rows a commit sends, each URL once (and each id, for a backup): drafts of an import (of
 * the chosen folder), items of a backup; `twins` counts those left out.
 */
export function sendableRows(
  file: Extract<Loaded, { kind: 'import' | 'backup' }>,
  folder: string | null,
): { rows: readonly unknown[]; twins: number } {
  if (file.kind === 'backup') {
    const { unique, skipped } = firstOfEachItem(file.backup.items);
    return { rows: unique, twins: skipped };
  }
  const { unique, duplicates } = firstOfEachUrl(importDrafts(file, folder));
  return { rows: unique, twins: duplicates.length };
}

export async function planPreview(
  file: Extract<Loaded, { kind: 'import' | 'backup' }>,
  goalId: string | null,
  folder: string | null,
): Promise<Preview> {
  if (file.kind === 'backup') {
    const restore = await previewRestore(file.backup);
    const twins = firstOfEachItem(file.backup.items).skipped;
    const listed = invalidItems(file.invalid);
    return {
      kind: 'backup',
      added: restore.items.add.length,
      updated: restore.items.update.length,
      problems: firstProblems([listed, restore.items.skipped]),
      problemCount: listed.length + restore.items.skipped.length,
      goalId,
      folder,
      invalid: file.invalid.length - listed.length,
      goals: restore.goals.add.length + restore.goals.update.length,
      rows: file.backup.items.length - twins,
      twins,
      highlights: restore.highlights.length,
      records:
        restore.activity.length +
        restore.days.length +
        restore.nudges.length +
        restore.logEntries.length +
        restore.reviewLog.length +
        restore.reviewCards.length,
    };
  }
  const mapped =
    folder !== null && file.links
      ? mapHtmlLinks(file.links, file.format as 'bookmarks-html', now(), folder)
      : file.mapped;
  const plan = await previewImport(mapped.drafts, goalId);
  return {
    kind: file.format,
    added: plan.added,
    updated: plan.update.length,
    problems: firstProblems([mapped.problems, plan.skipped]),
    problemCount: mapped.problems.length + plan.skipped.length,
    goalId,
    folder,
    invalid: 0,
    goals: 0,
    rows: mapped.drafts.length - plan.twins,
    twins: plan.twins,
    highlights: plan.highlights,
    records: 0,
    summary: summarizeImport(mapped.drafts),
    allKnown:
      mapped.problems.length === 0 && plan.highlights === 0 && allAlreadySaved(plan, plan.added, plan.update.length),
  };
}
