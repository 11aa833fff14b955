import type { Item, ItemKind } from '../core/item/model';
import { queryWords } from '../core/item/search-words';
import { bestIds, fieldEntry, scoreHits, WORD_FIELDS, type Score, type WordHits } from '../core/item/search-rank';
import type { LearnmarkDb } from './db';

export interface SearchFilter {
  goalId?: string | null;
  kind?: ItemKind | null;
}

export interface SearchResult {
  items: Item[];
  /** All matches found, of which `items` are the best (core/item/search-rank). */
  total: number;
  /** Whether a common word stopped at its newest holders, so `total` is a lower bound. */
  more: boolean;
}

/**
 * Item ids read at most per query word and field, newest first. A word in half of a 100 000-item
 * library would otherwise cost 50 000 keys (~25 µs each in Chromium here); the newest hundred of
 * each field are what the first page of results can show (a common word's text and excerpt
 * holders were most of the keys read at 200: a 10 000-item library holds "query" in 4 613 texts
 * and 93 titles). The library reads them all.
 */
const POPUP_CAP = 100;

/** A raw IndexedDB request as a promise (batched key reads Dexie does not offer). */
export function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

export interface Matches {
  scores: Map<string, Score>;
  /** Each match's saving time, read from the words table's keys with it. */
  savedAt: Map<string, number>;
  /** Whether some word and field had more holders than the cap. */
  capped: boolean;
}

/**
 * Every item holding at least one of the query's words (the last may be a prefix, as the
 * person types), with its score: how many words, in which fields. From the `words` table's
 * keys only (db/search-index.ts): one batched key read per word and field, at most `cap` keys
 * each, the newest first. Null for a query without words.
 */
export async function scoreQuery(words: IDBObjectStore, query: string, cap = Infinity): Promise<Matches | null> {
  const { words: whole, prefix } = queryWords(query);
  const all = [...whole.map((w) => ({ w, typed: false })), ...(prefix ? [{ w: prefix, typed: true }] : [])];
  if (all.length === 0) return null;
  const index = words.index('w');
  const count = Number.isFinite(cap) ? cap : undefined;
  const savedAt = new Map<string, number>();
  let capped = false;
  const perWord = await Promise.all(
    all.map(async ({ w, typed }): Promise<WordHits> => {
      const found = await Promise.all(
        WORD_FIELDS.map((field) => {
          const entry = fieldEntry(field, w);
          const range = typed ? IDBKeyRange.bound(entry, `${entry}\uffff`) : IDBKeyRange.only(entry);
          return request(index.getAllKeys(range, count)) as Promise<[number, string][]>;
        }),
      );
      const hits: WordHits = {};
      WORD_FIELDS.forEach((field, i) => {
        const keys = found[i]!;
        if (keys.length === count) capped = true;
        for (const [order, id] of keys) savedAt.set(id, -order);
        hits[field] = keys.map(([, id]) => id);
      });
      return hits;
    }),
  );
  return { scores: scoreHits(perWord), savedAt, capped };
}

/**
 * Search, best match first: items holding more of the query's words, then those holding them
 * in telling fields (title, tags, takeaway, highlights, excerpt before text); equal scores newest
 * first. Ranks from index keys alone, each word's newest `cap` holders per field, and reads only
 * the rows it shows.
 */
export async function searchItems(
  database: LearnmarkDb,
  query: string,
  filter: SearchFilter = {},
  { limit = 20, cap = POPUP_CAP }: { limit?: number; now?: number; cap?: number } = {},
): Promise<SearchResult> {
  await database.open();
  const tx = database.backendDB().transaction(['items', 'words'], 'readonly');
  const store = tx.objectStore('items');
  const keys = (index: string, value: string) =>
    request(store.index(index).getAllKeys(IDBKeyRange.only(value))) as Promise<string[]>;
  const [matches, ...filters] = await Promise.all([
    scoreQuery(tx.objectStore('words'), query, cap),
    ...(filter.goalId ? [keys('goalIds', filter.goalId)] : []),
    ...(filter.kind ? [keys('kind', filter.kind)] : []),
  ]);
  if (!matches) return { items: [], total: 0, more: false };
  const { scores, savedAt, capped } = matches;
  const kept = filters.map((ids) => new Set(ids));
  for (const id of scores.keys()) if (!kept.every((set) => set.has(id))) scores.delete(id);
  const best = bestIds(scores, savedAt, limit);
  const items = (await Promise.all(best.map((id) => request(store.get(id) as IDBRequest<Item | undefined>)))).filter(
    (i): i is Item => !!i,
  );
  return { items, total: scores.size, more: capped };
}

/**
 * How many items hold a word beginning with `stem`, in any field, counting at most `cap`:
 * for goal keywords' document frequencies (db/goals.ts).
 */
export async function countHolders(database: LearnmarkDb, stem: string, cap: number): Promise<number> {
  const ids = new Set<string>();
  for (const field of WORD_FIELDS) {
    const entry = fieldEntry(field, stem);
    // Through Dexie, so that it joins a transaction it is called in. An item with several
    // words of the stem appears once per word: read a few keys more than the cap.
    const keys = await database.words
      .where('w')
      .between(entry, `${entry}\uffff`, true, true)
      .limit(cap * 3)
      .primaryKeys();
    for (const [, id] of keys) if (ids.size < cap) ids.add(id);
    if (ids.size >= cap) break;
  }
  return ids.size;
}
