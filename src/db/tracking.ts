import { CATEGORIES, type Activity, type Category } from '../core/tracking/model';
import { addDistractionHour, addSeconds, emptyDay } from '../core/week/day-totals';
import type { Item } from '../core/item/model';
import { activityOfDaySites, addSiteSeconds } from '../core/tracking/day-sites';
import type { LearnmarkDb } from './db';

/** Seconds to add to one day and host, with the category they count as. */
export interface Credit {
  day: string;
  host: string;
  category: Category;
  seconds: number;
  /** The saved item whose page this was, credited with the same seconds. */
  itemId: string | null;
  /** Local clock hour the seconds started in, for the day's distraction by hour. */
  hour?: number;
}

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
  const { activity, items, days, daySites } = database;
  await database.transaction('rw', [activity, items, days, daySites], async () => {
    for (const credit of useful) {
      const row = await database.activity.get([credit.day, credit.host]);
      await database.activity.put(addTo(row, credit));
      // The day's time per site, beside it (the time report reads these).
      const sites = await database.daySites.get(credit.day);
      await database.daySites.put(addSiteSeconds(sites, credit.day, credit.host, credit.category, credit.seconds));
      // The day's totals over all hosts, kept in the same transaction (the week view reads them).
      let totals = addSeconds(
        (await database.days.get(credit.day)) ?? emptyDay(credit.day),
        credit.category,
        credit.seconds,
      );
      // Every counted day gets its hours (zero when no distraction): a calm day is a baseline.
      if (credit.hour !== undefined) {
        totals = addDistractionHour(totals, credit.hour, credit.category === 'distraction' ? credit.seconds : 0);
      }
      await database.days.put(totals);
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

/**
 * Time per day and host on the local days from `firstDay` to `lastDay`, both included, as
 * activity rows: read from the per-day rows (one a day, however many hosts), not `activity`.
 */
export async function siteTimeBetween(database: LearnmarkDb, firstDay: string, lastDay: string): Promise<Activity[]> {
  return [...activityOfDaySites(await database.daySites.where('day').between(firstDay, lastDay, true, true).toArray())];
}
