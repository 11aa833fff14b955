import { ITEM_STATUSES, type Item, type ItemStatus } from '../core/item/model';
import { NOTE_MAX } from '../core/library/limits';
import { oneOf } from '../core/one-of';
import type { LearnmarkDb } from './db';

/**
 * Marks an item unread, done (with an optional one-line takeaway) or archived. Finishing sets
 * `doneAt`, which the week view counts; reopening clears it.
 */
export function setItemStatus(
  database: LearnmarkDb,
  itemId: string,
  change: { status: ItemStatus; note?: string },
  now: number,
): Promise<Item | null> {
  if (!oneOf(ITEM_STATUSES, change.status)) return Promise.resolve(null);
  return database.transaction('rw', database.items, async () => {
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
    return updated;
  });
}
