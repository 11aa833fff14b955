import { answerCard, todaysQueue, type ReviewCard, type ReviewRating } from '../core/review/schedule';
import { newCard, takeawayCardId } from '../core/review/card';
import { format } from 'date-fns/format';
import type { Highlight } from '../core/highlight/model';
import { answerSeconds } from '../core/review/time';
import type { Item } from '../core/item/model';
import type { LearnmarkDb } from './db';

/** How long a cleared takeaway's card waits for Undo (writing the takeaway back). */
const CARD_TRASH_KEEP_MS = 24 * 60 * 60 * 1000;

/**
 * Keeps an item's takeaway card in step with its takeaway, inside the caller's transaction
 * (which must include `reviewCards` and `cardTrash`): a takeaway written makes its card (or
 * brings back the one its clearing put in the trash, schedule and all), a changed one keeps
 * its card and schedule (the card shows the item's current takeaway), a cleared one moves its
 * card to the trash. Answers the card now in the review, or null.
 */
export async function keepTakeawayCard(
  database: LearnmarkDb,
  item: Pick<Item, 'id' | 'note'>,
  now: number,
): Promise<ReviewCard | null> {
  const id = takeawayCardId(item.id);
  const card = await database.reviewCards.get(id);
  if (item.note.trim() === '') {
    if (card) {
      await database.cardTrash.put({ id, removedAt: now, card });
      await database.reviewCards.delete(id);
    }
    return null;
  }
  if (card) return card;
  await database.cardTrash
    .where('removedAt')
    .below(now - CARD_TRASH_KEEP_MS)
    .delete();
  const trashed = await database.cardTrash.get(id);
  const next = trashed?.card ?? newCard('takeaway', item.id, { id, now });
  await database.reviewCards.put(next);
  if (trashed) await database.cardTrash.delete(id);
  return next;
}

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

/**
 * The card scheduled by its answer, and the answer recorded in the same transaction: its time
 * for the week and for the goals the card's item has now (core/review/time.ts), and its day for
 * the daily limit.
 */
export function answerReview(
  database: LearnmarkDb,
  cardId: string,
  rating: ReviewRating,
  ctx: { now: number; seconds: number; id: string },
): Promise<ReviewCard | null> {
  const { reviewCards, reviewLog, highlights, items } = database;
  return database.transaction('rw', [reviewCards, reviewLog, highlights, items], async () => {
    const card = await reviewCards.get(cardId);
    if (!card) return null;
    const next = answerCard(card, rating, ctx.now);
    await reviewCards.put(next);
    const itemId = card.source === 'takeaway' ? card.sourceId : (await highlights.get(card.sourceId))?.itemId;
    const item = itemId ? await items.get(itemId) : undefined;
    // Every answer is logged, even one given in no time: the daily limit counts today's rows.
    const seconds = answerSeconds(ctx.seconds);
    if (item)
      await reviewLog.add({
        id: ctx.id,
        cardId,
        itemId: item.id,
        goalIds: item.goalIds,
        day: format(ctx.now, 'yyyy-MM-dd'),
        at: ctx.now,
        seconds,
      });
    return next;
  });
}

/** Answers made on a local day (`yyyy-MM-dd`), which the daily limit counts. */
export function answersOn(database: LearnmarkDb, day: string): Promise<number> {
  return database.reviewLog.where('day').equals(day).count();
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

/** A card with what it shows: its item, and for a highlight's card the highlight. */
export interface QueuedCard {
  card: ReviewCard;
  item: Item;
  highlight: Highlight | null;
}

/**
 * Today's cards with what they show, from the due-date index: never every card of a large
 * deck. A card whose highlight was deleted waits (the delete's Undo brings the highlight back
 * with its schedule), and so does a takeaway card whose item has no takeaway (a sync may bring
 * the card first). With `goalId`, only cards of items tied to that goal.
 */
export async function reviewQueue(
  database: LearnmarkDb,
  endOfToday: number,
  options: { limit?: number; goalId?: string | null } = {},
): Promise<QueuedCard[]> {
  const due = (await database.reviewCards.where('due').belowOrEqual(endOfToday).toArray()).filter((c) => !c.suspended);
  const highlights = await database.highlights.bulkGet(due.map((c) => (c.source === 'highlight' ? c.sourceId : '')));
  const items = await database.items.bulkGet(
    due.map((c, i) => (c.source === 'highlight' ? (highlights[i]?.itemId ?? '') : c.sourceId)),
  );
  const shown = new Map<string, QueuedCard>();
  due.forEach((card, i) => {
    const item = items[i];
    const highlight = highlights[i] ?? null;
    if (!item || (card.source === 'highlight' ? !highlight : item.note.trim() === '')) return;
    if (options.goalId && !item.goalIds.includes(options.goalId)) return;
    shown.set(card.id, { card, item, highlight });
  });
  const queue = todaysQueue(
    due.filter((c) => shown.has(c.id)),
    endOfToday,
    options.limit,
  );
  return queue.map((c) => shown.get(c.id)!);
}
