import type { Activity, Category, Nudge, NudgeOutcome } from '../core/activity';
import { addSeconds, emptyDay } from '../core/day-totals';
import type { Item } from '../core/item';
import type { LearnmarkDb } from './db';

/** Seconds to add to one day and host, with the category they count as. */
export interface Credit {
  day: string;
  host: string;
  category: Category;
  seconds: number;
  /** The saved item whose page this was, credited with the same seconds. */
  itemId: string | null;
}

const CATEGORIES: Category[] = ['learning', 'distraction', 'neutral'];

function addTo(row: Activity | undefined, credit: Credit): Activity {
  const byCategory = { ...(row?.byCategory ?? (row ? { [row.category]: row.seconds } : {})) };
  byCategory[credit.category] = (byCategory[credit.category] ?? 0) + credit.seconds;
  const category = CATEGORIES.reduce((a, b) => ((byCategory[b] ?? 0) > (byCategory[a] ?? 0) ? b : a), credit.category);
  return { day: credit.day, host: credit.host, category, seconds: (row?.seconds ?? 0) + credit.seconds, byCategory };
}

/** Adds seconds to the day's rows and to saved items' engaged time, in one transaction. */
export async function addActivity(database: LearnmarkDb, credits: readonly Credit[]): Promise<void> {
  const useful = credits.filter((c) => c.seconds > 0);
  if (!useful.length) return;
  await database.transaction('rw', database.activity, database.items, database.days, async () => {
    for (const credit of useful) {
      const row = await database.activity.get([credit.day, credit.host]);
      await database.activity.put(addTo(row, credit));
      // The day's totals over all hosts, kept in the same transaction (the week view reads them).
      const totals = (await database.days.get(credit.day)) ?? emptyDay(credit.day);
      await database.days.put(addSeconds(totals, credit.category, credit.seconds));
      if (credit.itemId) {
        await database.items
          .where('id')
          .equals(credit.itemId)
          .modify((item: Item) => {
            item.engagedSeconds = (item.engagedSeconds ?? 0) + credit.seconds;
          });
      }
    }
  });
}

/** Seconds of a category on one day, per host. */
export async function secondsByHost(
  database: LearnmarkDb,
  day: string,
  category: Category,
): Promise<Map<string, number>> {
  const rows = await database.activity.where('day').equals(day).toArray();
  const out = new Map<string, number>();
  for (const row of rows) {
    const seconds = row.byCategory ? (row.byCategory[category] ?? 0) : row.category === category ? row.seconds : 0;
    if (seconds > 0) out.set(row.host, seconds);
  }
  return out;
}

export function nudgesSince(database: LearnmarkDb, host: string, since: number): Promise<Nudge[]> {
  return database.nudges
    .where('host')
    .equals(host)
    .filter((n) => n.at >= since)
    .toArray();
}

export async function recordNudge(database: LearnmarkDb, nudge: Nudge): Promise<void> {
  await database.nudges.put(nudge);
}

/** Sets a nudge's outcome once: the first answer stands (a second click is ignored). */
export async function setNudgeOutcome(
  database: LearnmarkDb,
  id: string,
  outcome: NudgeOutcome,
  itemId: string | null,
): Promise<Nudge | null> {
  return database.transaction('rw', database.nudges, async () => {
    const nudge = await database.nudges.get(id);
    if (!nudge || nudge.outcome !== 'ignored') return null;
    const updated = { ...nudge, outcome, itemId: itemId ?? nudge.itemId };
    await database.nudges.put(updated);
    return updated;
  });
}

/**
 * A saved, unread item for one of the person's active goals: the better option a nudge offers.
 * The shortest read first, so it fits the moment; any unread item when no goal has one.
 */
export async function itemToOffer(database: LearnmarkDb): Promise<Item | null> {
  const goals = await database.goals.where('status').equals('active').toArray();
  const goalIds = new Set(goals.map((g) => g.id));
  const unread = await database.items.where('status').equals('unread').toArray();
  const forGoals = unread.filter((i) => i.goalIds?.some((g) => goalIds.has(g)));
  const pool = forGoals.length ? forGoals : unread;
  pool.sort((a, b) => (a.readingMinutes || 0) - (b.readingMinutes || 0) || b.savedAt - a.savedAt);
  return pool[0] ?? null;
}
