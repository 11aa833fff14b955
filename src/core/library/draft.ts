import type { Item, ItemStatus } from '../item/model';

/** What the library's editor lets the person change on an item. */
export interface Draft {
  title: string;
  tags: string[];
  goalIds: string[];
  note: string;
  status: ItemStatus;
}
type Field = keyof Draft;
const FIELDS: readonly Field[] = ['title', 'tags', 'goalIds', 'note', 'status'];

export const draftOf = (item: Item): Draft => ({
  title: item.title ?? '',
  tags: item.tags,
  goalIds: item.goalIds,
  note: item.note,
  status: item.status,
});

const same = (a: Draft[Field], b: Draft[Field]) =>
  Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((x, i) => x === b[i]) : a === b;

/** The fields of `draft` that differ from `base`: what a save writes, and nothing else. */
export function changesOf(draft: Draft, base: Draft): Partial<Draft> {
  const out: Partial<Draft> = {};
  for (const f of FIELDS) if (!same(draft[f], base[f])) Object.assign(out, { [f]: draft[f] });
  return out;
}

/**
 * An editor's draft after the item changed elsewhere (another page, the popup, the worker):
 * fields the person has not touched take the new values at once, fields they have keep their
 * words. `changed` says whether a draft in progress met a change it should be told of.
 */
export function rebaseDraft(draft: Draft, base: Draft, latest: Draft): { draft: Draft; changed: boolean } {
  const next = { ...draft };
  for (const f of FIELDS) if (same(draft[f], base[f])) Object.assign(next, { [f]: latest[f] });
  // Unsaved edits left once untouched fields follow: the person's own save leaves none.
  const unsaved = Object.keys(changesOf(next, latest)).length > 0;
  return { draft: next, changed: unsaved && Object.keys(changesOf(latest, base)).length > 0 };
}
