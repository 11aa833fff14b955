import { useMemo } from 'preact/hooks';
import { goalPace, type GoalPace } from '../../core/goal/pace';
import type { Goal } from '../../core/goal/model';
import { progressRow } from '../../core/goal/progress';
import { db } from '../../db/db';
import { itemsForGoal } from '../../db/goals';
import { now } from '../../platform/clock';
import { useLiveQuery } from '../../ui/use-live-query';
import { useWeekStart } from '../../ui/use-week-start';
import { useGoalLogs } from './use-goal-logs';

/**
 * A goal's pace for its row in the list, from the same minutes as its view (use-goal-logs.ts:
 * entries, time on learning sites named for it, review time) and its items, read by the goal index.
 */
export function useGoalPace(goal: Goal): GoalPace | null | undefined {
  const startsOn = useWeekStart();
  const items = useLiveQuery(() => itemsForGoal(db(), goal.id), [goal.id]);
  const counted = useGoalLogs(goal.id, goal.createdAt);
  return useMemo(
    () =>
      startsOn === undefined || !items || !counted
        ? undefined
        : goalPace(goal, items.map(progressRow), counted.logs, now(), startsOn),
    [goal, startsOn, items, counted],
  );
}
