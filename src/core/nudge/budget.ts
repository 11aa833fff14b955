import type { Nudge } from './model';
import { matchRule } from '../tracking/site-rules';
import { budgetMinutesAt, nextScheduleChange, type Schedule } from './schedule';

const NUDGE_GAP_MS = 10 * 60_000;
const MORE_TIME_SECONDS = 5 * 60;

export interface BudgetInput {
  host: string;
  path: string;
  /** Distraction seconds today on this host. */
  siteSeconds: number;
  /** Distraction seconds today on all sites. */
  totalSeconds: number;
  dailyBudgetMinutes: number;
  /** When the daily budget applies; outside it, the schedule's own budget or none. */
  schedule?: Schedule | null;
  siteLimits: Record<string, number>;
  /** Play seconds earned today by learning (earned leisure): added to the shared budget. */
  earnedSeconds?: number;
  /** Nudges shown today (since local midnight); only this host's count here. */
  nudgesToday: readonly Nudge[];
  now: number;
}

export type BudgetDecision =
  | { due: true; spentSeconds: number }
  | {
      due: false;
      reason: 'snoozed' | 'too-soon' | 'within-budget' | 'no-budget-now';
      spentSeconds: number;
      checkAgainInMs: number | null;
    };

/** The per-site limit that applies to a page, in minutes, or null (the shared budget applies). */
function siteLimitFor(host: string, path: string, limits: Record<string, number>): number | null {
  const rule = matchRule(
    Object.keys(limits).map((pattern) => ({ pattern, category: 'distraction' as const })),
    host,
    path,
  );
  return rule ? (limits[rule.pattern] ?? null) : null;
}

/**
 * A budget of `minutes` with each "five more minutes" of `nudgesToday` and the play earned today.
 * "Five more minutes" is for the site it was asked on: the caller passes that site's nudges only.
 */
const allowedSeconds = (minutes: number, nudgesToday: readonly Nudge[], earnedSeconds: number) =>
  minutes * 60 + nudgesToday.filter((n) => n.outcome === 'more-time').length * MORE_TIME_SECONDS + earnedSeconds;

/** What is left of today's shared play budget, and how much of it was earned by learning. */
export interface PlayLeft {
  leftSeconds: number;
  earnedSeconds: number;
  /**
   * Play that only one site has on top of `leftSeconds`: the "five more minutes" asked there
   * and not yet played, most first. Any other site is not given it.
   */
  moreOn: { host: string; seconds: number }[];
}

/**
 * Play left on the shared budget at `now` (the daily budget or the schedule's, and the play
 * earned today), as the popup shows it, with what each site's "five more minutes" adds there
 * only (as the budget check counts them: on their own site); null when no budget applies now
 * (outside the schedule with none there). Per-site limits are their own and not in it.
 * `nudgesToday` is every site's.
 */
export function playLeft(
  input: Pick<BudgetInput, 'dailyBudgetMinutes' | 'schedule' | 'totalSeconds' | 'nudgesToday' | 'now'> & {
    earnedSeconds: number;
  },
): PlayLeft | null {
  const budget = budgetMinutesAt(input.dailyBudgetMinutes, input.schedule ?? null, input.now);
  if (budget === null) return null;
  const left = (nudges: readonly Nudge[]) =>
    Math.max(0, allowedSeconds(budget, nudges, input.earnedSeconds) - input.totalSeconds);
  const leftSeconds = left([]);
  const hosts = new Set(input.nudgesToday.filter((n) => n.outcome === 'more-time').map((n) => n.host));
  const moreOn = [...hosts]
    .map((host) => ({ host, seconds: left(input.nudgesToday.filter((n) => n.host === host)) - leftSeconds }))
    .filter((m) => m.seconds > 0)
    .sort((a, b) => b.seconds - a.seconds || a.host.localeCompare(b.host));
  return { leftSeconds, earnedSeconds: input.earnedSeconds, moreOn };
}

/**
 * Whether the person on a distraction page should be nudged now. A site with its own limit is
 * judged by its time; any other by the day's total distraction time. "Not today" (or "this is
 * learning for me") silences the site until local midnight; each "five more minutes" adds five
 * minutes to the limit; and whatever happens, one site gets at most one nudge per ten minutes.
 */
export function budgetDecision(input: BudgetInput): BudgetDecision {
  const { now } = input;
  // "Not today" and "five more minutes" are answers about one site: another site's do not count.
  const nudgesToday = input.nudgesToday.filter((n) => n.host === input.host);
  const limitMinutes = siteLimitFor(input.host, input.path, input.siteLimits);
  const spentSeconds = limitMinutes === null ? input.totalSeconds : input.siteSeconds;
  if (nudgesToday.some((n) => n.outcome === 'snoozed' || n.outcome === 'reclassified')) {
    return { due: false, reason: 'snoozed', spentSeconds, checkAgainInMs: null };
  }
  // A per-site limit holds all day; the shared budget follows the schedule.
  const schedule = limitMinutes === null ? (input.schedule ?? null) : null;
  const change = nextScheduleChange(schedule, now);
  const untilChange = change === null ? Infinity : change - now;
  const budget = limitMinutes ?? budgetMinutesAt(input.dailyBudgetMinutes, schedule, now);
  if (budget === null) {
    return { due: false, reason: 'no-budget-now', spentSeconds, checkAgainInMs: change === null ? null : untilChange };
  }
  const allowed = allowedSeconds(budget, nudgesToday, limitMinutes === null ? (input.earnedSeconds ?? 0) : 0);
  const leftMs = Math.max(0, (allowed - spentSeconds) * 1000);
  const lastAt = Math.max(-Infinity, ...nudgesToday.map((n) => n.at));
  const quietMs = Math.max(0, lastAt + NUDGE_GAP_MS - now);
  if (leftMs > 0) {
    // Checked again when the budget runs out, or when the schedule changes the budget.
    return {
      due: false,
      reason: 'within-budget',
      spentSeconds,
      checkAgainInMs: Math.min(Math.max(leftMs, quietMs), untilChange),
    };
  }
  if (quietMs > 0) return { due: false, reason: 'too-soon', spentSeconds, checkAgainInMs: quietMs };
  return { due: true, spentSeconds };
}
