import { answerCard, newCard, todaysQueue, type ReviewCard, type ReviewRating } from '../core/review/schedule';
import type { LearnmarkDb } from './db';

/** Puts a highlight into the review (once: asking again answers its card). Null when it is gone. */
export function addHighlightCard(
  database: LearnmarkDb,
  highlightId: string,
  ctx: { id: string; now: number },
): Promise<ReviewCard | null> {
  return database.transaction('rw', database.highlights, database.reviewCards, async () => {
    if (!(await database.highlights.get(highlightId))) return null;
    const existing = await database.reviewCards.where('sourceId').equals(highlightId).first();
    if (existing) return existing;
    const card = newCard('highlight', highlightId, ctx);
    await database.reviewCards.add(card);
    return card;
  });
}

export function answerReview(
  database: LearnmarkDb,
  cardId: string,
  rating: ReviewRating,
  now: number,
): Promise<ReviewCard | null> {
  return database.transaction('rw', database.reviewCards, async () => {
    const card = await database.reviewCards.get(cardId);
    if (!card) return null;
    const next = answerCard(card, rating, now);
    await database.reviewCards.put(next);
    return next;
  });
}

/** A card out of the review or back in it; its schedule is kept as it was. Null when it is gone. */
export function suspendCard(database: LearnmarkDb, cardId: string, suspended: boolean): Promise<ReviewCard | null> {
  return database.transaction('rw', database.reviewCards, async () => {
    const card = await database.reviewCards.get(cardId);
    if (!card) return null;
    const next = { ...card, suspended };
    await database.reviewCards.put(next);
    return next;
  });
}

/**
 * Today's cards, from the due-date index: never every card of a large deck. A card whose
 * highlight was deleted waits (the delete's Undo brings the highlight back with its schedule).
 */
export async function reviewQueue(database: LearnmarkDb, endOfToday: number, limit?: number): Promise<ReviewCard[]> {
  const due = await database.reviewCards.where('due').belowOrEqual(endOfToday).toArray();
  const sources = await database.highlights.bulkGet(due.map((c) => c.sourceId));
  return todaysQueue(
    due.filter((_, i) => sources[i] !== undefined),
    endOfToday,
    limit,
  );
}
