import { ITEM_STATUSES, type Item, type ItemStatus } from '../core/item/model';
import { NOTE_MAX } from '../core/library/limits';
import { oneOf } from '../core/one-of';
import { itemLeisure } from '../core/nudge/earned-leisure';
import type { EarnedLeisure } from '../core/tracking/settings';
import type { LearnmarkDb } from './db';
import { applyLeisureChanges } from './earned-leisure';
import { keepTakeawayCard } from './review';

/**
 * Marks an item unread, done (with an optional one-line takeaway) or archived. Finishing sets
 * `doneAt`, which the week view counts; reopening clears it. A takeaway written or cleared
 * here makes or removes its review card in the same transaction.
 */
export function setItemStatus(
  database: LearnmarkDb,
  itemId: string,
  change: { status: ItemStatus; note?: string },
  now: number,
  leisureRate: EarnedLeisure | null = null,
): Promise<Item | null> {
  if (!oneOf(ITEM_STATUSES, change.status)) return Promise.resolve(null);
  const { items, days, reviewCards, cardTrash } = database;
  return database.transaction('rw', [items, days, reviewCards, cardTrash], async () => {
    const item = await database.items.get(itemId);
    if (!item) return null;
    const note = change.note === undefined ? item.note : change.note.replace(/\s+/g, ' ').trim().slice(0, NOTE_MAX);
    const doneAt =
      change.status === 'done'
        ? item.status === 'done' && item.doneAt
          ? item.doneAt
          : now
        : change.status === 'unread'
          ? null
          : item.doneAt;
    const updated: Item = { ...item, status: change.status, note, doneAt, updatedAt: now };
    await database.items.put(updated);
    if (note !== item.note) await keepTakeawayCard(database, updated, now);
    // Earned leisure: finishing an item for a goal adds play to today; reopening takes it back.
    await applyLeisureChanges(database, [itemLeisure(item, updated, leisureRate)]);
    return updated;
  });
}
