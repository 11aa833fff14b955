import { format } from 'date-fns/format';
import { useMemo } from 'preact/hooks';
import { goalLogs } from '../../core/goal/logs';
import type { ProgressLog } from '../../core/goal/progress';
import type { LogEntry } from '../../core/log/model';
import { db } from '../../db/db';
import { logEntriesForGoal } from '../../db/log';
import { reviewTimeForGoal } from '../../db/review-time';
import { siteTimeBetween } from '../../db/tracking';
import { now } from '../../platform/clock';
import { useLiveQuery } from '../../ui/use-live-query';
import { siteNamesGoal } from './goal-view-first';
import { useTrackingSettings } from './use-tracking-settings';

const NONE: never[] = [];

export interface GoalLogs {
  /** The goal's entries logged by hand. */
  logged: LogEntry[];
  /** All that counts toward its minutes besides finished items (core/goal/logs.ts). */
  logs: ProgressLog[];
}

/**
 * A goal's minutes besides its finished items, live, as its view and its row in the list both
 * count them: undefined while any part is still read. `createdAt` is the goal's first day (null
 * when the goal is not there, deleted meanwhile: it then has no site time to wait for).
 */
export function useGoalLogs(goalId: string, createdAt: number | null | undefined): GoalLogs | undefined {
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
        named && typeof createdAt === 'number'
          ? await siteTimeBetween(db(), format(createdAt, 'yyyy-MM-dd'), format(now(), 'yyyy-MM-dd'))
          : [],
    }),
    [key],
  );
  const activity = createdAt === null ? NONE : site?.key === key ? site.rows : undefined;
  // One value per change of its parts: the view hands it on in an effect that runs on each new one.
  return useMemo(
    () =>
      logged && reviewed && settings && activity
        ? { logged, logs: goalLogs(goalId, { logged, reviewed, activity, settings }) }
        : undefined,
    [goalId, logged, reviewed, settings, activity],
  );
}
