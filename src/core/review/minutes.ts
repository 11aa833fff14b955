import type { ProgressLog } from '../goal/progress';
import type { ReviewTime } from './time';

// Apart from the review log's schema (time.ts, with valibot): a goal's view counts these on its
// first draw, which loads no schema library.

/**
 * Review time as learning minutes, one entry per local day (seconds summed, then rounded, so
 * twelve 5-second answers make a minute): all of it, or with `goalId` only answers for items
 * tied to that goal. Marked `fromReview`: learning, but not logged by hand.
 */
export function reviewLogs(
  rows: readonly Pick<ReviewTime, 'day' | 'seconds' | 'goalIds'>[],
  goalId?: string,
): ProgressLog[] {
  const seconds = new Map<string, number>();
  for (const row of rows)
    if (goalId === undefined || row.goalIds.includes(goalId))
      seconds.set(row.day, (seconds.get(row.day) ?? 0) + row.seconds);
  return [...seconds]
    .map(([day, s]) => ({ day, minutes: Math.round(s / 60), fromReview: true }))
    .filter((l) => l.minutes > 0);
}
