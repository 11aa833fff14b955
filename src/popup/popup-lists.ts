/**
 * How many items each popup list shows: the popup is at most 600 px tall (the browser's cap),
 * and the save area and the week must fit above the fold; the library has the rest.
 */
export const UP_NEXT_SHOWN = 3;
export const LATEST_SHOWN = 3;
/** Latest saved is read with this many extra rows, so it stays full after dropping repeats. */
export const LATEST_READ = LATEST_SHOWN + UP_NEXT_SHOWN + 1;

/** The items of `list` that no other list shows (by id), at most `cap` of them, in order. */
export function withoutRepeats<T extends { id: string }>(
  list: readonly T[],
  shown: readonly (readonly { id: string }[] | null | undefined)[],
  cap: number,
): T[] {
  const seen = new Set(shown.flatMap((l) => (l ?? []).map((i) => i.id)));
  return list.filter((i) => !seen.has(i.id)).slice(0, cap);
}

/**
 * Search results the popup shows, best first: about a screen of it; "See all" opens the
 * library on the rest. Each shown result is one row read (db/search.ts `searchItems`).
 */
export const SEARCH_SHOWN = 10;
