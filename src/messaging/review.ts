import type { ReviewCard, ReviewRating } from '../core/review/schedule';

/** The spaced review (reader and review pages → worker). */
export interface ReviewMessages {
  /** Adds a highlight to the review; its card when it already is; null when the highlight is gone. */
  'review-add': { request: { highlightId: string }; response: ReviewCard | null };
  /** `seconds`: how long the card was on screen, visible, before the answer (counted as learning). */
  'review-answer': { request: { cardId: string; rating: ReviewRating; seconds?: number }; response: ReviewCard | null };
  /** Takes a card out of the review (or, for Undo, puts it back) without touching its schedule. */
  'review-suspend': { request: { cardId: string; suspended: boolean }; response: ReviewCard | null };
}
