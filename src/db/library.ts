import { applyBulk, applyPatch, patchOf, type BulkAction, type ItemPatch } from '../core/library/bulk';
import { keepInAll, planView, savedSpan, type IndexLookup } from '../core/library/plan';
import { needsRows, rowMatches, viewMatches, type LibraryView } from '../core/library/view';
import type { Item } from '../core/item/model';
import { cleanTags } from '../core/item/tags';
import { NOTE_MAX, TITLE_MAX } from '../core/library/limits';
import type { LearnmarkDb } from './db';
import { learnFromBulkTies, learnFromTies } from './goals';
import { itemLeisure } from '../core/nudge/earned-leisure';
import type { EarnedLeisure } from '../core/tracking/settings';
import { applyLeisureChanges } from './earned-leisure';
import { rankIds } from '../core/item/search-rank';
import { request, scoreQuery } from './search';
import { keepTakeawayCard } from './review';

/** Rows read at a time when a filter needs them (site, takeaway): never the whole library. */
const ROW_CHUNK = 2_000;
/** How long a deleted item waits in the trash for Undo before a later delete purges it. */
const TRASH_KEEP_MS = 24 * 60 * 60 * 1000;

/** The primary keys one lookup finds, read in one batch per value (`getAllKeys`). */
async function keysOf(store: IDBObjectStore, lookup: IndexLookup): Promise<IDBValidKey[]> {
  const index = store.index(lookup.index);
  if ('values' in lookup)
    return (await Promise.all(lookup.values.map((v) => request(index.getAllKeys(IDBKeyRange.only(v)))))).flat();
  return request(index.getAllKeys(IDBKeyRange.bound(lookup.from, lookup.to)));
}

/** The goals active now, when a view keeps the items of any of them (Up next's view), else none. */
async function activeGoalIdsFor(database: LearnmarkDb, view: LibraryView): Promise<string[]> {
  return view.anyActiveGoal ? (await database.goals.where('status').equals('active').primaryKeys()).map(String) : [];
}

/**
 * The ids of a view's items, in its order, from index keys alone (and rows only for site or
 * takeaway). Keys are read with IndexedDB's batched getAllKeys, not Dexie's collections: Dexie
 * walks a reversed, multiEntry or anyOf range with a cursor, one round trip per key, which
 * made a 10 000-item view take seconds. Counting the table first makes a liveQuery re-run on
 * any change to items; it and the active goals' read begin before the first await, since a
 * liveQuery records only the reads its query begins synchronously (no async zone follows a
 * plain `await`), and a view begun after one would never follow an archive or a delete.
 */
export async function libraryIds(database: LearnmarkDb, view: LibraryView): Promise<string[]> {
  const [active] = await Promise.all([activeGoalIdsFor(database, view), database.items.count()]);
  const plan = planView(view, active);
  const tx = database.backendDB().transaction(['items', 'words'], 'readonly');
  const store = tx.objectStore('items');
  const [matches, decided, ordered, ...found] = await Promise.all([
    view.query ? scoreQuery(tx.objectStore('words'), view.query) : null,
    unreadOf(store, view),
    request(store.index(plan.order).getAllKeys(IDBKeyRange.bound(plan.from, plan.to))),
    ...plan.lookups.map((lookup) => keysOf(store, lookup)),
  ]);
  const keys = ordered as string[];
  if (plan.reverse) keys.reverse();
  const sets: Set<string>[] = [];
  const except: Set<string>[] = [];
  found.forEach((k, i) => {
    const lookup = plan.lookups[i]!;
    ('except' in lookup && lookup.except ? except : sets).push(new Set(k as string[]));
  });
  const scores = matches?.scores;
  if (scores) sets.push(new Set(scores.keys()));
  const matching = keepInAll(keys, sets, except);
  const ids = plan.rank && scores ? rankIds(scores, matching) : matching;
  if (!needsRows(view)) return ids;
  const toRead = decided ? ids.filter((id) => !decided.has(id)) : ids;
  const kept = new Set<string>();
  for (let i = 0; i < toRead.length; i += ROW_CHUNK) {
    const rows = await database.items.bulkGet(toRead.slice(i, i + ROW_CHUNK));
    for (const row of rows) if (row && rowMatches(view, row)) kept.add(row.id);
  }
  return ids.filter((id) => decided?.has(id) || kept.has(id));
}

