import type { IndexableType } from 'dexie';
import { format } from 'date-fns/format';
import { subDays } from 'date-fns/subDays';
import { withOtherComputers, type DayTotals } from '../core/week/day-totals';
import type { Goal } from '../core/goal/model';
import type { Item } from '../core/item/model';
import { previousCounted, type Week, type WeekSpan } from '../core/week/model';
import type { WeekMembers } from '../core/week/summary';
import type { LearnmarkDb } from './db';
import { finishedBetween, idsForGoal, savedBetween, type ListHead } from './items';
import { pastViews, upNextView } from '../core/library/lists';
import { keepInAll, planView, savedSpan } from '../core/library/plan';
import { rowMatches, type LibraryView } from '../core/library/view';

/** This computer's day totals of the local days `from.key` ≤ day < `to.end` (the nudge readout's). */
export function daysOf(database: LearnmarkDb, from: Week, to: Week): Promise<DayTotals[]> {
  return database.days.where('day').between(from.key, format(to.end, 'yyyy-MM-dd'), true, false).toArray();
}

/**
 * The same days with the time other computers shared through sync added (none unless the
 * person shares time totals there): the week's learning time is the person's, on every computer.
 */
export async function allDaysOf(database: LearnmarkDb, from: Week, to: Week): Promise<DayTotals[]> {
  const [own, others] = await Promise.all([
    daysOf(database, from, to),
    database.deviceDays.where('day').between(from.key, format(to.end, 'yyyy-MM-dd'), true, false).toArray(),
  ]);
  return withOtherComputers(own, others);
}

/**
 * What the week view needs: day totals, and who was saved or finished in the week shown and in
 * the week before it up to the same point (`span`), as id sets read from index ranges (db/items.ts):
 * no key cursor (a cursor step is a round trip, and a busy fortnight is hundreds of items), no
 * item's time or text. Goals come from the `*goalIds` index;
 * only the items of the week shown tied to an active goal are read whole, for goal progress.
 */
export async function loadWeek(
  database: LearnmarkDb,
  span: WeekSpan,
  goals: readonly Goal[] = [],
): Promise<{ days: DayTotals[]; members: WeekMembers }> {
  const { week } = span;
  const before = previousCounted(span);
  return database.transaction('r', database.days, database.deviceDays, database.items, async () => {
    const [days, goalKeys, savedIn, finishedIn, savedBefore, finishedBefore] = await Promise.all([
      allDaysOf(database, span.previous, week),
      Promise.all(goals.map(async (g) => new Set(await idsForGoal(database, g.id)))),
      savedBetween(database, week.start, week.end),
      finishedBetween(database, week.start, week.end),
      savedBetween(database, before.from, before.to),
      finishedBetween(database, before.from, before.to),
    ]);
    // Goal progress reads the items tied to a goal and saved or finished in the week shown,
    // whole (a week's worth at most); all the rest is counted from the id sets.
    const tied = (id: string) => goalKeys.some((g) => g.has(id));
    const forGoals = [...new Set([...savedIn, ...finishedIn])].filter(tied);
    const goalItems = (await database.items.bulkGet(forGoals)).flatMap((item) => {
      if (!item) return [];
      const { id, goalIds, status, savedAt, doneAt, readingMinutes, engagedSeconds } = item;
      return [{ id, goalIds, status, savedAt, doneAt, readingMinutes, engagedSeconds }];
    });
    return {
      days,
      members: { saved: savedIn, finished: finishedIn, savedBefore, finishedBefore, goalItems },
    };
  });
}

/** Day totals from `now` back as far as the streak needs (at most `limit` days). */
export async function recentDays(database: LearnmarkDb, now: number, limit = 400): Promise<DayTotals[]> {
  const from = format(subDays(now, limit), 'yyyy-MM-dd');
  const [own, others] = await Promise.all([
    database.days.where('day').aboveOrEqual(from).toArray(),
    database.deviceDays.where('day').aboveOrEqual(from).toArray(),
  ]);
  return withOtherComputers(own, others);
}

/**
 * What to read next (core/library/lists.ts `upNextView`: unread items for active goals, newest
 * first), as the library lists that view, so "See all N" opens the same items in the same order
 * (core/library/plan.ts `planView`): its unread keys, newest first, kept where an active goal's
 * keys also hold them. Only index keys are read, never every row: without a goal the first ids
 * are the unread range's last keys; with goals, the unread ids and the goals' are read as keys.
 * Then only the rows shown. How many the view holds is `upNextTotal`, read only while the list
 * is unfolded. Each read begins before the first await: a liveQuery records only the reads its
 * query begins synchronously, and these ranges are what a change to Up next touches (a status,
 * a tie, a save), so the popup follows it without re-reading on every change to any item.
 */
