import { rowSeconds } from '../week/day-totals';
import { CATEGORIES, type Activity, type Category } from './model';

/** One host's seconds on a day, by category (only the categories it had). */
type SiteSeconds = Partial<Record<Category, number>>;

/**
 * One local day's time per site: the `activity` rows of that day folded into one row, kept
 * beside them as time is recorded, so a month of time per site is about 30 reads, not 30 × the
 * hosts of each day.
 */
export interface DaySites {
  day: string;
  sites: Record<string, SiteSeconds>;
}

/** The day's row with `seconds` more of `category` on `host` (a new row when `row` is absent). */
export function addSiteSeconds(
  row: DaySites | undefined,
  day: string,
  host: string,
  category: Category,
  seconds: number,
): DaySites {
  const site = { ...row?.sites[host] };
  site[category] = (site[category] ?? 0) + seconds;
  return { day, sites: { ...row?.sites, [host]: site } };
}

/** The per-site day rows that activity rows add up to (the upgrade, a restore). */
export function daySitesFromActivity(rows: Iterable<Activity>): DaySites[] {
  const days = new Map<string, Record<string, SiteSeconds>>();
  for (const row of rows) {
    let sites = days.get(row.day);
    if (!sites) days.set(row.day, (sites = {}));
    const site = (sites[row.host] ??= {});
    const split = rowSeconds(row);
    for (const category of CATEGORIES)
      if (split[category] > 0) site[category] = (site[category] ?? 0) + split[category];
  }
  return [...days].map(([day, sites]) => ({ day, sites })).sort((a, b) => a.day.localeCompare(b.day));
}

/**
 * The day rows back as one activity row per day and host, the shape the time report and site
 * goals read: `category` is the host's largest share, as `activity` keeps it.
 */
export function* activityOfDaySites(rows: Iterable<DaySites>): Generator<Activity> {
  for (const { day, sites } of rows) {
    for (const [host, byCategory] of Object.entries(sites)) {
      let category: Category = 'neutral';
      let seconds = 0;
      for (const c of CATEGORIES) {
        const s = byCategory[c] ?? 0;
        if (s > (byCategory[category] ?? 0)) category = c;
        seconds += s;
      }
      yield { day, host, category, seconds, byCategory };
    }
  }
}
