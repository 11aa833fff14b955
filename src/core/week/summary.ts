import { addDays, format, startOfDay, subDays } from 'date-fns';
import type { DayTotals } from './day-totals';
import type { Goal } from '../goal/model';
import { goalProgress, type GoalProgress, type ProgressRow } from '../goal/progress';
import { loggedMinutes, type LogEntry } from '../log/model';
import { weekOf, type Week, type WeekStartsOn } from './model';

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

/** What the summary reads of an item saved or finished in the weeks it covers (db/week.ts). */
export interface WeekRow extends ProgressRow {
  id: string;
  goalIds: readonly string[];
}

const minutes = (seconds: number) => Math.round(seconds / 60);
const dayKey = (t: number | Date) => format(t, 'yyyy-MM-dd');
const inWeek = (t: number | null, w: Week) => t !== null && t >= w.start && t < w.end;

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

function counts(rows: readonly WeekRow[], w: Week, until = w.end) {
  const before = (t: number | null) => inWeek(t, w) && (until >= w.end || t! <= until);
  return {
    saved: rows.filter((r) => before(r.savedAt)).length,
    finished: rows.filter((r) => before(r.doneAt)).length,
  };
}

/**
 * The week at `offset` from the one containing `now` (0 this week, -1 last week), against the
 * week before it. `days` and `items` must cover both weeks (items saved or finished in them).
 */
export function summarizeWeek(input: {
  now: number;
  weekStartsOn: WeekStartsOn;
  offset: number;
  days: readonly DayTotals[];
  items: readonly WeekRow[];
  goals: readonly Goal[];
  /** Learning logged by hand on the days of both weeks: it is learning time like any other. */
  logs?: readonly LogEntry[];
}): WeekSummary {
  const logs = input.logs ?? [];
  const week = weekOf(input.now, input.weekStartsOn, input.offset);
  const previous = weekOf(input.now, input.weekStartsOn, input.offset - 1);
  // A week under way is compared with the same point of the week before (same wall-clock time,
  // so a daylight-saving change between them does not shift it).
  const samePoint = input.now >= week.start && input.now < week.end;
  const cut = samePoint ? Math.max(previous.start, subDays(input.now, 7).getTime()) : previous.end;
  const now = totalsIn(input.days, week);
  const before = totalsIn(input.days, previous, cut);
  // An entry is logged for a whole day: last week's counts once its day has begun by the cut.
  now.learning += loggedMinutes(logs, week.key, dayKey(week.end));
  before.learning += loggedMinutes(
    logs,
    previous.key,
    cut >= previous.end ? dayKey(previous.end) : dayKey(addDays(cut, 1)),
  );
  const c = counts(input.items, week);
  const p = counts(input.items, previous, cut);
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
        input.items.filter((i) => i.goalIds.includes(goal.id)),
        at,
        input.weekStartsOn,
        logs.filter((l) => l.goalIds.includes(goal.id)),
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
    saved: c.saved,
    finished: c.finished,
    savedChange: c.saved - p.saved,
    finishedChange: c.finished - p.finished,
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
