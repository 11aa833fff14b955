import type { Nudge } from './model';
import { matchRule } from '../tracking/site-rules';

export const NUDGE_GAP_MS = 10 * 60_000;
export const MORE_TIME_SECONDS = 5 * 60;

export interface BudgetInput {
  host: string;
  path: string;
  /** Distraction seconds today on this host. */
  siteSeconds: number;
  /** Distraction seconds today on all sites. */
  totalSeconds: number;
  dailyBudgetMinutes: number;
  siteLimits: Record<string, number>;
  /** Nudges shown today (since local midnight) for this host. */
  nudgesToday: readonly Nudge[];
  now: number;
}

export type BudgetDecision =
  | { due: true; spentSeconds: number }
  | {
      due: false;
      reason: 'snoozed' | 'too-soon' | 'within-budget';
      spentSeconds: number;
      checkAgainInMs: number | null;
    };

/** The per-site limit that applies to a page, in minutes, or null (the shared budget applies). */
export function siteLimitFor(host: string, path: string, limits: Record<string, number>): number | null {
  const rule = matchRule(
    Object.keys(limits).map((pattern) => ({ pattern, category: 'distraction' as const })),
    host,
    path,
  );
  return rule ? (limits[rule.pattern] ?? null) : null;
}

/**
 * Whether the person on a distraction page should be nudged now. A site with its own limit is
 * judged by its time; any other by the day's total distraction time. "Not today" (or "this is
 * learning for me") silences the site until local midnight; each "five more minutes" adds five
 * minutes to the limit; and whatever happens, one site gets at most one nudge per ten minutes.
 */
export function budgetDecision(input: BudgetInput): BudgetDecision {
  const { nudgesToday, now } = input;
  const limitMinutes = siteLimitFor(input.host, input.path, input.siteLimits);
  const spentSeconds = limitMinutes === null ? input.totalSeconds : input.siteSeconds;
  if (nudgesToday.some((n) => n.outcome === 'snoozed' || n.outcome === 'reclassified')) {
    return { due: false, reason: 'snoozed', spentSeconds, checkAgainInMs: null };
  }
  const extra = nudgesToday.filter((n) => n.outcome === 'more-time').length * MORE_TIME_SECONDS;
  const allowed = (limitMinutes ?? input.dailyBudgetMinutes) * 60 + extra;
  const leftMs = Math.max(0, (allowed - spentSeconds) * 1000);
  const lastAt = Math.max(-Infinity, ...nudgesToday.map((n) => n.at));
  const quietMs = Math.max(0, lastAt + NUDGE_GAP_MS - now);
  if (leftMs > 0)
    return { due: false, reason: 'within-budget', spentSeconds, checkAgainInMs: Math.max(leftMs, quietMs) };
  if (quietMs > 0) return { due: false, reason: 'too-soon', spentSeconds, checkAgainInMs: quietMs };
  return { due: true, spentSeconds };
}
