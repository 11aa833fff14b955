import { goalPace, type GoalPace } from '../../core/goal/pace';
import type { Goal } from '../../core/goal/model';
import { progressRow } from '../../core/goal/progress';
import { db } from '../../db/db';
import { itemsForGoal } from '../../db/goals';
import { logEntriesForGoal } from '../../db/log';
import { reviewLogs } from '../../core/review/time';
import { reviewTimeForGoal } from '../../db/review-time';
import { now } from '../../platform/clock';
import { t, uiLocale } from '../../ui/i18n';
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

/** "Target date: 31 Mar 2027 · On track: 3 of 4 weeks met", or as much of it as the goal has. */
export function GoalPaceLine({ goal, pace }: { goal: Goal; pace: GoalPace | null | undefined }) {
  const date =
    goal.targetDate === null
      ? null
      : t('goalTargetDateIs', new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium' }).format(goal.targetDate));
  const paceText =
    pace &&
    (pace.state === 'starting'
      ? t('goalPaceStarting')
      : t(pace.state === 'on-track' ? 'goalPaceOnTrack' : 'goalPaceBehind', [String(pace.met), String(pace.weeks)]));
  if (!date && !paceText) return null;
  return (
    <span class={`goal-pace${pace ? ` pace-${pace.state}` : ''}`} data-testid="goal-pace" data-state={pace?.state}>
      {[date, paceText].filter(Boolean).join(' · ')}
    </span>
  );
}
