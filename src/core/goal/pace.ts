import type { Goal } from './model';
import { goalWeeks, weeksBack, weeksSince, type GoalWeek, type ProgressLog, type ProgressRow } from './progress';
import type { WeekStartsOn } from '../week/model';

/** Weeks looked at, at most: ten years of a goal. */
const MAX_WEEKS = 520;

export interface GoalPace {
  /** The weeks that count, and how many of them met every target the goal sets. */
  weeks: number;
  met: number;
  /** `starting` until a week counts: nothing to judge yet. */
  state: 'on-track' | 'behind' | 'starting';
}

/** Whether a week reached every target the goal sets. */
export function weekMet(goal: Pick<Goal, 'weeklyItems' | 'weeklyMinutes'>, week: GoalWeek): boolean {
  return (
    (!goal.weeklyItems || week.items >= goal.weeklyItems) && (!goal.weeklyMinutes || week.minutes >= goal.weeklyMinutes)
  );
}

/**
 * How the goal is going, from its weeks since it was created: on track while at least half of
 * them met every target. A week that is not over, and the week the goal was created in when it
 * began after that week did, count only once met: a person is never behind for time they did
 * not have. Null when the goal sets no target.
 */
export function goalPace(
  goal: Goal,
  rows: readonly ProgressRow[],
  logs: readonly ProgressLog[],
  now: number,
  weekStartsOn: WeekStartsOn,
): GoalPace | null {
  if (!goal.weeklyItems && !goal.weeklyMinutes) return null;
  let weeks = 0;
  let met = 0;
  const lived = weeksBack(now, weekStartsOn, weeksSince(goal.createdAt, now, weekStartsOn, MAX_WEEKS));
  for (const w of goalWeeks(rows, lived, logs)) {
    const done = weekMet(goal, w);
    const partial = now < w.week.end || goal.createdAt > w.week.start;
    if (done || !partial) weeks++;
    if (done) met++;
  }
  return { weeks, met, state: weeks === 0 ? 'starting' : met * 2 >= weeks ? 'on-track' : 'behind' };
}
