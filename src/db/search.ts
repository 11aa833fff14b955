import type { Item, ItemKind } from '../core/item';
import { queryWords } from '../core/search-words';
import type { LearnmarkDb } from './db';

export interface SearchFilter {
  goalId?: string | null;
  kind?: ItemKind | null;
}

export interface SearchResult {
  items: Item[];
  /** All matches, of which `items` are the newest. */
  total: number;
}

function intersect(sets: string[][]): string[] {
  if (sets.length === 0) return [];
  const [smallest, ...rest] = [...sets].sort((a, b) => a.length - b.length);
  const others = rest.map((s) => new Set(s));
  return smallest!.filter((id) => others.every((s) => s.has(id)));
}

/**
 * Every word of the query must appear in an item's title, excerpt, takeaway, tags or text (the
 * last word may be a prefix, as the person types). Works on the `searchWords` index and ids
 * only, and reads just the items it shows.
 */
export async function searchItems(
  database: LearnmarkDb,
  query: string,
  filter: SearchFilter = {},
  limit = 20,
): Promise<SearchResult> {
  const { words, prefix } = queryWords(query);
  if (words.length === 0 && !prefix) return { items: [], total: 0 };
  return database.transaction('r', database.items, async () => {
    const lookups: Promise<string[]>[] = words.map(
      (w) => database.items.where('searchWords').equals(w).primaryKeys() as Promise<string[]>,
    );
    if (prefix) lookups.push(database.items.where('searchWords').startsWith(prefix).primaryKeys() as Promise<string[]>);
    if (filter.goalId)
      lookups.push(database.items.where('goalIds').equals(filter.goalId).primaryKeys() as Promise<string[]>);
    if (filter.kind) lookups.push(database.items.where('kind').equals(filter.kind).primaryKeys() as Promise<string[]>);
    const ids = new Set(intersect(await Promise.all(lookups)));
    if (ids.size === 0) return { items: [], total: 0 };
    let newest: string[];
    if (ids.size <= limit * 5) {
      newest = [...ids];
    } else {
      // Many matches: walk the savedAt index (keys only) newest first and stop once enough.
      newest = [];
      await database.items
        .orderBy('savedAt')
        .reverse()
        .until(() => newest.length >= limit)
        .eachPrimaryKey((id) => void (ids.has(id as string) && newest.push(id as string)));
    }
    const items = (await database.items.bulkGet(newest)).filter((i): i is Item => !!i);
    items.sort((a, b) => b.savedAt - a.savedAt);
    return { items: items.slice(0, limit), total: ids.size };
  });
}
