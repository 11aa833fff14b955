import { useEffect } from 'preact/hooks';
import { db } from '../../db/db';
import { itemsForGoal, listGoals } from '../../db/goals';
import { useLiveQuery } from '../../ui/use-live-query';
import type { GoalViewData } from './goal-view-first';
import { useGoalLogs } from './use-goal-logs';

/**
 * A goal's view's live reads (Dexie): loaded once the view has drawn, it draws nothing itself
 * and hands the view its rows, current whenever any page or the worker changes them.
 */
export function GoalViewLive({ goalId, onData }: { goalId: string; onData: (data: GoalViewData) => void }) {
  const goals = useLiveQuery(() => listGoals(db()), []);
  // A goal not there (deleted meanwhile) has no site time to wait for: the view then shows the list.
  const createdAt = goals ? (goals.find((g) => g.id === goalId)?.createdAt ?? null) : undefined;
  const items = useLiveQuery(() => itemsForGoal(db(), goalId), [goalId]);
  const counted = useGoalLogs(goalId, createdAt);
  useEffect(() => {
    if (!goals || !items || !counted) return;
    onData({ goals, items, ...counted });
  }, [goals, items, counted]);
  return null;
}
