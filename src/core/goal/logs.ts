import type { LogEntry } from '../log/model';
import { reviewLogs } from '../review/minutes';
import type { ReviewTime } from '../review/time';
import { siteLogs, type GoalSiteSettings, type ProgressLog, type SiteActivity } from './progress';

/** What a goal's minutes are made of, beside its finished items. */
export interface GoalLogParts {
  /** The entries logged by hand for the goal. */
  logged: readonly LogEntry[];
  /** Time answering review cards (only the goal's items' count). */
  reviewed: readonly Pick<ReviewTime, 'day' | 'seconds' | 'goalIds'>[];
  /** Time per site and day since the goal began (only learning sites named for the goal count). */
  activity: readonly SiteActivity[];
  settings: GoalSiteSettings;
}

/**
 * Everything that counts toward a goal's minutes besides its finished items, in one list: its
 * log entries, its time on learning sites named for it (one entry a day) and its review time.
 * The goal's view, its first draw and its row in the goals list all count through this, so the
 * row's pace and the view's pace are never worked out from different minutes.
 */
export function goalLogs(goalId: string, parts: GoalLogParts): ProgressLog[] {
  return [...parts.logged, ...siteLogs(parts.activity, parts.settings, goalId), ...reviewLogs(parts.reviewed, goalId)];
}
