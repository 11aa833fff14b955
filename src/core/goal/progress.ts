import type { Goal } from './model';
import type { Item } from '../item/model';
import { loggedMinutes } from '../log/entries';
import type { LogEntry } from '../log/model';
import { dayKey, weekOf, type Week, type WeekStartsOn } from '../week/model';
import type { Activity } from '../tracking/model';
import { matchRule } from '../tracking/site-rules';
import { goalSiteRules, type TrackingSettings } from '../tracking/settings';

/**
 * What progress reads of a log entry tied to the goal: its local day and minutes. Time on a
 * learning site named for the goal comes the same way, one per day, marked `fromSite`, and so
 * does time answering review cards of the goal's items (core/review/time.ts), marked
 * `fromReview`: both count in the minutes but are not `logged` by hand.
 */
export type ProgressLog = Pick<LogEntry, 'day' | 'minutes'> & { fromSite?: boolean; fromReview?: boolean };
const byHand = (log: ProgressLog) => !log.fromSite && !log.fromReview;

/** What site minutes read of the time settings: the learning sites, the built-ins left on, their goals. */
export type GoalSiteSettings = Pick<TrackingSettings, 'learning' | 'siteGoals'> & { offDefaults?: readonly string[] };

/** What site minutes read of an activity row (db/tracking.ts). */
export type SiteActivity = Pick<Activity, 'day' | 'host' | 'category' | 'seconds' | 'byCategory'>;

/**
 * The goal's minutes from learning sites, one entry per day: the learning seconds of each host
 * whose learning rule (the most specific of the person's learning list and the built-in learning
 * sites left on, matched as site-rules.ts
 * matches: a host covers its subdomains) names the goal. Only learning seconds count: a host's
 * neutral or distraction time never does. Activity is kept per host, so a rule with a path
 * (`linkedin.com/learning`) cannot name a goal's share of its host and is left out.
 */
export function siteLogs(activity: readonly SiteActivity[], settings: GoalSiteSettings, goalId: string): ProgressLog[] {
  const rules = goalSiteRules(settings);
  if (!Object.values(settings.siteGoals).some((ids) => ids.includes(goalId))) return [];
  const seconds = new Map<string, number>();
  for (const row of activity) {
    const learning = row.byCategory ? (row.byCategory.learning ?? 0) : row.category === 'learning' ? row.seconds : 0;
    if (learning <= 0) continue;
    const rule = matchRule(rules, row.host.toLowerCase().replace(/^www\./, ''), '');
    if (rule && settings.siteGoals[rule.pattern]?.includes(goalId))
      seconds.set(row.day, (seconds.get(row.day) ?? 0) + learning);
  }
  return [...seconds].map(([day, s]) => ({ day, minutes: Math.round(s / 60), fromSite: true }));
}

export interface GoalWeek {
  week: Week;
  /** Items tied to the goal and finished in the week: learning done. */
  items: number;
  /** Items tied to the goal saved in the week and not finished in it, shown apart ("4 saved"). */
  saved: number;
  /**
   * Minutes of learning in the week: each finished item's time spent on its page, or its
   * reading time when that is more, the minutes logged by hand (`logged`, part of it), and the
   * learning time on sites whose rule names the goal (`siteLogs`).
   */
  minutes: number;
  logged: number;
}

export interface GoalProgress extends GoalWeek {
  /** Share of each target reached, 0…1 (null when the goal sets no such target). */
  itemsShare: number | null;
  minutesShare: number | null;
}

/**
 * What goal progress reads of an item. Read from indexes (db/week.ts), a time may be unknown
 * because it falls outside the weeks read: it is then null, never made up.
 */
export interface ProgressRow {
  /** When it was saved. */
  savedAt: number | null;
  /** When it was finished: null unless it is done. */
  doneAt: number | null;
  /** How long it takes and how long it was read: needed (and read) for finished items only. */
  readingMinutes?: number;
  engagedSeconds?: number;
}

/** A whole item as progress reads it: archived items keep their `doneAt`, but only done ones count. */
export function progressRow(
  item: Pick<Item, 'savedAt' | 'doneAt' | 'status' | 'readingMinutes' | 'engagedSeconds'>,
): ProgressRow {
  const { savedAt, readingMinutes, engagedSeconds } = item;
  return { savedAt, doneAt: item.status === 'done' ? item.doneAt : null, readingMinutes, engagedSeconds };
}

