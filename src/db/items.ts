import Dexie, { type IndexableType } from 'dexie';
import { ITEM_STATUSES, type Item, type ItemStatus } from '../core/item/model';
import { LATEST_VIEW } from '../core/library/lists';
import { viewMatches } from '../core/library/view';
import type { LearnmarkDb } from './db';
import { deferSearchIndex } from './search-index';

export interface SaveOutcome {
  item: Item;
  /** When the page was first saved, if this save found it already there. */
  firstSavedAt: number | null;
}

/**
 * Stores an item built from a capture, deduplicated by normalised URL, in one transaction:
 * the read of the existing item and the write either both happen or neither does. Its words
 * for search are queued in that transaction, not computed there (a long article's words were
 * most of a save's write): the caller runs `indexPending` after answering, and a worker stopped
 * before that finds the queue on its next start (background/search-indexer.ts).
 */
export async function upsertItem(
  database: LearnmarkDb,
  url: string,
  build: (existing: Item | null) => Item,
): Promise<SaveOutcome> {
  return database.transaction('rw', database.items, database.pendingIndex, async () => {
    const existing = (await database.items.where('url').equals(url).first()) ?? null;
    const item = build(existing);
    if (item.url !== url) throw new Error('upsertItem: the built item has another URL');
    await deferSearchIndex(database, [item.id]);
    await database.items.put(item);
    return { item, firstSavedAt: existing ? existing.savedAt : null };
  });
}

/** A popup list's first items, and how many its whole list holds (its "See all N"). */
export interface ListHead {
  items: Item[];
  total: number;
}

/**
 * Latest saved (core/library/lists.ts `LATEST_VIEW`: not archived, newest first), and how many
 * that view holds, counted on the status index; `saved` counts every item, archived too.
 */
export async function latestSaved(database: LearnmarkDb, limit = 5): Promise<ListHead & { saved: number }> {
  const { items } = database;
  const [latest, counts] = await Promise.all([
    items
      .orderBy('savedAt')
      .reverse()
      .filter((item) => viewMatches(LATEST_VIEW, item))
      .limit(limit)
      .toArray(),
    Promise.all(ITEM_STATUSES.map(async (s) => [s, await items.where('status').equals(s).count()] as const)),
  ]);
  const sum = (of: readonly (readonly [ItemStatus, number])[]) => of.reduce((n, [, c]) => n + c, 0);
  return {
    items: latest,
    total: sum(counts.filter(([s]) => LATEST_VIEW.statuses.includes(s))),
    saved: sum(counts),
  };
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
