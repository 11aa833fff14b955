import type { Goal } from './model';
import type { Item } from '../item/model';
import { format } from 'date-fns';
import { loggedMinutes, type LogEntry } from '../log/model';
import { weekOf, type Week, type WeekStartsOn } from '../week/model';

/** What progress reads of a log entry tied to the goal: its local day and minutes. */
export type ProgressLog = Pick<LogEntry, 'day' | 'minutes'>;

export interface GoalWeek {
  week: Week;
  /** Items tied to the goal and finished in the week: learning done. */
  items: number;
  /** Items tied to the goal saved in the week and not finished in it, shown apart ("4 saved"). */
  saved: number;
  /**
   * Minutes of learning in the week: each finished item's time spent on its page, or its
   * reading time when that is more, and the minutes logged by hand (`logged`, part of it).
   */
  minutes: number;
  logged: number;
}

export interface GoalProgress extends GoalWeek {
  /** Share of each target reached, 0…1 (null when the goal sets no such target). */
  itemsShare: number | null;
  minutesShare: number | null;
}

/**
 * What goal progress reads of an item. Read from indexes (db/week.ts), a time may be unknown
 * because it falls outside the weeks read: it is then null, never made up.
 */
export interface ProgressRow {
  /** When it was saved. */
  savedAt: number | null;
  /** When it was finished: null unless it is done. */
  doneAt: number | null;
  /** How long it takes and how long it was read: needed (and read) for finished items only. */
  readingMinutes?: number;
  engagedSeconds?: number;
}

/** A whole item as progress reads it: archived items keep their `doneAt`, but only done ones count. */
export function progressRow(
  item: Pick<Item, 'savedAt' | 'doneAt' | 'status' | 'readingMinutes' | 'engagedSeconds'>,
): ProgressRow {
  const { savedAt, readingMinutes, engagedSeconds } = item;
  return { savedAt, doneAt: item.status === 'done' ? item.doneAt : null, readingMinutes, engagedSeconds };
}

const inWeek = (t: number | null, w: Week) => t !== null && t >= w.start && t < w.end;

/** `logs` are the goal's log entries (any days: only the week's count). */
export function goalWeek(rows: readonly ProgressRow[], week: Week, logs: readonly ProgressLog[] = []): GoalWeek {
  let count = 0;
  let saved = 0;
  let minutes = 0;
  for (const row of rows) {
    const done = inWeek(row.doneAt, week);
    if (done) {
      count++;
      minutes += Math.max(row.readingMinutes ?? 0, Math.round((row.engagedSeconds ?? 0) / 60));
    } else if (inWeek(row.savedAt, week)) saved++;
  }
  const logged = loggedMinutes(logs, week.key, format(week.end, 'yyyy-MM-dd'));
  return { week, items: count, saved, minutes: minutes + logged, logged };
}

export function goalProgress(
  goal: Goal,
  rows: readonly ProgressRow[],
  now: number,
  weekStartsOn: WeekStartsOn,
  logs: readonly ProgressLog[] = [],
): GoalProgress {
  const w = goalWeek(rows, weekOf(now, weekStartsOn), logs);
  const share = (value: number, target: number | null) => (target ? Math.min(1, value / target) : null);
  return { ...w, itemsShare: share(w.items, goal.weeklyItems), minutesShare: share(w.minutes, goal.weeklyMinutes) };
}

/** How many weeks the goal has lived through, the one under way included: at least 1, at most `max`. */
export function weeksSince(createdAt: number, now: number, weekStartsOn: WeekStartsOn, max = 26): number {
  let weeks = 1;
  while (weeks < max && weekOf(now, weekStartsOn, -weeks).end > createdAt) weeks++;
  return weeks;
}

/** The goal's last `weeks` weeks, newest first, for its history. */
export function goalHistory(
  rows: readonly ProgressRow[],
  now: number,
  weekStartsOn: WeekStartsOn,
  weeks = 8,
  logs: readonly ProgressLog[] = [],
): GoalWeek[] {
  return Array.from({ length: weeks }, (_, i) => goalWeek(rows, weekOf(now, weekStartsOn, -i), logs));
}

/** The goal's items, unread first, then newest first. */
export function orderGoalItems(items: readonly Item[]): Item[] {
  const rank = { unread: 0, done: 1, archived: 2 } as const;
  return [...items].sort((a, b) => rank[a.status] - rank[b.status] || b.savedAt - a.savedAt);
}
