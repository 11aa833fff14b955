import type { ReviewCard, ReviewRating } from '../core/review/schedule';

/** The spaced review (reader and review pages → worker). */
export interface ReviewMessages {
  /** Adds a highlight to the review; its card when it already is; null when the highlight is gone. */
  'review-add': { request: { highlightId: string }; response: ReviewCard | null };
  'review-answer': { request: { cardId: string; rating: ReviewRating }; response: ReviewCard | null };
}
