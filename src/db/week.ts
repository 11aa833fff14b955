import { format, subDays } from 'date-fns';
import type { DayTotals } from '../core/day-totals';
import type { Goal } from '../core/goal';
import type { Item } from '../core/item';
import type { Week } from '../core/week';
import type { WeekItem } from '../core/week-summary';
import type { LearnmarkDb } from './db';

/**
 * What the week view needs: day totals, and the items saved or finished in the week and the
 * week before it. Items only saved are read from indexes alone (id, savedAt, goals), never
 * their text: a busy fortnight is hundreds of items, and the popup must open at once. Items
 * finished in the fortnight (few) are read whole, for their reading time.
 */
export async function loadWeek(
  database: LearnmarkDb,
  week: Week,
  previous: Week,
  goals: readonly Goal[] = [],
): Promise<{ days: DayTotals[]; items: WeekItem[] }> {
  return database.transaction('r', database.days, database.items, async () => {
    const saved: { id: string; savedAt: number }[] = [];
    const [days, done, goalKeys] = await Promise.all([
      database.days.where('day').between(previous.key, format(week.end, 'yyyy-MM-dd'), true, false).toArray(),
      database.items.where('doneAt').between(previous.start, week.end, true, false).toArray(),
      Promise.all(
        goals.map(async (g) => ({
          id: g.id,
          items: new Set((await database.items.where('goalIds').equals(g.id).primaryKeys()) as string[]),
        })),
      ),
      database.items
        .where('savedAt')
        .between(previous.start, week.end, true, false)
        .eachKey((savedAt, cursor) => void saved.push({ id: cursor.primaryKey as string, savedAt: savedAt as number })),
    ]);
    const items = new Map<string, WeekItem>(done.map((i) => [i.id, i]));
    for (const { id, savedAt } of saved) {
      if (items.has(id)) continue;
      // Stand-in for an item only saved: what the summary reads of it, status aside (not done).
      const goalIds = goalKeys.filter((g) => g.items.has(id)).map((g) => g.id);
      items.set(id, { id, savedAt, doneAt: null, status: 'unread', goalIds, readingMinutes: 0, engagedSeconds: 0 });
    }
    return { days, items: [...items.values()] };
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
 * with a takeaway; failing that, anything unread from the last four months. The pick changes
 * once a day, not on every opening.
 */
export async function fromYourPast(database: LearnmarkDb, now: number): Promise<Item | null> {
  const worth = (i: Item) => i.status === 'unread' || (i.status === 'done' && i.note.trim().length > 0);
  const pick = (list: Item[]) => (list.length ? list[Math.floor(now / DAY) % list.length]! : null);
  const near = await database.items
    .where('savedAt')
    .between(now - 35 * DAY, now - 21 * DAY)
    .filter(worth)
    .limit(50)
    .toArray();
  if (near.length) return pick(near);
  return pick(
    await database.items
      .where('savedAt')
      .between(now - 120 * DAY, now - 14 * DAY)
      .filter(worth)
      .limit(50)
      .toArray(),
  );
}
