import type { ReviewCard } from './schedule';

/** A takeaway's card is named by its item, so two computers writing one takeaway make one card. */
export const takeawayCardId = (itemId: string) => `takeaway-${itemId}`;

/**
 * A card never answered, due at `now`: the fields ts-fsrs's `createEmptyCard` gives (a test
 * holds them equal). Written out rather than made by ts-fsrs so that the database's upgrade
 * (db.ts, which every page loads) does not bring the scheduler into every page.
 */
export function newCard(source: ReviewCard['source'], sourceId: string, ctx: { id: string; now: number }): ReviewCard {
  return {
    id: ctx.id,
    source,
    sourceId,
    suspended: false,
    due: ctx.now,
    stability: 0,
    difficulty: 0,
    elapsed_days: 0,
    scheduled_days: 0,
    learning_steps: 0,
    reps: 0,
    lapses: 0,
    state: 0,
    last_review: null,
  };
}
