import { addDays } from 'date-fns/addDays';
import { startOfDay } from 'date-fns/startOfDay';
import { subDays } from 'date-fns/subDays';
import type { DayTotals } from './day-totals';
import type { Goal } from '../goal/model';
import { goalLogs } from '../goal/logs';
import {
  goalProgress,
  progressRow,
  type GoalProgress,
  type GoalSiteSettings,
  type SiteActivity,
} from '../goal/progress';
import type { Item } from '../item/model';
import { loggedMinutes } from '../log/entries';
import type { LogEntry } from '../log/model';
import { reviewLogs } from '../review/minutes';
import type { ReviewTime } from '../review/time';
import { dayKey, weekSpan, type Week, type WeekStartsOn } from './model';

export interface DayBar {
  day: string;
  /** Local midnight starting the day. */
  date: number;
  learningMinutes: number;
  distractionMinutes: number;
}

export interface WeekSummary {
  week: Week;
  previous: Week;
  learningMinutes: number;
  distractionMinutes: number;
  /**
   * This week minus last week, in minutes / items. While the week shown is under way, last week
   * counts only up to the same point (`samePoint`): Wednesday noon against last Wednesday noon.
   */
  samePoint: boolean;
  learningChange: number;
  distractionChange: number;
  saved: number;
  finished: number;
  savedChange: number;
  finishedChange: number;
  days: DayBar[];
  goals: { goal: Goal; progress: GoalProgress }[];
}

/** What goal progress reads of an item tied to a goal and saved or finished in the week shown. */
export type WeekGoalItem = Pick<
  Item,
  'id' | 'goalIds' | 'status' | 'savedAt' | 'doneAt' | 'readingMinutes' | 'engagedSeconds'
>;

/**
 * Who was saved or finished when, as the summary counts it: ids found by index ranges
 * (db/week.ts), so no item's time or text is read to count it. Finished means done (an archived
 * item keeps its `doneAt` but does not count).
 */
export interface WeekMembers {
  /** Saved / finished in the week shown. */
  saved: readonly string[];
  finished: readonly string[];
  /** Saved / finished in the week before, within `previousCounted`. */
  savedBefore: readonly string[];
  finishedBefore: readonly string[];
  /** For goal progress: the items saved or finished in the week shown and tied to an active goal. */
  goalItems: readonly WeekGoalItem[];
}

const minutes = (seconds: number) => Math.round(seconds / 60);

/** Without the time settings, no learning site names a goal. */
const NO_SITES: GoalSiteSettings = { learning: [], siteGoals: {} };

/**
 * Seconds in the days of `w` before `until`; the day `until` falls in counts for the share of it
 * already gone (the totals are per day, so its time is taken as spread evenly).
 */
function totalsIn(days: readonly DayTotals[], w: Week, until = w.end) {
  const from = w.key;
  const to = dayKey(until);
  const dayStart = startOfDay(until).getTime();
  const dayLength = addDays(dayStart, 1).getTime() - dayStart;
  const partial = until < w.end ? (until - dayStart) / dayLength : 0;
  let learning = 0;
  let distraction = 0;
  for (const d of days) {
    const share = d.day >= from && d.day < to ? 1 : d.day === to ? partial : 0;
    learning += d.learning * share;
    distraction += d.distraction * share;
  }
  return { learning: minutes(learning), distraction: minutes(distraction) };
}

/**
 * The week at `offset` from the one containing `now` (0 this week, -1 last week), against the
 * week before it. `days` must cover both weeks, and `members` be read for `weekSpan` of the same
 * `now`, `weekStartsOn` and `offset`.
 */
export function summarizeWeek(input: {
  now: number;
  weekStartsOn: WeekStartsOn;
  offset: number;
  days: readonly DayTotals[];
  members: WeekMembers;
  goals: readonly Goal[];
  /** Learning logged by hand on the days of both weeks: it is learning time like any other. */
  logs?: readonly LogEntry[];
  /** Time answering review cards on the days of both weeks: learning, and toward the items' goals. */
  reviews?: readonly Pick<ReviewTime, 'day' | 'seconds' | 'goalIds'>[];
  /** The week's activity rows and the learning sites' goals: time on a site named for a goal counts toward it. */
  sites?: {
    activity: readonly SiteActivity[];
    settings: GoalSiteSettings;
  };
}): WeekSummary {
  const reviews = input.reviews ?? [];
  // Logged by hand and reviewed: both learning time, summed per day.
  const logs = [...(input.logs ?? []), ...reviewLogs(reviews)];
  const { week, previous, samePoint, cut } = weekSpan(input.now, input.weekStartsOn, input.offset);
  const { members } = input;
  const now = totalsIn(input.days, week);
  const before = totalsIn(input.days, previous, cut);
  // An entry is logged for a whole day: last week's counts once its day has begun by the cut.
  now.learning += loggedMinutes(logs, week.key, dayKey(week.end));
  before.learning += loggedMinutes(
    logs,
    previous.key,
    cut >= previous.end ? dayKey(previous.end) : dayKey(addDays(cut, 1)),
  );
  const byDay = new Map(input.days.map((d) => [d.day, d]));
  const days = Array.from({ length: 7 }, (_, i) => {
    const date = addDays(week.start, i);
    const d = byDay.get(dayKey(date));
    return {
      day: dayKey(date),
      date: date.getTime(),
      learningMinutes: minutes(d?.learning ?? 0) + loggedMinutes(logs, dayKey(date), dayKey(addDays(date, 1))),
      distractionMinutes: minutes(d?.distraction ?? 0),
    };
  });
  // Goal progress is measured in the week shown: its last moment stands for "now".
  const at = Math.min(input.now, week.end - 1);
  const goals = input.goals
    .filter((g) => g.status === 'active')
    .map((goal) => ({
      goal,
      progress: goalProgress(
        goal,
        members.goalItems.filter((i) => i.goalIds.includes(goal.id)).map(progressRow),
        at,
        input.weekStartsOn,
        goalLogs(goal.id, {
          logged: (input.logs ?? []).filter((l) => l.goalIds.includes(goal.id)),
          reviewed: reviews,
          activity: input.sites?.activity ?? [],
          settings: input.sites?.settings ?? NO_SITES,
        }),
      ),
    }));
  return {
    week,
    previous,
    learningMinutes: now.learning,
    distractionMinutes: now.distraction,
    samePoint,
    learningChange: now.learning - before.learning,
    distractionChange: now.distraction - before.distraction,
    saved: members.saved.length,
    finished: members.finished.length,
    savedChange: members.saved.length - members.savedBefore.length,
    finishedChange: members.finished.length - members.finishedBefore.length,
    days,
    goals,
  };
}

/** A day counts towards the streak with at least this much learning time. */
const STREAK_MIN_SECONDS = 60;

/**
 * Consecutive days with learning, ending today, or yesterday while today has none yet (a
 * streak is not broken before the day is over).
 */
export function learningStreak(days: readonly DayTotals[], now: number): number {
  const learned = new Set(days.filter((d) => d.learning >= STREAK_MIN_SECONDS).map((d) => d.day));
  let cursor = learned.has(dayKey(now)) ? now : subDays(now, 1).getTime();
  let streak = 0;
  while (learned.has(dayKey(cursor))) {
    streak++;
    cursor = subDays(cursor, 1).getTime();
  }
  return streak;
}
