import type { ReviewTime } from '../core/review/time';
import type { LearnmarkDb } from './db';

// Reads of review time, apart from db/review.ts: the popup's week and the goal view count it,
// and neither should load the FSRS scheduler (ts-fsrs) that scheduling cards needs.

/** Review time on local days `fromDay` ≤ day < `toDay`. */
export function reviewTimeBetween(database: LearnmarkDb, fromDay: string, toDay: string): Promise<ReviewTime[]> {
  return database.reviewLog.where('day').between(fromDay, toDay, true, false).toArray();
}

/** Review time on cards of items tied to a goal (when they were answered). */
export function reviewTimeForGoal(database: LearnmarkDb, goalId: string): Promise<ReviewTime[]> {
  return database.reviewLog.where('goalIds').equals(goalId).toArray();
}
