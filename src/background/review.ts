import { db } from '../db/db';
import { endOfDay } from 'date-fns/endOfDay';
import { format } from 'date-fns/format';
import { reviewOffer, type ReviewOffer } from '../core/nudge/review-offer';
import { cardsLeftToday } from '../core/review/settings';
import type { LearnmarkDb } from '../db/db';
import { addHighlightCard, answerReview, answersOn, reviewQueue, suspendCard } from '../db/review';
import { loadReviewSettings } from '../db/review-settings';
import type { HandlersFor } from '../messaging/listener';
import { now } from '../platform/clock';

/** Review writes: a card per highlight, and each answer scheduled by FSRS at the extension's clock. */
export const reviewHandlers: HandlersFor<'review-add' | 'review-answer' | 'review-suspend'> = {
  'review-add': ({ highlightId }) => addHighlightCard(db(), highlightId, { id: crypto.randomUUID(), now: now() }),
  'review-answer': ({ cardId, rating, seconds }) =>
    answerReview(db(), cardId, rating, { now: now(), seconds: seconds ?? 0, id: crypto.randomUUID() }),
  'review-suspend': ({ cardId, suspended }) => suspendCard(db(), cardId, suspended),
};

/** How many of the latest answers time the offered review. */
const PACE_ANSWERS = 50;

/**
 * The review the distraction nudge may offer at `now`: null unless the person opted in
 * (Options → Review) and cards are left today under the daily limit, which counts today's answers.
 */
export async function reviewToOffer(database: LearnmarkDb, now: number): Promise<ReviewOffer | null> {
  const { dailyLimit, nudgeReview } = await loadReviewSettings();
  if (!nudgeReview) return null;
  const left = cardsLeftToday(dailyLimit, await answersOn(database, format(now, 'yyyy-MM-dd')));
  if (left === 0) return null;
  const due = await reviewQueue(database, endOfDay(now).getTime(), { limit: left });
  const recent = await database.reviewLog.orderBy('day').reverse().limit(PACE_ANSWERS).toArray();
  return reviewOffer(
    due.length,
    recent.map((r) => r.seconds),
  );
}
