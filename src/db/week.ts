import { addDays, format, startOfDay, subDays } from 'date-fns';
import type { DayTotals } from '../core/week/day-totals';
import type { Goal } from '../core/goal/model';
import type { Item } from '../core/item/model';
import type { Week } from '../core/week/model';
import type { WeekRow } from '../core/week/summary';
import type { IndexableType } from 'dexie';
import type { LearnmarkDb } from './db';

/** Day totals of the local days `from.key` ≤ day < `to.end`. */
export function daysOf(database: LearnmarkDb, from: Week, to: Week): Promise<DayTotals[]> {
  return database.days.where('day').between(from.key, format(to.end, 'yyyy-MM-dd'), true, false).toArray();
}

/** The time in an index key: `savedAt` itself, or the second part of `[status+doneAt]`. */
function timeIn(key: unknown): number {
  const t: unknown = Array.isArray(key) ? key[1] : key;
  if (typeof t !== 'number') throw new TypeError(`not a time in an index key: ${String(t)}`);
  return t;
}

/**
 * What the week view needs: day totals, and the items saved or finished in the week and the
 * week before it, as the summary reads them. Their times come from index keys, read with their
 * ids in one key cursor per range (a key costs a round trip: ~25-90 µs in Chromium), goals from
 * the `*goalIds` index, never their text: a busy fortnight is hundreds of items, and the popup
 * must open at once. Only items finished in the fortnight and tied to a goal (few) are read
 * whole, for their reading time. A time outside the fortnight is not read: an item finished
 * in it but saved earlier has `savedAt` null, one saved in it and finished later `doneAt` null.
 */
export async function loadWeek(
  database: LearnmarkDb,
  week: Week,
  previous: Week,
  goals: readonly Goal[] = [],
): Promise<{ days: DayTotals[]; items: WeekRow[] }> {
  // A key cursor gives each entry's time (its index key) with its id (primary key). A cursor
  // step is a round trip, so the fortnight is read as one cursor per day, all at once: their
  // round trips overlap instead of queueing one behind the other.
  const entries = async (index: string, bound: (t: number) => IndexableType) => {
    const starts = Array.from({ length: 15 }, (_, i) => startOfDay(addDays(previous.start, i)).getTime());
    const found: { id: string; at: number }[][] = await Promise.all(
      starts.slice(0, -1).map(async (from, i) => {
        const to = Math.min(starts[i + 1]!, week.end);
        const part: { id: string; at: number }[] = [];
        if (from >= week.end) return part;
        await database.items
          .where(index)
          .between(bound(from), bound(i === 13 ? week.end : to), true, false)
          .eachKey((key, cursor) => part.push({ id: String(cursor.primaryKey), at: timeIn(key) }));
        return part;
      }),
    );
    return found.flat();
  };
  return database.transaction('r', database.days, database.items, async () => {
    const [days, goalKeys, saved, done] = await Promise.all([
      daysOf(database, previous, week),
      Promise.all(
        goals.map(async (g) => ({
          id: g.id,
          items: new Set((await database.items.where('goalIds').equals(g.id).primaryKeys()).map(String)),
        })),
      ),
      entries('savedAt', (t) => t),
      entries('[status+doneAt]', (t) => ['done', t]),
    ]);
    const goalsOf = (id: string) => goalKeys.filter((g) => g.items.has(id)).map((g) => g.id);
    const rows = new Map<string, WeekRow>();
    for (const { id, at } of saved) rows.set(id, { id, savedAt: at, doneAt: null, goalIds: goalsOf(id) });
    for (const { id, at } of done) {
      const row = rows.get(id) ?? { id, savedAt: null, doneAt: null, goalIds: goalsOf(id) };
      rows.set(id, { ...row, doneAt: at });
    }
    // Finished items count towards a goal's minutes: only those tied to a goal are read whole.
    const forMinutes = done.map((d) => d.id).filter((id) => rows.get(id)!.goalIds.length > 0);
    for (const item of await database.items.bulkGet(forMinutes)) {
      if (!item) continue;
      const { savedAt, readingMinutes, engagedSeconds } = item;
      rows.set(item.id, { ...rows.get(item.id)!, savedAt, readingMinutes, engagedSeconds });
    }
    return { days, items: [...rows.values()] };
  });
}

/** Day totals from `now` back as far as the streak needs (at most `limit` days). */
export async function recentDays(database: LearnmarkDb, now: number, limit = 400): Promise<DayTotals[]> {
  const from = format(subDays(now, limit), 'yyyy-MM-dd');
  return database.days.where('day').aboveOrEqual(from).toArray();
}

/** Unread items for active goals, newest first: what to read next. Walks back only as far as it must. */
export async function upNext(database: LearnmarkDb, goals: readonly Goal[], limit = 5): Promise<Item[]> {
  const active = new Set(goals.filter((g) => g.status === 'active').map((g) => g.id));
  return database.items
    .orderBy('savedAt')
    .reverse()
    .filter((i) => i.status === 'unread' && (active.size === 0 || i.goalIds.some((g) => active.has(g))))
    .limit(limit)
    .toArray();
}

const DAY = 86_400_000;

/**
 * One older item worth a second look: saved three to five weeks ago and still unread, or done
 * with a takeaway; failing that, the same from the last four months. The pick changes once a
 * day, not on every opening. Unread candidates come from the index alone; one item is read.
 */
export async function fromYourPast(database: LearnmarkDb, now: number): Promise<Item | null> {
  const day = Math.floor(now / DAY);
  for (const [from, to] of [
    [now - 35 * DAY, now - 21 * DAY],
    [now - 120 * DAY, now - 14 * DAY],
  ] as const) {
    const unread = await database.items
      .where('[status+savedAt]')
      .between(['unread', from], ['unread', to])
      .primaryKeys();
    const noted = await database.items
      .where('[status+savedAt]')
      .between(['done', from], ['done', to])
      .filter((i) => i.note.trim().length > 0)
      .limit(20)
      .primaryKeys();
    const ids = [...unread, ...noted];
    if (ids.length) return (await database.items.get(ids[day % ids.length]!)) ?? null;
  }
  return null;
}
