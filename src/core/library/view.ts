import { ITEM_KINDS, ITEM_STATUSES, type Item, type ItemKind, type ItemStatus } from '../item/model';
import { oneOf } from '../one-of';

/**
 * The library's sort orders: by the date saved, newest or oldest first; shortest read first;
 * best match first (when searching: core/item/search-rank, equal matches newest first).
 */
export const LIBRARY_SORTS = ['newest', 'oldest', 'reading', 'relevance'] as const;
type LibrarySort = (typeof LIBRARY_SORTS)[number];

/**
 * What the library shows: its filters and order. It lives in the page's URL (query string), so
 * a view can be bookmarked and Back returns to the previous one.
 */
export interface LibraryView {
  /** Statuses shown; archived is left out unless asked for. */
  statuses: ItemStatus[];
  goalId: string | null;
  /**
   * Only items tied to any goal that is active now (the popup's Up next, core/library/lists.ts);
   * set only when `goalId` is not. The ids are the page's to find, so a bookmark follows the goals.
   */
  anyActiveGoal: boolean;
  kind: ItemKind | null;
  tag: string | null;
  /** A host (`example.com`); matches the host and its subdomains. */
  site: string | null;
  /** Saved on or after / before (epoch ms, local day bounds computed by the page). */
  from: number | null;
  to: number | null;
  hasTakeaway: boolean;
  /**
   * From your past's rule (core/library/lists.ts `pastViews`): unread items, and others only
   * with a takeaway. `past=1` in the URL.
   */
  unreadOrTakeaway: boolean;
  sort: LibrarySort;
  /** Words to find (search's own rules: core/item/search-words, any word, best first), or null. */
  query: string | null;
  /** Only the items one import brought (`Item.importBatch`), or null. */
  batch: string | null;
}

const DEFAULT_STATUSES: readonly ItemStatus[] = ['unread', 'done'];

export const DEFAULT_VIEW: LibraryView = {
  statuses: [...DEFAULT_STATUSES],
  goalId: null,
  anyActiveGoal: false,
  kind: null,
  tag: null,
  site: null,
  from: null,
  to: null,
  hasTakeaway: false,
  unreadOrTakeaway: false,
  sort: 'newest',
  query: null,
  batch: null,
};

/** `goal=active` in the URL: any active goal. Goal ids are uuids, so no goal is named so. */
export const ANY_ACTIVE_GOAL = 'active';
const MAX_PARAM = 200;
const param = (q: URLSearchParams, name: string) => {
  const value = q.get(name)?.trim().slice(0, MAX_PARAM);
  return value ? value : null;
};
const time = (q: URLSearchParams, name: string) => {
  const value = Number(param(q, name));
  return param(q, name) !== null && Number.isSafeInteger(value) && value >= 0 ? value : null;
};

/** The view a query string (`?status=unread&goal=…`) asks for; anything unknown is ignored. */
export function parseView(search: string): LibraryView {
  const q = new URLSearchParams(search);
  const statuses = (param(q, 'status') ?? '').split(',').filter((s): s is ItemStatus => oneOf(ITEM_STATUSES, s));
  const kind = param(q, 'kind');
  const sort = param(q, 'sort');
  const goal = param(q, 'goal');
  return {
    statuses: statuses.length ? [...new Set(statuses)] : [...DEFAULT_STATUSES],
    goalId: goal === ANY_ACTIVE_GOAL ? null : goal,
    anyActiveGoal: goal === ANY_ACTIVE_GOAL,
    kind: kind && oneOf(ITEM_KINDS, kind) ? kind : null,
    tag: param(q, 'tag'),
    site: param(q, 'site')?.toLowerCase() ?? null,
    from: time(q, 'from'),
    to: time(q, 'to'),
    hasTakeaway: q.get('takeaway') === '1',
    unreadOrTakeaway: q.get('past') === '1',
    sort: sort && oneOf(LIBRARY_SORTS, sort) ? sort : defaultSort(param(q, 'q')),
    query: param(q, 'q'),
    batch: param(q, 'batch'),
  };
}

/** Searching, the best match comes first unless another order is asked for. */
export const defaultSort = (query: string | null): LibrarySort => (query ? 'relevance' : 'newest');

/** The query string for a view (without `?`), leaving defaults out so URLs stay short. */
export function viewToSearch(view: LibraryView): string {
  const q = new URLSearchParams();
  const statuses = ITEM_STATUSES.filter((s) => view.statuses.includes(s));
  if (statuses.join(',') !== DEFAULT_STATUSES.join(',')) q.set('status', statuses.join(','));
  if (view.goalId) q.set('goal', view.goalId);
  else if (view.anyActiveGoal) q.set('goal', ANY_ACTIVE_GOAL);
  if (view.kind) q.set('kind', view.kind);
  if (view.tag) q.set('tag', view.tag);
  if (view.site) q.set('site', view.site);
  if (view.from !== null) q.set('from', String(view.from));
  if (view.to !== null) q.set('to', String(view.to));
  if (view.hasTakeaway) q.set('takeaway', '1');
  if (view.unreadOrTakeaway) q.set('past', '1');
  if (view.sort !== defaultSort(view.query)) q.set('sort', view.sort);
  if (view.query) q.set('q', view.query);
  if (view.batch) q.set('batch', view.batch);
  return q.toString();
}

/** The host an item is from, without `www.`; '' when its URL has none. */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** Whether the view filters on fields no index holds, so rows must be read to decide. */
export const needsRows = (view: LibraryView) => view.site !== null || view.hasTakeaway || view.unreadOrTakeaway;

/** The part of a view decided on a row: site and takeaway (the rest comes from indexes). */
export function rowMatches(view: LibraryView, item: Pick<Item, 'url' | 'note' | 'status'>): boolean {
  const noted = item.note.trim().length > 0;
  if (view.hasTakeaway && !noted) return false;
  if (view.unreadOrTakeaway && item.status !== 'unread' && !noted) return false;
  if (view.site) {
    const host = siteOf(item.url);
    if (host !== view.site && !host.endsWith(`.${view.site}`)) return false;
  }
  return true;
}

/** The goals a view keeps items of: its one goal, the active ones, or null for no goal filter. */
export function goalFilter(view: LibraryView, activeGoalIds: readonly string[]): readonly string[] | null {
  if (view.goalId) return [view.goalId];
  return view.anyActiveGoal ? activeGoalIds : null;
}

/**
 * Whether an item belongs in a view by its row alone, words aside (they are scored from the
 * index): what the indexes decide, decided on the row, for the first screen (db/library.ts).
 */
export function viewMatches(view: LibraryView, item: Item, activeGoalIds: readonly string[] = []): boolean {
  const goals = goalFilter(view, activeGoalIds);
  return (
    view.statuses.includes(item.status) &&
    (goals === null || item.goalIds.some((g) => goals.includes(g))) &&
    (view.kind === null || item.kind === view.kind) &&
    (view.tag === null || item.tags.includes(view.tag)) &&
    (view.batch === null || item.importBatch === view.batch) &&
    (view.from === null || item.savedAt >= view.from) &&
    (view.to === null || item.savedAt <= view.to) &&
    rowMatches(view, item)
  );
}
