import Dexie, { type IndexableType } from 'dexie';
import { type Item, type ItemStatus } from '../core/item/model';
import { LATEST_VIEW } from '../core/library/lists';
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

/**
 * A popup list's first items. How many its whole list holds (its "See all N") is a read of its
 * own (`latestTotal`, db/week.ts `upNextTotal`), made only while the list is unfolded: the lists
 * are folded by default, and their counts walked the library on every opening.
 */
export interface ListHead {
  items: Item[];
}

/**
 * Latest saved (core/library/lists.ts `LATEST_VIEW`: not archived, newest first). The first items come from the newest keys of
 * each status the view shows, read as keys ([status+savedAt] holds the time), merged in the
 * view's order (newest first, then by id, as the `savedAt` index orders equal times); only the
 * rows shown are read. Walking the `savedAt` index with values instead read whole rows (their
 * text) in batches, and with the counts it held up every read begun after it.
 */
export async function latestSaved(database: LearnmarkDb, limit = 5): Promise<ListHead> {
  const { items } = database;
  const statuses = LATEST_VIEW.statuses;
  const newest = (status: ItemStatus) =>
    items.where('[status+savedAt]').between([status, Dexie.minKey], [status, Dexie.maxKey]).reverse().limit(limit);
  const heads = await database.transaction('r', items, () =>
    Promise.all(
      statuses.map(async (status) => {
        const [keys, ids] = await Promise.all([newest(status).keys(), newest(status).primaryKeys()]);
        return ids.map((id, i) => ({ id: String(id), savedAt: (keys[i] as unknown as [ItemStatus, number])[1] }));
      }),
    ),
  );
  const shown = heads
    .flat()
    .sort((x, y) => y.savedAt - x.savedAt || (x.id < y.id ? 1 : x.id > y.id ? -1 : 0))
    .slice(0, limit);
  const rows = await items.bulkGet(shown.map((h) => h.id));
  return { items: rows.filter((i): i is Item => i !== undefined) };
}

/** How many items Latest saved's view holds (its "See all N"), counted on the status index. */
export async function latestTotal(database: LearnmarkDb): Promise<number> {
  const counts = await Promise.all(LATEST_VIEW.statuses.map((s) => database.items.where('status').equals(s).count()));
  return counts.reduce((n, c) => n + c, 0);
}

/** Whether anything is saved at all (archived items too): one key read. */
export async function anySaved(database: LearnmarkDb): Promise<boolean> {
  return (await database.items.limit(1).primaryKeys()).length > 0;
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
