import Dexie, { type IndexableType } from 'dexie';
import type { Item } from '../core/item/model';
import type { LearnmarkDb } from './db';

export interface SaveOutcome {
  item: Item;
  /** When the page was first saved, if this save found it already there. */
  firstSavedAt: number | null;
}

/**
 * Stores an item built from a capture, deduplicated by normalised URL, in one transaction:
 * the read of the existing item and the write either both happen or neither does.
 */
export async function upsertItem(
  database: LearnmarkDb,
  url: string,
  build: (existing: Item | null) => Item,
): Promise<SaveOutcome> {
  return database.transaction('rw', database.items, async () => {
    const existing = (await database.items.where('url').equals(url).first()) ?? null;
    const item = build(existing);
    if (item.url !== url) throw new Error('upsertItem: the built item has another URL');
    await database.items.put(item);
    return { item, firstSavedAt: existing ? existing.savedAt : null };
  });
}

export function latestItems(database: LearnmarkDb, limit = 5): Promise<Item[]> {
  return database.items.orderBy('savedAt').reverse().limit(limit).toArray();
}

export function itemByUrl(database: LearnmarkDb, url: string): Promise<Item | undefined> {
  return database.items.where('url').equals(url).first();
}

/** True for the errors a full disk or a storage quota raises, so the UI can say so. */
export function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: string; inner?: { name?: string } } | null)?.name;
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name;
  return name === 'QuotaExceededError' || inner === 'QuotaExceededError' || name === Dexie.errnames.QuotaExceeded;
}

// Who was saved or finished when, and who is tied to a goal, as ids: each one batched read of an
// index range (getAllKeys), never a key cursor (a cursor step is a round trip) nor an item's text.
const ids = async (keys: Promise<IndexableType[]>) => (await keys).map(String);

/** Ids of the items saved at `from` ≤ t < `to`. */
export const savedBetween = (database: LearnmarkDb, from: number, to: number): Promise<string[]> =>
  ids(database.items.where('savedAt').between(from, to, true, false).primaryKeys());

/** Ids of the items finished (done; an archived item keeps its `doneAt` but is not) at `from` ≤ t < `to`. */
export const finishedBetween = (database: LearnmarkDb, from: number, to: number): Promise<string[]> =>
  ids(database.items.where('[status+doneAt]').between(['done', from], ['done', to], true, false).primaryKeys());

/** Ids of the items tied to a goal. */
export const idsForGoal = (database: LearnmarkDb, goalId: string): Promise<string[]> =>
  ids(database.items.where('goalIds').equals(goalId).primaryKeys());
