import type { Activity } from '../core/tracking/model';
import { daySitesFromActivity } from '../core/tracking/day-sites';
import type { Backup } from '../core/data/backup';
import { dayHoursOf, emptyDay, restoredDay, totalsFromActivity, type DayTotals } from '../core/week/day-totals';
import type { ImportDraft } from '../core/data/import-draft';
import { planImport, type ImportPlan } from '../core/data/import-plan';
import { planImportedHighlights } from '../core/data/import-highlights';
import type { Item } from '../core/item/model';
import type { Highlight } from '../core/highlight/model';
import { activityKey, planRestore, type RestorePlan } from '../core/data/restore-plan';
import type { Table } from 'dexie';
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

/** URLs looked up at once by `itemsByUrl`: bounds the requests (and promises) in flight. */
const LOOKUP_CHUNK = 10_000;

/**
 * The library's items with these URLs, by URL: all an import plan needs to read. `anyOf` walks
 * the URL index with one cursor, a round trip per key it lands on, one after the other: cheap
 * on a small library, but an import's part into a large one paid a serial round trip per row,
 * and parts slowed as the library grew. Unless the library is small against the URLs asked (8 times fewer items than URLs: the cursor's steps are bounded by the library's size), each
 * URL is looked up on its own, all at once, which the database pipelines.
 */
export async function itemsByUrl(database: LearnmarkDb, urls: readonly string[]): Promise<Map<string, Item>> {
  const unique = [...new Set(urls)];
  return database.transaction('r', database.items, async () => {
    const library = await database.items.count();
    if (library * 8 < unique.length) {
      const found = await database.items.where('url').anyOf(unique).toArray();
      return new Map(found.map((item) => [item.url, item]));
    }
    const byUrl = new Map<string, Item>();
    for (let i = 0; i < unique.length; i += LOOKUP_CHUNK) {
      const found = await Promise.all(
        unique.slice(i, i + LOOKUP_CHUNK).map((url) => database.items.where('url').equals(url).first()),
      );
      for (const item of found) if (item) byUrl.set(item.url, item);
    }
    return byUrl;
  });
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
 * at that moment, and if any write fails (quota, a bad row) nothing of it is kept. The items'
 * search words are computed as they are written (the database layer), not left to a second
 * pass over the library: an import's rows are short (no page text), and rewriting a million
 * items later costs more than the words themselves.
 */
export function commitImport(
  database: LearnmarkDb,
  drafts: readonly ImportDraft[],
  ctx: ImportContext,
): Promise<ImportPlan> {
  return database.transaction('rw', [database.items, database.goals, database.highlights], async () => {
    const goalId = ctx.goalId && (await database.goals.get(ctx.goalId)) ? ctx.goalId : null;
    const existing = await itemsByUrl(
      database,
      drafts.map((d) => d.url),
    );
    const plan = planImport(drafts, existing, { ...ctx, goalId });
    if (ctx.batch) for (const item of [...plan.add, ...plan.update]) item.importBatch = ctx.batch;
    await database.items.bulkAdd(plan.add);
    await database.items.bulkPut(plan.update);
    const itemByUrl = new Map([...existing, ...plan.add.map((i) => [i.url, i] as const)]);
    await database.highlights.bulkAdd(await importedHighlights(database, drafts, itemByUrl, ctx.newId));
    return plan;
  });
}

/** Counts of what a part did. */
type PartCounts = Pick<ImportProgress, 'added' | 'updated' | 'skipped'>;
/** A part of an upload: its rows `start` to `start + rows` (as sent, before any was refused). */
export interface PartSpan {
  start: number;
  rows: number;
}

/**
 * Writes one part of the upload `uploadId` (rows `start` to `start + rows`) with `write`, and
 * the upload's progress, in ONE transaction on `tables`, only if the stored progress says the
 * parts before it are written and this one is not: else it writes nothing and answers null
 * (a part sent twice, or one missing). A worker stopped mid-part loses that part whole, and the
 * page sends it again from the stored progress: nothing is lost or doubled. The first part of
 * an upload clears what earlier ones left of their progress.
 */
function writePart(
  database: LearnmarkDb,
  tables: Table[],
  uploadId: string,
  { start, rows }: PartSpan,
  /** Now, for an import (a restore keeps no start). */
  now: number | null,
  write: (startedAt: number) => Promise<PartCounts>,
): Promise<ImportProgress | null> {
  return database.transaction('rw', [...tables, database.imports], async () => {
    const before = (await database.imports.get(uploadId)) ?? {
      id: uploadId,
      done: 0,
      added: 0,
      updated: 0,
      skipped: 0,
    };
    if (before.done !== start) return null;
    if (start === 0) await database.imports.clear();
    const startedAt = before.startedAt ?? now;
    const did = await write(startedAt ?? 0);
    const after: ImportProgress = {
      id: uploadId,
      done: start + rows,
      added: before.added + did.added,
      updated: before.updated + did.updated,
      skipped: before.skipped + did.skipped,
      ...(startedAt === null ? {} : { startedAt }),
    };
    await database.imports.put(after);
    return after;
  });
}

/**
 * One part of a large import (see `IMPORT_PART_ROWS`): `drafts` are the part's rows, each URL
 * once over the whole upload (`firstOfEachUrl`, on the page). Null when the stored progress
 * does not end where the part starts (see writePart).
 *
 * The person may delete items while the parts are written (the library stays usable). Each
 * part is one transaction with the items, so a delete lands wholly before or after it, and
 * the delete takes highlights and cards along: nothing is left orphaned. An item deleted since
 * the import began is not brought back by a later part that names its address (it was in the
 * library, so the file would have merged into it): that row is skipped.
 */
export function commitImportPart(
  database: LearnmarkDb,
  uploadId: string,
  part: PartSpan,
  drafts: readonly ImportDraft[],
  ctx: ImportContext,
): Promise<ImportProgress | null> {
  const tables = [database.items, database.goals, database.highlights, database.trash];
  return writePart(database, tables, uploadId, part, ctx.now, async (startedAt) => {
    const deleted = await database.trash.where('deletedAt').aboveOrEqual(startedAt).toArray();
    const gone = new Set(deleted.map((t) => t.item.url));
    const kept = gone.size ? drafts.filter((d) => !gone.has(d.url)) : drafts;
    const plan = await commitImport(database, kept, ctx);
    const skipped = plan.skipped.length + drafts.length - kept.length;
    return { added: plan.add.length, updated: plan.update.length, skipped };
  });
}

/**
 * One part of a restore (see `RESTORE_PART_ROWS` and `restorePart`): `backup` holds that part's
 * items and what hangs on them. Null when the stored progress does not end where it starts.
 */
export function commitRestorePart(
  database: LearnmarkDb,
  uploadId: string,
  part: PartSpan,
  backup: Backup,
  newId: () => string,
): Promise<ImportProgress | null> {
  return writePart(database, restoreTables(database), uploadId, part, null, async () => {
    const plan = await commitRestore(database, backup, newId);
    return { added: plan.items.add.length, updated: plan.items.update.length, skipped: plan.items.skipped.length };
  });
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
      // A takeaway's card is the card of the item its page is here, whatever its id in the file.
      reviewedIds: new Set(
        await database.reviewCards
          .where('sourceId')
          .anyOf([...backup.reviewCards.map((c) => c.sourceId), ...[...items.values()].map((i) => i.id)])
          .keys(),
      ) as Set<string>,
      logEntryIds: new Set(
        await database.logEntries
          .where('id')
          .anyOf(backup.logEntries.map((l) => l.id))
          .primaryKeys(),
      ),
      reviewLogIds: new Set(
        await database.reviewLog
          .where('id')
          .anyOf(backup.reviewLog.map((r) => r.id))
          .primaryKeys(),
      ),
      dayHours: new Map(
        dayHoursOf((await database.days.bulkGet(backup.days.map((d) => d.day))).filter((d): d is DayTotals => !!d)).map(
          (d) => [d.day, d.distractionByHour],
        ),
      ),
    },
    newId,
  );
}

