import type { Activity } from '../core/tracking/model';
import type { Backup } from '../core/data/backup';
import { totalsFromActivity } from '../core/week/day-totals';
import type { ImportDraft } from '../core/data/import-draft';
import { planImport, type ImportPlan } from '../core/data/import-plan';
import { planImportedHighlights } from '../core/data/import-highlights';
import type { Item } from '../core/item/model';
import type { Highlight } from '../core/highlight/model';
import { activityKey, planRestore, type RestorePlan } from '../core/data/restore-plan';
import type { ImportProgress, LearnmarkDb } from './db';
import { deferSearchIndex } from './search-index';

/** Writes of more items than this leave search indexing to the background. */
const DEFER_INDEX_OVER = 200;

async function deferIfBulk(database: LearnmarkDb, items: readonly Item[]): Promise<void> {
  if (items.length > DEFER_INDEX_OVER)
    await deferSearchIndex(
      database,
      items.map((i) => i.id),
    );
}

/** The library's items with these URLs, by URL: all an import plan needs to read. */
export async function itemsByUrl(database: LearnmarkDb, urls: readonly string[]): Promise<Map<string, Item>> {
  const found = await database.items
    .where('url')
    .anyOf([...new Set(urls)])
    .toArray();
  return new Map(found.map((item) => [item.url, item]));
}

export interface ImportContext {
  now: number;
  newId: () => string;
  goalId: string | null;
  /** Marks the items the import adds or updates, so the library can show just them. */
  batch?: string;
}

/**
 * Plans and writes an import in ONE transaction: the plan is made from what the library holds
 * at that moment (of the URLs in `known`, when given: see commitImportPart), and if any write fails (quota, a bad row) nothing of it is kept. The items'
 * search words are computed as they are written (the database layer), not left to a second
 * pass over the library: an import's rows are short (no page text), and rewriting a million
 * items later costs more than the words themselves.
 */
export function commitImport(
  database: LearnmarkDb,
  drafts: readonly ImportDraft[],
  ctx: ImportContext,
  known?: ReadonlySet<string>,
): Promise<ImportPlan> {
  return database.transaction('rw', [database.items, database.goals, database.highlights], async () => {
    const goalId = ctx.goalId && (await database.goals.get(ctx.goalId)) ? ctx.goalId : null;
    const urls = drafts.map((d) => d.url);
    const existing = await itemsByUrl(database, known ? urls.filter((u) => known.has(u)) : urls);
    const plan = planImport(drafts, existing, { ...ctx, goalId });
    if (ctx.batch) for (const item of [...plan.add, ...plan.update]) item.importBatch = ctx.batch;
    await database.items.bulkAdd(plan.add);
    await database.items.bulkPut(plan.update);
    const itemByUrl = new Map([...existing, ...plan.add.map((i) => [i.url, i] as const)]);
    await database.highlights.bulkAdd(await importedHighlights(database, drafts, itemByUrl, ctx.newId));
    return plan;
  });
}

/**
 * Rows one transaction of a large import writes. An import of up to this many rows is all or
 * nothing; a larger one is written in parts of this size, each in its own transaction with its
 * progress, because a million rows in one transaction outlive the five minutes Chromium gives
 * a service worker's event, and then nothing at all is written.
 */
const IMPORT_PART_ROWS = 50_000;

/**
 * Writes the next part of the import `uploadId` of `drafts` (each URL once: see
 * `firstOfEachUrl`), from where its stored progress says the last part ended, and that
 * progress, in ONE transaction. A worker stopped mid-part loses that part whole and, called
 * again with the same rows, writes it again from the same row: nothing is lost or doubled.
 * `known`, the library's URLs when the write began, spares each part looking up every URL in
 * a library that grows by a part each time: only those are looked up. A URL saved since then
 * makes the part fail on the unique URL index (nothing of it kept); call again without it.
 */
export function commitImportPart(
  database: LearnmarkDb,
  uploadId: string,
  drafts: readonly ImportDraft[],
  ctx: ImportContext,
  { partRows = IMPORT_PART_ROWS, known }: { partRows?: number; known?: ReadonlySet<string> } = {},
): Promise<ImportProgress> {
  return database.transaction(
    'rw',
    [database.items, database.goals, database.imports, database.highlights],
    async () => {
      const before = (await database.imports.get(uploadId)) ?? {
        id: uploadId,
        done: 0,
        added: 0,
        updated: 0,
        skipped: 0,
      };
      if (before.done === 0) await database.imports.clear(); // what earlier imports left
      const part = drafts.slice(before.done, before.done + partRows);
      const plan = await commitImport(database, part, ctx, known);
      const after: ImportProgress = {
        id: uploadId,
        done: before.done + part.length,
        added: before.added + plan.add.length,
        updated: before.updated + plan.update.length,
        skipped: before.skipped + plan.skipped.length,
      };
      await database.imports.put(after);
      return after;
    },
  );
}