/**
 * The unread items of a From your past view (its rule keeps them whatever their takeaway) from
 * the `[status+savedAt]` keys over its dates, so that only the others' rows are read; null for
 * a view whose rows decide every item.
 */
async function unreadOf(store: IDBObjectStore, view: LibraryView): Promise<Set<string> | null> {
  if (!view.unreadOrTakeaway || view.site !== null || view.hasTakeaway) return null;
  const { from, to } = savedSpan(view);
  const range = IDBKeyRange.bound(['unread', from], ['unread', to]);
  return new Set((await request(store.index('[status+savedAt]').getAllKeys(range))) as string[]);
}

/** How many keys the first screen walks at most before leaving the view to `libraryIds`. */
const FIRST_SCAN = 400;

/**
 * The first `count` ids of a view without words, found by walking its order's index from the
 * start and checking rows, so the first screen does not wait for every id of a large library
 * (`libraryIds` gives the rest, and the count). A view whose matches are rare may find fewer
 * within the walk: they are still its first ones, in order.
 */
export async function firstIds(database: LearnmarkDb, view: LibraryView, count: number): Promise<string[] | null> {
  if (view.query) return null;
  // The order's range does not depend on the goals: both reads begin at once, before any await,
  // so a liveQuery records them (see libraryIds).
  const plan = planView(view);
  const range = database.items.where(plan.order).between(plan.from, plan.to, true, true);
  const [keys, active] = await Promise.all([
    (plan.reverse ? range.reverse() : range).limit(FIRST_SCAN).primaryKeys() as Promise<string[]>,
    activeGoalIdsFor(database, view),
  ]);
  const found: string[] = [];
  for (let i = 0; i < keys.length && found.length < count; i += count) {
    const rows = await database.items.bulkGet(keys.slice(i, i + count));
    for (const row of rows) if (row && viewMatches(view, row, active) && found.length < count) found.push(row.id);
  }
  return found;
}

/** Every tag in the library, for completion: from the tag index's keys, no row read. */
export async function allTags(database: LearnmarkDb): Promise<string[]> {
  return (await database.items.orderBy('tags').uniqueKeys()).map(String);
}

export interface ItemEdit {
  itemId: string;
  title?: string;
  tags?: string[];
  goalIds?: string[];
  note?: string;
}

/**
 * One item's title, tags, goals or takeaway, in one transaction with the takeaway's review card
 * (made, kept or put in the trash as the takeaway is written, changed or cleared); the later
 * write wins.
 */
export function editItem(database: LearnmarkDb, edit: ItemEdit, now: number): Promise<Item | null> {
  const { items, goals, reviewCards, cardTrash } = database;
  return database.transaction('rw', [items, goals, reviewCards, cardTrash], async () => {
    const item = await database.items.get(edit.itemId);
    if (!item) return null;
    const known = edit.goalIds ? new Set(await database.goals.toCollection().primaryKeys()) : null;
    const title =
      edit.title === undefined ? item.title : edit.title.replace(/\s+/g, ' ').trim().slice(0, TITLE_MAX) || null;
    const updated: Item = {
      ...item,
      title,
      tags: edit.tags ? cleanTags(edit.tags) : item.tags,
      goalIds: edit.goalIds && known ? [...new Set(edit.goalIds)].filter((g) => known.has(g)) : item.goalIds,
      note: edit.note === undefined ? item.note : edit.note.trim().slice(0, NOTE_MAX),
      updatedAt: now,
    };
    await database.items.put(updated);
    await learnFromTies(database, updated, item.goalIds, now);
    if (updated.note !== item.note) await keepTakeawayCard(database, updated, now);
    return updated;
  });
}

/**
 * A bulk action over `ids` in one transaction; answers what Undo needs to put back. Items
 * finished or reopened earn or give back their earned leisure, and items untied teach the goal,
 * as one by one.
 */