/** Restores a backup's rows in ONE transaction; the day totals of restored days are rebuilt. */
const restoreTables = (database: LearnmarkDb) => [
  database.items,
  database.goals,
  database.activity,
  database.nudges,
  database.days,
  database.daySites,
  database.pendingIndex,
  database.highlights,
  database.reviewCards,
  database.logEntries,
  database.reviewLog,
];

/**
 * Restored days' totals and time per site are rebuilt from their activity, keeping their hours
 * and earned play.
 */
async function restoreDays(database: LearnmarkDb, plan: RestorePlan): Promise<void> {
  const days = [...new Set([...plan.activity.map((a) => a.day), ...plan.days.map((d) => d.day)])];
  if (!days.length) return;
  const here = await database.days.bulkGet(days);
  const activity = await database.activity.where('day').anyOf(days).toArray();
  await database.daySites.bulkPut(daySitesFromActivity(activity));
  const rebuilt = new Map(totalsFromActivity(activity).map((t) => [t.day, t]));
  const hours = new Map(plan.days.map((d) => [d.day, d.distractionByHour]));
  await database.days.bulkPut(
    days.map((day, i) => restoredDay(rebuilt.get(day) ?? here[i] ?? emptyDay(day), here[i], hours.get(day))),
  );
}

export function commitRestore(database: LearnmarkDb, backup: Backup, newId: () => string): Promise<RestorePlan> {
  return database.transaction('rw', restoreTables(database), async () => {
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
    await database.reviewLog.bulkAdd(plan.reviewLog);
    await restoreDays(database, plan);
    return plan;
  });
}
