import { ITEM_STATUSES } from '../item/model';
import { queryWords } from '../item/search-words';
import type { LibraryView } from './view';

/** One index lookup: the ids of items whose `index` holds any of `values` (or a key in range). */
export type IndexLookup =
  | { index: 'status' | 'goalIds' | 'kind' | 'tags' | 'searchWords'; values: string[] }
  /** The last word of a query as typed: any indexed word it begins. */
  | { index: 'searchWords'; prefix: string }
  | { index: 'savedAt'; from: number; to: number };

/**
 * How the library finds a view's items from indexes alone: the ids in the order of one index
 * (`savedAt` over the date range, or `readingMinutes`), kept only where every lookup also
 * holds them. No item's text is read.
 */
export interface LibraryPlan {
  order: 'savedAt' | 'readingMinutes';
  from: number;
  to: number;
  reverse: boolean;
  lookups: IndexLookup[];
}

const NO_DATE_LIMIT = { from: 0, to: Number.MAX_SAFE_INTEGER };

export function planView(view: LibraryView): LibraryPlan {
  const lookups: IndexLookup[] = [];
  // All three statuses asked for means no status filter at all.
  if (ITEM_STATUSES.some((s) => !view.statuses.includes(s))) lookups.push({ index: 'status', values: view.statuses });
  if (view.goalId) lookups.push({ index: 'goalIds', values: [view.goalId] });
  if (view.kind) lookups.push({ index: 'kind', values: [view.kind] });
  if (view.tag) lookups.push({ index: 'tags', values: [view.tag] });
  if (view.query) {
    // Every word must be there, as in the popup's search; so each is a lookup of its own.
    const { words, prefix } = queryWords(view.query);
    for (const word of words) lookups.push({ index: 'searchWords', values: [word] });
    if (prefix) lookups.push({ index: 'searchWords', prefix });
  }
  const from = view.from ?? NO_DATE_LIMIT.from;
  const to = view.to ?? NO_DATE_LIMIT.to;
  if (view.sort === 'reading') {
    // Ordered by reading time, the dates become one more lookup.
    if (view.from !== null || view.to !== null) lookups.push({ index: 'savedAt', from, to });
    return { order: 'readingMinutes', ...NO_DATE_LIMIT, reverse: false, lookups };
  }
  return { order: 'savedAt', from, to, reverse: view.sort === 'newest', lookups };
}

/** The ids of `ordered` that are in every set, in `ordered`'s order. */
export function keepInAll(ordered: readonly string[], sets: readonly ReadonlySet<string>[]): string[] {
  if (!sets.length) return [...ordered];
  // The smallest set first: most ids fail there and the rest is not asked.
  const bySize = [...sets].sort((a, b) => a.size - b.size);
  return ordered.filter((id) => bySize.every((set) => set.has(id)));
}

/**
 * The ids a selection covers after a click: plain click toggles one id; shift-click selects
 * every id from the last clicked (the anchor) to this one, in the list's order.
 */
export function selectAfterClick(
  selected: ReadonlySet<string>,
  ids: readonly string[],
  clicked: string,
  anchor: string | null,
  shift: boolean,
): Set<string> {
  const next = new Set(selected);
  const from = anchor === null ? -1 : ids.indexOf(anchor);
  const to = ids.indexOf(clicked);
  if (shift && from >= 0 && to >= 0) {
    const [a, b] = from < to ? [from, to] : [to, from];
    for (let i = a; i <= b; i++) next.add(ids[i]!);
    return next;
  }
  if (next.has(clicked)) next.delete(clicked);
  else next.add(clicked);
  return next;
}
