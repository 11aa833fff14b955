import type { Goal } from './model';
import type { Item } from '../item/model';
import { weekOf, type Week, type WeekStartsOn } from '../week/model';

export interface GoalWeek {
  week: Week;
  /** Items tied to the goal and saved or finished in the week. */
  items: number;
  /** Minutes of learning on the goal's items finished in the week: the time spent on the page, or the reading time when that is more. */
  minutes: number;
}

export interface GoalProgress extends GoalWeek {
  /** Share of each target reached, 0…1 (null when the goal sets no such target). */
  itemsShare: number | null;
  minutesShare: number | null;
}

const inWeek = (t: number | null, w: Week) => t !== null && t >= w.start && t < w.end;

export function goalWeek(items: readonly Item[], week: Week): GoalWeek {
  let count = 0;
  let minutes = 0;
  for (const item of items) {
    const done = item.status === 'done' && inWeek(item.doneAt, week);
    if (done || inWeek(item.savedAt, week)) count++;
    if (done) minutes += Math.max(item.readingMinutes, Math.round(item.engagedSeconds / 60));
  }
  return { week, items: count, minutes };
}

export function goalProgress(
  goal: Goal,
  items: readonly Item[],
  now: number,
  weekStartsOn: WeekStartsOn,
): GoalProgress {
  const w = goalWeek(items, weekOf(now, weekStartsOn));
  const share = (value: number, target: number | null) => (target ? Math.min(1, value / target) : null);
  return { ...w, itemsShare: share(w.items, goal.weeklyItems), minutesShare: share(w.minutes, goal.weeklyMinutes) };
}

/** The goal's last `weeks` weeks, newest first, for its history. */
export function goalHistory(items: readonly Item[], now: number, weekStartsOn: WeekStartsOn, weeks = 8): GoalWeek[] {
  return Array.from({ length: weeks }, (_, i) => goalWeek(items, weekOf(now, weekStartsOn, -i)));
}

/** The goal's items, unread first, then newest first. */
export function orderGoalItems(items: readonly Item[]): Item[] {
  const rank = { unread: 0, done: 1, archived: 2 } as const;
  return [...items].sort((a, b) => rank[a.status] - rank[b.status] || b.savedAt - a.savedAt);
}
