import { format } from 'date-fns/format';
import { useEffect } from 'preact/hooks';
import { siteLogs } from '../../core/goal/progress';
import { reviewLogs } from '../../core/review/minutes';
import { db } from '../../db/db';
import { itemsForGoal, listGoals } from '../../db/goals';
import { logEntriesForGoal } from '../../db/log';
import { reviewTimeForGoal } from '../../db/review-time';
import { siteTimeBetween } from '../../db/tracking';
import { now } from '../../platform/clock';
import { useLiveQuery } from '../../ui/use-live-query';
import { siteNamesGoal, type GoalViewData } from './goal-view-first';
import { useTrackingSettings } from './use-tracking-settings';

const NONE: never[] = [];

/**
 * A goal's view's live reads (Dexie): loaded once the view has drawn, it draws nothing itself
 * and hands the view its rows, current whenever any page or the worker changes them.
 */
export function GoalViewLive({ goalId, onData }: { goalId: string; onData: (data: GoalViewData) => void }) {
  const goals = useLiveQuery(() => listGoals(db()), []);
  const createdAt = goals?.find((g) => g.id === goalId)?.createdAt;
  const items = useLiveQuery(() => itemsForGoal(db(), goalId), [goalId]);
  const logged = useLiveQuery(() => logEntriesForGoal(db(), goalId), [goalId]);
  const reviewed = useLiveQuery(() => reviewTimeForGoal(db(), goalId), [goalId]);
  // Time on learning sites named for the goal, since the goal's first day: read only when a
  // site names it (a year is 365 day rows of every site). Tagged with what it was read for, so
  // that rows read before the settings changed are never counted under the new ones.
  const { settings } = useTrackingSettings();
  const named = settings ? siteNamesGoal(settings, goalId) : null;
  const key = named === null || createdAt === undefined ? null : `${named}:${createdAt}`;
  const site = useLiveQuery(
    async () => ({
      key,
      rows:
        named && createdAt !== undefined
          ? await siteTimeBetween(db(), format(createdAt, 'yyyy-MM-dd'), format(now(), 'yyyy-MM-dd'))
          : [],
    }),
    [key],
  );
  // A goal not there (deleted meanwhile) has no site time to wait for: the view then shows the list.
  const activity = goals && createdAt === undefined ? NONE : site?.key === key ? site.rows : undefined;
  useEffect(() => {
    if (!goals || !items || !logged || !reviewed || !settings || !activity) return;
    const logs = [...logged, ...siteLogs(activity, settings, goalId), ...reviewLogs(reviewed, goalId)];
    onData({ goals, items, logged, logs });
  }, [goals, items, logged, reviewed, settings, activity]);
  return null;
}
