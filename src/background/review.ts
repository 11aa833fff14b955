import { db } from '../db/db';
import { addHighlightCard, answerReview, suspendCard } from '../db/review';
import type { HandlersFor } from '../messaging/listener';
import { now } from '../platform/clock';

/** Review writes: a card per highlight, and each answer scheduled by FSRS at the extension's clock. */
export const reviewHandlers: HandlersFor<'review-add' | 'review-answer' | 'review-suspend'> = {
  'review-add': ({ highlightId }) => addHighlightCard(db(), highlightId, { id: crypto.randomUUID(), now: now() }),
  'review-answer': ({ cardId, rating, seconds }) =>
    answerReview(db(), cardId, rating, { now: now(), seconds: seconds ?? 0, id: crypto.randomUUID() }),
  'review-suspend': ({ cardId, suspended }) => suspendCard(db(), cardId, suspended),
};
