import { ITEM_STATUSES } from '../item/model';
import { goalFilter, type LibraryView } from './view';

/**
 * One index lookup: the ids of items whose `index` holds any of `values` (or a key in range);
 * with `except`, the ids it finds are the ones to leave out.
 */
export type IndexLookup =
  | { index: 'status' | 'goalIds' | 'kind' | 'tags' | 'importBatch'; values: string[]; except?: true }
  | { index: 'savedAt'; from: number; to: number };

/**
 * How the library finds a view's items from indexes alone: the ids in the order of one index
 * (`savedAt` over the date range, `[status+savedAt]` when one status is shown, or
 * `readingMinutes`), kept only where every lookup also holds them. No item's text is read. A query's words are looked up and scored apart
 * (db/search.ts `scoreQuery`); `rank` puts the best match first.
 */
export interface LibraryPlan {
  order: 'savedAt' | '[status+savedAt]' | 'readingMinutes';
  from: number | [string, number];
  to: number | [string, number];
  reverse: boolean;
  lookups: IndexLookup[];
  rank: boolean;
}

const NO_DATE_LIMIT = { from: 0, to: Number.MAX_SAFE_INTEGER };

/** The dates a view keeps items saved between, as index bounds (an open end is no limit). */
export function savedSpan(view: LibraryView): { from: number; to: number } {
  return { from: view.from ?? NO_DATE_LIMIT.from, to: view.to ?? NO_DATE_LIMIT.to };
}

/** `activeGoalIds`: the goals active now, for a view of any active goal (`anyActiveGoal`). */
export function planView(view: LibraryView, activeGoalIds: readonly string[] = []): LibraryPlan {
  const lookups: IndexLookup[] = [];
  // One status in date order is one range of the compound index, which holds both (Up next's
  // unread items, newest first, read as the keys they are): no status lookup.
  const single = view.sort !== 'reading' && view.statuses.length === 1 ? view.statuses[0]! : null;
  // All three statuses asked for means no status filter at all. An item has one status, so
  // "not archived" is read as the few archived keys, not the many unread and done ones.
  const hidden = ITEM_STATUSES.filter((s) => !view.statuses.includes(s));
  if (hidden.length && !single)
    lookups.push(
      hidden.length < view.statuses.length
        ? { index: 'status', values: hidden, except: true }
        : { index: 'status', values: view.statuses },
    );
  const goals = goalFilter(view, activeGoalIds);
  // No active goal means no item: an empty lookup finds none.
  if (goals) lookups.push({ index: 'goalIds', values: [...goals] });
  if (view.kind) lookups.push({ index: 'kind', values: [view.kind] });
  if (view.tag) lookups.push({ index: 'tags', values: [view.tag] });
  if (view.batch) lookups.push({ index: 'importBatch', values: [view.batch] });
  const { from, to } = savedSpan(view);
  if (view.sort === 'reading') {
    // Ordered by reading time, the dates become one more lookup.
    if (view.from !== null || view.to !== null) lookups.push({ index: 'savedAt', from, to });
    return { order: 'readingMinutes', ...NO_DATE_LIMIT, reverse: false, lookups, rank: false };
  }
  // Ranked, equal matches go newest first.
  const rank = view.sort === 'relevance' && view.query !== null;
  const reverse = view.sort !== 'oldest';
  if (single) return { order: '[status+savedAt]', from: [single, from], to: [single, to], reverse, lookups, rank };
  return { order: 'savedAt', from, to, reverse, lookups, rank };
}

/** The ids of `ordered` that are in every set and in none of `except`, in `ordered`'s order. */
export function keepInAll(
  ordered: readonly string[],
  sets: readonly ReadonlySet<string>[],
  except: readonly ReadonlySet<string>[] = [],
): string[] {
  if (!sets.length && !except.length) return [...ordered];
  // The smallest set first: most ids fail there and the rest is not asked.
  const bySize = [...sets].sort((a, b) => a.size - b.size);
  return ordered.filter((id) => bySize.every((set) => set.has(id)) && !except.some((set) => set.has(id)));
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