export function bulkApply(
  database: LearnmarkDb,
  ids: string[],
  action: BulkAction,
  now: number,
  leisureRate: EarnedLeisure | null = null,
): Promise<{ changed: number; undo: ItemPatch[] }> {
  return database.transaction('rw', database.items, database.goals, database.days, async () => {
    if ((action.kind === 'tie' || action.kind === 'untie') && !(await database.goals.get(action.goalId)))
      return { changed: 0, undo: [] };
    const items = await database.items.bulkGet([...new Set(ids)]);
    const undo: ItemPatch[] = [];
    const updated: Item[] = [];
    const leisure = [];
    for (const item of items) {
      const next = item && applyBulk(item, action, now);
      if (!item || !next) continue;
      undo.push(patchOf(item));
      updated.push(next);
      leisure.push(itemLeisure(item, next, leisureRate));
    }
    await database.items.bulkPut(updated);
    await applyLeisureChanges(database, leisure);
    if (action.kind === 'tie' || action.kind === 'untie')
      await learnFromBulkTies(
        database,
        updated.map((after, i) => ({ before: undo[i]!.goalIds, after })),
        now,
        { teachUnties: true },
      );
    return { changed: updated.length, undo };
  });
}

/**
 * Undo of a bulk action: puts each item's goals, tags and status back, the play a bulk "done"
 * earned (or a bulk reopen gave back), and what a bulk untie taught its goal.
 */
export function undoBulk(
  database: LearnmarkDb,
  patches: ItemPatch[],
  now: number,
  leisureRate: EarnedLeisure | null = null,
): Promise<number> {
  return database.transaction('rw', database.items, database.goals, database.days, async () => {
    const items = await database.items.bulkGet(patches.map((p) => p.id));
    const pairs = patches.flatMap((patch, i) => {
      const after = applyPatch(items[i], patch, now);
      return after ? [[items[i]!, after] as const] : [];
    });
    const restored = pairs.map(([, after]) => after);
    await database.items.bulkPut(restored);
    // Undo of a bulk untie takes its lessons back; Undo of a bulk tie is no untie by the person.
    await learnFromBulkTies(
      database,
      pairs.map(([before, after]) => ({ before: before.goalIds, after })),
      now,
      { teachUnties: false },
    );
    await applyLeisureChanges(
      database,
      pairs.map(([before, after]) => itemLeisure(before, after, leisureRate)),
    );
    return restored.length;
  });
}

/**
 * Deletes items, keeping them whole in the trash for Undo, with their highlights and review
 * cards (a takeaway's card by the item, a highlight's by the highlight), so nothing is left
 * behind; purges what is past keeping.
 */
export function deleteItems(database: LearnmarkDb, ids: string[], now: number): Promise<number> {
  const { items, trash, highlights, reviewCards } = database;
  return database.transaction('rw', [items, trash, highlights, reviewCards], async () => {
    await trash
      .where('deletedAt')
      .below(now - TRASH_KEEP_MS)
      .delete();
    const found = (await items.bulkGet([...new Set(ids)])).filter((i): i is Item => !!i);
    const marks = await highlights
      .where('itemId')
      .anyOf(found.map((i) => i.id))
      .toArray();
    const cards = await reviewCards
      .where('sourceId')
      .anyOf([...found.map((i) => i.id), ...marks.map((h) => h.id)])
      .toArray();
    const itemOf = new Map(marks.map((h) => [h.id, h.itemId]));
    await trash.bulkPut(
      found.map((item) => ({
        id: item.id,
        deletedAt: now,
        item,
        highlights: marks.filter((h) => h.itemId === item.id),
        reviewCards: cards.filter((c) => (itemOf.get(c.sourceId) ?? c.sourceId) === item.id),
      })),
    );
    await reviewCards.bulkDelete(cards.map((c) => c.id));
    await highlights.bulkDelete(marks.map((h) => h.id));
    await items.bulkDelete(found.map((i) => i.id));
    return found.length;
  });
}

/**
 * Undo of a delete: the items come back from the trash as they were, with their highlights
 * and cards. One saved again since (same URL, new id) stays as saved, and the trashed copy is
 * dropped.
 */
export function restoreItems(database: LearnmarkDb, ids: string[]): Promise<number> {
  const { items, trash, highlights, reviewCards } = database;
  return database.transaction('rw', [items, trash, highlights, reviewCards], async () => {
    const trashed = (await trash.bulkGet(ids)).filter((t) => !!t);
    const taken = new Set(
      await items
        .where('url')
        .anyOf(trashed.map((t) => t.item.url))
        .keys(),
    );
    const back = trashed.filter((t) => !taken.has(t.item.url));
    await items.bulkAdd(back.map((t) => t.item));
    await highlights.bulkPut(back.flatMap((t) => t.highlights ?? []));
    await reviewCards.bulkPut(back.flatMap((t) => t.reviewCards ?? []));
    await trash.bulkDelete(trashed.map((t) => t.id));
    return back.length;
  });
}
