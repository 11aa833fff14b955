import { now as clockNow } from '../platform/clock';
import type { Item, ItemKind } from '../core/item/model';
import { queryWords } from '../core/item/search-words';
import { byScore, RANKED_FIELDS, scoreHits, scoreTiers, type Score, type WordHits } from '../core/item/search-rank';
import type { LearnmarkDb } from './db';

export interface SearchFilter {
  goalId?: string | null;
  kind?: ItemKind | null;
}

export interface SearchResult {
  items: Item[];
  /** All matches, of which `items` are the best (core/item/search-rank). */
  total: number;
}

const DAY = 86_400_000;
/** Windows of saving time, newest first, in which to look for the newest matches. */
const WINDOWS_DAYS = [14, 60, 180, 730, Infinity];

/** A raw IndexedDB request as a promise (batched key reads Dexie does not offer). */
export function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

/**
 * The `limit` newest of many matching ids. Ids are read from the savedAt index a window of
 * time at a time, newest window first, so a broad query stops in the first weeks instead of
 * reading every id.
 */
async function newestOf(store: IDBObjectStore, ids: Set<string>, limit: number, now: number): Promise<string[]> {
  const found: string[] = [];
  let upper = Infinity;
  for (const days of WINDOWS_DAYS) {
    const lower = days === Infinity ? -Infinity : now - days * DAY;
    const range =
      upper === Infinity
        ? IDBKeyRange.lowerBound(lower)
        : lower === -Infinity
          ? IDBKeyRange.upperBound(upper, true)
          : IDBKeyRange.bound(lower, upper, false, true);
    const window = (await request(store.index('savedAt').getAllKeys(range))) as string[];
    for (let i = window.length - 1; i >= 0 && found.length < limit; i--)
      if (ids.has(window[i]!)) found.push(window[i]!);
    if (found.length >= limit) break;
    upper = lower;
  }
  return found;
}

/** The ids holding a word: exactly, or (as typed) any indexed word it begins, each id once. */
function wordKeys(store: IDBObjectStore, index: string, key: string, prefix: boolean): Promise<string[]> {
  if (!prefix) return request(store.index(index).getAllKeys(IDBKeyRange.only(key))) as Promise<string[]>;
  // A prefix range of a multiEntry index lists an item once per matching word.
  const range = IDBKeyRange.bound(key, `${key}\uffff`);
  return (request(store.index(index).getAllKeys(range)) as Promise<string[]>).then((ids) => [...new Set(ids)]);
}

/**
 * Every item holding at least one of the query's words (the last may be a prefix, as the
 * person types), with its score: how many words, in which fields. From index keys only:
 * `searchWords` for any field, `fieldWords` for the title, tags, takeaway and excerpt.
 * Null for a query without words.
 */
export async function scoreQuery(store: IDBObjectStore, query: string): Promise<Map<string, Score> | null> {
  const { words, prefix } = queryWords(query);
  const all = [...words.map((w) => ({ w, typed: false })), ...(prefix ? [{ w: prefix, typed: true }] : [])];
  if (all.length === 0) return null;
  const perWord = await Promise.all(
    all.map(async ({ w, typed }): Promise<WordHits> => {
      const fields = Object.entries(RANKED_FIELDS) as [keyof typeof RANKED_FIELDS, string][];
      const [any, ...found] = await Promise.all([
        wordKeys(store, 'searchWords', w, typed),
        ...fields.map(([, key]) => wordKeys(store, 'fieldWords', key + w, typed)),
      ]);
      return Object.fromEntries([['any', any], ...fields.map(([field], i) => [field, found[i]])]) as WordHits;
    }),
  );
  return scoreHits(perWord);
}

/**
 * Search, best match first: items holding more of the query's words, then those holding them
 * in telling fields (title, tags, takeaway, excerpt before text); equal scores newest first.
 * Works on index keys only and reads just the items it shows.
 *
 * Keys are read with IndexedDB's batched getAllKeys: Dexie reads a multiEntry index's keys, or
 * keys in an order, with a cursor, one round trip per key. Even batched, a key costs about
 * 25 µs in Chromium here, so a word in half of a 10 000-item library costs ~100 ms: the cost
 * that remains for broad queries.
 */
export async function searchItems(
  database: LearnmarkDb,
  query: string,
  filter: SearchFilter = {},
  { limit = 20, now = clockNow() }: { limit?: number; now?: number } = {},
): Promise<SearchResult> {
  await database.open();
  const store = database.backendDB().transaction('items', 'readonly').objectStore('items');
  const keys = (index: string, value: string) =>
    request(store.index(index).getAllKeys(IDBKeyRange.only(value))) as Promise<string[]>;
  const [scores, ...filters] = await Promise.all([
    scoreQuery(store, query),
    ...(filter.goalId ? [keys('goalIds', filter.goalId)] : []),
    ...(filter.kind ? [keys('kind', filter.kind)] : []),
  ]);
  if (!scores) return { items: [], total: 0 };
  const kept = filters.map((ids) => new Set(ids));
  for (const id of scores.keys()) if (!kept.every((set) => set.has(id))) scores.delete(id);
  // Best tier first; within a tier, the newest. Only the tier the limit cuts through is read
  // by date, a window of time at a time.
  const best: string[] = [];
  for (const tier of scoreTiers(scores)) {
    const need = limit - best.length;
    if (need <= 0) break;
    best.push(...(tier.length <= need * 5 ? tier : await newestOf(store, new Set(tier), need, now)));
  }
  const items = (await Promise.all(best.map((id) => request(store.get(id) as IDBRequest<Item | undefined>)))).filter(
    (i): i is Item => !!i,
  );
  const rank = new Map(best.map((id) => [id, scores.get(id)!]));
  items.sort((a, b) => byScore(rank.get(a.id)!, rank.get(b.id)!) || b.savedAt - a.savedAt);
  return { items: items.slice(0, limit), total: scores.size };
}