/** The learning a finished item stands for: its reading time, or the focused time on it when longer. */
export const learningMinutesOf = (row: Pick<ProgressRow, 'readingMinutes' | 'engagedSeconds'>): number =>
  Math.max(row.readingMinutes ?? 0, Math.round((row.engagedSeconds ?? 0) / 60));

const inWeek = (t: number | null, w: Week) => t !== null && t >= w.start && t < w.end;

/** `logs` are the goal's log entries (any days: only the week's count). */
export function goalWeek(rows: readonly ProgressRow[], week: Week, logs: readonly ProgressLog[] = []): GoalWeek {
  let count = 0;
  let saved = 0;
  let minutes = 0;
  for (const row of rows) {
    const done = inWeek(row.doneAt, week);
    if (done) {
      count++;
      minutes += learningMinutesOf(row);
    } else if (inWeek(row.savedAt, week)) saved++;
  }
  const last = dayKey(week.end);
  const logged = loggedMinutes(logs.filter(byHand), week.key, last);
  const other = loggedMinutes(
    logs.filter((l) => !byHand(l)),
    week.key,
    last,
  );
  return { week, items: count, saved, minutes: minutes + logged + other, logged };
}

export function goalProgress(
  goal: Goal,
  rows: readonly ProgressRow[],
  now: number,
  weekStartsOn: WeekStartsOn,
  logs: readonly ProgressLog[] = [],
): GoalProgress {
  const w = goalWeek(rows, weekOf(now, weekStartsOn), logs);
  const share = (value: number, target: number | null) => (target ? Math.min(1, value / target) : null);
  return { ...w, itemsShare: share(w.items, goal.weeklyItems), minutesShare: share(w.minutes, goal.weeklyMinutes) };
}

/** How many weeks the goal has lived through, the one under way included: at least 1, at most `max`. */
export function weeksSince(createdAt: number, now: number, weekStartsOn: WeekStartsOn, max = 26): number {
  let weeks = 1;
  while (weeks < max && weekOf(now, weekStartsOn, -weeks).end > createdAt) weeks++;
  return weeks;
}

/**
 * Progress in each of `weeks` (newest first, back to back, as weekOf gives them), in one pass
 * over the rows: a goal's view reads thousands of items against months of weeks.
 */
export function goalWeeks(rows: readonly ProgressRow[], weeks: readonly Week[], logs: readonly ProgressLog[] = []) {
  const out: GoalWeek[] = weeks.map((week) => ({ week, items: 0, saved: 0, minutes: 0, logged: 0 }));
  const last = weeks.length - 1;
  if (last < 0) return out;
  /** The index of the week holding `t`, or -1 (weeks are newest first). */
  const find = (t: number | null) => {
    if (t === null || t >= weeks[0]!.end || t < weeks[last]!.start) return -1;
    let lo = 0;
    let hi = last;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (t >= weeks[mid]!.start) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  for (const row of rows) {
    const done = find(row.doneAt);
    if (done >= 0) {
      out[done]!.items++;
      out[done]!.minutes += Math.max(row.readingMinutes ?? 0, Math.round((row.engagedSeconds ?? 0) / 60));
    }
    const saved = find(row.savedAt);
    if (saved >= 0 && saved !== done) out[saved]!.saved++;
  }
  for (const log of logs) {
    const i = weeks.findIndex((w) => log.day >= w.key);
    if (i >= 0 && log.day < dayKey(weeks[i]!.end)) {
      if (byHand(log)) out[i]!.logged += log.minutes;
      out[i]!.minutes += log.minutes;
    }
  }
  return out;
}

/** The `count` weeks ending with the one holding `now`, newest first. */
export const weeksBack = (now: number, weekStartsOn: WeekStartsOn, count: number): Week[] =>
  Array.from({ length: count }, (_, i) => weekOf(now, weekStartsOn, -i));

/** The goal's last `weeks` weeks, newest first, for its history. */
export function goalHistory(
  rows: readonly ProgressRow[],
  now: number,
  weekStartsOn: WeekStartsOn,
  weeks = 8,
  logs: readonly ProgressLog[] = [],
): GoalWeek[] {
  return goalWeeks(rows, weeksBack(now, weekStartsOn, weeks), logs);
}

/** The goal's items, unread first, then newest first. */
export function orderGoalItems(items: readonly Item[]): Item[] {
  const rank = { unread: 0, done: 1, archived: 2 } as const;
  return [...items].sort((a, b) => rank[a.status] - rank[b.status] || b.savedAt - a.savedAt);
}