export async function upNext(
  database: LearnmarkDb,
  goals: readonly Goal[],
  limit = 5,
): Promise<ListHead & { view: LibraryView }> {
  const { view, plan, range, tied } = upNextPlan(database, goals);
  const shown = tied.length
    ? (await tiedUnread(database, plan, range().primaryKeys(), tied)).slice(0, limit)
    : (await (plan.reverse ? range().reverse() : range()).limit(limit).primaryKeys()).map(String);
  const items = await database.items.bulkGet(shown);
  return { items: items.filter((i): i is Item => i !== undefined), view };
}

/** How many items Up next's view holds (its "See all N"): counted on the unread range, or its tied keys. */
export async function upNextTotal(database: LearnmarkDb, goals: readonly Goal[]): Promise<number> {
  const { plan, range, tied } = upNextPlan(database, goals);
  return tied.length ? (await tiedUnread(database, plan, range().primaryKeys(), tied)).length : range().count();
}

function upNextPlan(database: LearnmarkDb, goals: readonly Goal[]) {
  const active = goals.filter((g) => g.status === 'active').map((g) => g.id);
  const view = upNextView(active.length);
  const plan = planView(view, active);
  const range = () => database.items.where(plan.order).between(plan.from, plan.to, true, true);
  const tied = plan.lookups.flatMap((lookup) => ('values' in lookup ? lookup.values : []));
  return { view, plan, range, tied };
}

/** The unread ids tied to one of `tied` goals, in the view's order (from keys only). */
async function tiedUnread(
  database: LearnmarkDb,
  plan: ReturnType<typeof planView>,
  unread: Promise<IndexableType[]>,
  tied: readonly string[],
): Promise<string[]> {
  const [keys, lists] = await Promise.all([unread, Promise.all(tied.map((id) => idsForGoal(database, id)))]);
  const ordered = plan.reverse ? keys.map(String).reverse() : keys.map(String);
  return keepInAll(ordered, [new Set(lists.flat())]);
}

const DAY = 86_400_000;

/** From your past: the item the popup shows today, and the view that holds all `total` of its kind. */
export interface PastPick {
  item: Item;
  total: number;
  view: LibraryView;
}

/**
 * One older item worth a second look (core/library/lists.ts `pastViews`: saved three to five
 * weeks ago and still unread, or done with a takeaway; failing that, the same from the last four
 * months), read as the library reads that view, so "See all N" opens the same items. The pick
 * changes once a day, not on every opening. Ids come from index keys, with rows read only for
 * the items that are not unread (the takeaway decides them); one item is read whole.
 */
export async function fromYourPast(database: LearnmarkDb, now: number): Promise<PastPick | null> {
  // libraryIds begins its reads after this import's await, which a liveQuery does not follow:
  // the count, begun before it, makes the popup's liveQuery follow every change to items.
  const [{ libraryIds }] = await Promise.all([import('./library'), database.items.count()]);
  for (const view of pastViews(now)) {
    const ids = await libraryIds(database, view);
    if (!ids.length) continue;
    const item = await database.items.get(ids[Math.floor(now / DAY) % ids.length]!);
    return item ? { item, total: ids.length, view } : null;
  }
  return null;
}

/**
 * Whether From your past has anything to show, for its folded heading: per window, newest first,
 * one unread key of its dates, else the first done item of its dates with a takeaway. Neither
 * the pick nor its "See all N" (`fromYourPast`, which reads the whole window's view) is read
 * until the person unfolds the list.
 */
export async function anyFromPast(database: LearnmarkDb, now: number): Promise<boolean> {
  const inWindow = (status: 'unread' | 'done', view: LibraryView) => {
    const { from, to } = savedSpan(view);
    return database.items.where('[status+savedAt]').between([status, from], [status, to], true, true);
  };
  for (const view of pastViews(now)) {
    if ((await inWindow('unread', view).limit(1).primaryKeys()).length) return true;
    if (
      await inWindow('done', view)
        .filter((item) => rowMatches(view, item))
        .first()
    )
      return true;
  }
  return false;
}
