import type { Activity } from '../core/tracking/model';
import type { Backup } from '../core/data/backup';
import { totalsFromActivity } from '../core/week/day-totals';
import type { ImportDraft } from '../core/data/import-draft';
import { planImport, type ImportPlan } from '../core/data/import-plan';
import type { Item } from '../core/item/model';
import { activityKey, planRestore, type RestorePlan } from '../core/data/restore-plan';
import type { LearnmarkDb } from './db';
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
}

/**
 * Plans and writes an import in ONE transaction: the plan is made from what the library holds
 * at that moment, and if any write fails (quota, a bad row) nothing of it is kept.
 */
export function commitImport(
  database: LearnmarkDb,
  drafts: readonly ImportDraft[],
  ctx: ImportContext,
): Promise<ImportPlan> {
  return database.transaction('rw', database.items, database.goals, database.pendingIndex, async () => {
    const goalId = ctx.goalId && (await database.goals.get(ctx.goalId)) ? ctx.goalId : null;
    const plan = planImport(
      drafts,
      await itemsByUrl(
        database,
        drafts.map((d) => d.url),
      ),
      { ...ctx, goalId },
    );
    await deferIfBulk(database, [...plan.add, ...plan.update]);
    await database.items.bulkAdd(plan.add);
    await database.items.bulkPut(plan.update);
    return plan;
  });
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
