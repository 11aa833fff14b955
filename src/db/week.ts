import { format, subDays } from 'date-fns';
import type { DayTotals } from '../core/week/day-totals';
import type { Goal } from '../core/goal/model';
import type { Item } from '../core/item/model';
import type { Week } from '../core/week/model';
import type { WeekItem } from '../core/week/summary';
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
  // Ids only, one batched read per week and range (getAllKeys): a key cursor would step
  // through hundreds of entries one round trip at a time.
  const ids = (range: Promise<unknown[]>) => range as Promise<string[]>;
  return database.transaction('r', database.days, database.items, async () => {
    const [days, goalKeys, ...ranges] = await Promise.all([
      database.days.where('day').between(previous.key, format(week.end, 'yyyy-MM-dd'), true, false).toArray(),
      Promise.all(
        goals.map(async (g) => ({
          id: g.id,
          items: new Set(await ids(database.items.where('goalIds').equals(g.id).primaryKeys())),
        })),
      ),
      ...[week, previous].flatMap((w) => [
        ids(database.items.where('savedAt').between(w.start, w.end, true, false).primaryKeys()),
        ids(
          database.items
            .where('[status+doneAt]')
            .between(['done', w.start], ['done', w.end], true, false)
            .primaryKeys(),
        ),
      ]),
    ]);
    const [savedThis, doneThis, savedBefore, doneBefore] = ranges as string[][];
    const goalsOf = (id: string) => goalKeys.filter((g) => g.items.has(id)).map((g) => g.id);
    // Finished items count towards a goal's minutes: only those tied to a goal are read whole.
    const forMinutes = [...doneThis!, ...doneBefore!].filter((id) => goalsOf(id).length > 0);
    const whole = new Map(((await database.items.bulkGet(forMinutes)).filter(Boolean) as Item[]).map((i) => [i.id, i]));
    // Stand-ins carry what the summary reads: the week a date falls in (its first moment
    // stands for it), status and goals. Items read whole keep their own values.
    const items = new Map<string, WeekItem>();
    const stand = (id: string) =>
      items.get(id) ?? {
        id,
        savedAt: 0,
        doneAt: null,
        status: 'unread' as const,
        goalIds: goalsOf(id),
        readingMinutes: 0,
        engagedSeconds: 0,
      };
    for (const [list, w] of [
      [doneThis!, week],
      [doneBefore!, previous],
    ] as const) {
      for (const id of list) items.set(id, whole.get(id) ?? { ...stand(id), status: 'done', doneAt: w.start });
    }
    for (const [list, w] of [
      [savedThis!, week],
      [savedBefore!, previous],
    ] as const) {
      for (const id of list) {
        const known = items.get(id);
        items.set(id, known && whole.has(id) ? known : { ...stand(id), savedAt: w.start });
      }
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
 * with a takeaway; failing that, the same from the last four months. The pick changes once a
 * day, not on every opening. Unread candidates come from the index alone; one item is read.
 */
export async function fromYourPast(database: LearnmarkDb, now: number): Promise<Item | null> {
  const day = Math.floor(now / DAY);
  for (const [from, to] of [
    [now - 35 * DAY, now - 21 * DAY],
    [now - 120 * DAY, now - 14 * DAY],
  ] as const) {
    const unread = (await database.items
      .where('[status+savedAt]')
      .between(['unread', from], ['unread', to])
      .primaryKeys()) as string[];
    const noted = await database.items
      .where('[status+savedAt]')
      .between(['done', from], ['done', to])
      .filter((i) => i.note.trim().length > 0)
      .limit(20)
      .primaryKeys();
    const ids = [...unread, ...(noted as string[])];
    if (ids.length) return (await database.items.get(ids[day % ids.length]!)) ?? null;
  }
  return null;
}
