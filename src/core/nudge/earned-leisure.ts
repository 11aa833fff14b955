import type { EarnedLeisure } from '../tracking/settings';
import type { DayTotals } from '../week/day-totals';

/** Where earned play comes from: a finished item, or (another part's) a logged piece of learning. */
export type LeisureSource = `item:${string}` | `log:${string}`;

/** Play seconds earned by `learningMinutes` of learning at the person's rate; none when it is off. */
export function earnedPlaySeconds(learningMinutes: number, rate: EarnedLeisure | null): number {
  if (!rate || !(learningMinutes > 0)) return 0;
  return Math.round((learningMinutes * 60 * rate.playMinutes) / rate.learningMinutes);
}

/**
 * The day with play earned by one source: once per source (finishing, reopening and finishing
 * an item again earns it once), nothing for nothing.
 */
export function withEarned(day: DayTotals, source: LeisureSource, seconds: number): DayTotals {
  if (!(seconds > 0) || day.earned?.[source] !== undefined) return day;
  return { ...day, earned: { ...day.earned, [source]: seconds } };
}

/** The day without what `source` earned (an item reopened, a log entry deleted). */
export function withoutEarned(day: DayTotals, source: LeisureSource): DayTotals {
  if (day.earned?.[source] === undefined) return day;
  const { [source]: _, ...rest } = day.earned;
  return { ...day, earned: rest };
}

/** All play seconds earned on the day. */
export const earnedSecondsOf = (day: DayTotals | undefined): number =>
  Object.values(day?.earned ?? {}).reduce((a, b) => a + b, 0);
