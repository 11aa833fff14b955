/** The review's own settings, kept in storage.sync beside the display and tracking settings. */
export interface ReviewSettings {
  /** Cards shown per day, 1 to 50. */
  dailyLimit: number;
  /** Whether the distraction nudge may offer the day's review (opt-in). */
  nudgeReview: boolean;
}

export const DAILY_LIMIT_MIN = 1;
export const DAILY_LIMIT_MAX = 50;
export const DEFAULT_REVIEW: ReviewSettings = { dailyLimit: 5, nudgeReview: false };

/** Whatever storage holds (older, newer or damaged), as valid settings. */
export function parseReviewSettings(raw: unknown): ReviewSettings {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const limit = r.dailyLimit;
  return {
    dailyLimit:
      typeof limit === 'number' && Number.isInteger(limit) && limit >= DAILY_LIMIT_MIN && limit <= DAILY_LIMIT_MAX
        ? limit
        : DEFAULT_REVIEW.dailyLimit,
    nudgeReview: r.nudgeReview === true,
  };
}

/**
 * Cards the review still offers today: the daily limit counts answers made today (the
 * `reviewLog` rows of today), so reopening the review, or answering on two pages, never makes
 * more than the limit. `rounds`: how many times the person chose "Review more anyway" (each
 * grants another day's limit), 0 otherwise.
 */
export function cardsLeftToday(dailyLimit: number, answeredToday: number, rounds = 0): number {
  return Math.max(0, dailyLimit * (rounds + 1) - answeredToday);
}