/** How many rows of the import `uploadId` its parts have written (read by the page after a stop). */
export async function importWritten(database: LearnmarkDb, uploadId: string): Promise<number> {
  return (await database.imports.get(uploadId))?.done ?? 0;
}

/**
 * The highlights an import's drafts carry, on their items (by address), without repeating one
 * an item already has: what the commit writes, and what the preview counts.
 */
export async function importedHighlights(
  database: LearnmarkDb,
  drafts: readonly ImportDraft[],
  itemByUrl: ReadonlyMap<string, { id: string; text: string }>,
  newId: () => string,
): Promise<Highlight[]> {
  const marked = drafts.filter((d) => d.highlights?.length);
  if (!marked.length) return [];
  const ids = marked.flatMap((d) => itemByUrl.get(d.url)?.id ?? []);
  const have = await database.highlights.where('itemId').anyOf(ids).toArray();
  return planImportedHighlights(marked, itemByUrl, new Set(have.map((h) => `${h.itemId}\n${h.exact}`)), newId);
}

/** Plans a restore against the library as it is (the preview, and again inside the commit). */
export async function planRestoreNow(database: LearnmarkDb, backup: Backup, newId: () => string): Promise<RestorePlan> {
  const items = await itemsByUrl(
    database,
    backup.items.map((i) => i.url),
  );
  const ids = await database.items
    .where('id')
    .anyOf(backup.items.map((i) => i.id))
    .primaryKeys();
  const goals = await database.goals.toArray();
  const days = [...new Set(backup.activity.map((a) => a.day))];
  const activity: Activity[] = await database.activity.where('day').anyOf(days).toArray();
  const nudgeIds = await database.nudges
    .where('id')
    .anyOf(backup.nudges.map((n) => n.id))
    .primaryKeys();
  return planRestore(
    backup,
    {
      itemsByUrl: items,
      itemIds: new Set(ids),
      goals: new Map(goals.map((g) => [g.id, g])),
      activity: new Map(activity.map((a) => [activityKey(a), a])),
      nudgeIds: new Set(nudgeIds),
      highlightIds: new Set(
        await database.highlights
          .where('id')
          .anyOf([...backup.highlights.map((h) => h.id), ...backup.reviewCards.map((c) => c.sourceId)])
          .primaryKeys(),
      ),
      reviewedIds: new Set(
        await database.reviewCards
          .where('sourceId')
          .anyOf(backup.reviewCards.map((c) => c.sourceId))
          .keys(),
      ) as Set<string>,
      logEntryIds: new Set(
        await database.logEntries
          .where('id')
          .anyOf(backup.logEntries.map((l) => l.id))
          .primaryKeys(),
      ),
    },
    newId,
  );
}

/** Restores a backup's rows in ONE transaction; the day totals of restored days are rebuilt. */
export function commitRestore(database: LearnmarkDb, backup: Backup, newId: () => string): Promise<RestorePlan> {
  return database.transaction(
    'rw',
    [
      database.items,
      database.goals,
      database.activity,
      database.nudges,
      database.days,
      database.pendingIndex,
      database.highlights,
      database.reviewCards,
      database.logEntries,
    ],
    async () => {
      const plan = await planRestoreNow(database, backup, newId);
      await database.goals.bulkPut([...plan.goals.add, ...plan.goals.update]);
      await deferIfBulk(database, [...plan.items.add, ...plan.items.update]);
      await database.items.bulkAdd(plan.items.add);
      await database.items.bulkPut(plan.items.update);
      await database.activity.bulkPut(plan.activity);
      await database.nudges.bulkAdd(plan.nudges);
      await database.highlights.bulkAdd(plan.highlights);
      await database.reviewCards.bulkAdd(plan.reviewCards);
      await database.logEntries.bulkAdd(plan.logEntries);
      const days = [...new Set(plan.activity.map((a) => a.day))];
      if (days.length)
        await database.days.bulkPut(totalsFromActivity(await database.activity.where('day').anyOf(days).toArray()));
      return plan;
    },
  );
}
