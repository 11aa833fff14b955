import { goalPace, type GoalPace } from '../../core/goal/pace';
import type { Goal } from '../../core/goal/model';
import { progressRow } from '../../core/goal/progress';
import { db } from '../../db/db';
import { itemsForGoal } from '../../db/goals';
import { logEntriesForGoal } from '../../db/log';
import { reviewLogs } from '../../core/review/minutes';
import { reviewTimeForGoal } from '../../db/review-time';
import { now } from '../../platform/clock';
import { useLiveQuery } from '../../ui/use-live-query';
import { useWeekStart } from '../../ui/use-week-start';

/** A goal's pace for its row in the list: its items and entries, read by the goal index. */
export function useGoalPace(goal: Goal): GoalPace | null | undefined {
  const startsOn = useWeekStart();
  return useLiveQuery(async () => {
    if (startsOn === undefined) return undefined;
    const [items, logs, reviewed] = await Promise.all([
      itemsForGoal(db(), goal.id),
      logEntriesForGoal(db(), goal.id),
      reviewTimeForGoal(db(), goal.id),
    ]);
    return goalPace(goal, items.map(progressRow), [...logs, ...reviewLogs(reviewed, goal.id)], now(), startsOn);
  }, [goal, startsOn]);
}
