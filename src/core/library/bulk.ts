import type { Item, ItemStatus } from '../item/model';
import { cleanTags } from '../item/tags';

/** What a bulk action does to each selected item. Delete is not here: it removes rows. */
export type BulkAction =
  | { kind: 'tie'; goalId: string }
  | { kind: 'untie'; goalId: string }
  | { kind: 'tag-add'; tag: string }
  | { kind: 'tag-remove'; tag: string }
  | { kind: 'status'; status: ItemStatus }
  /** Out of the archive: back to done when it was finished, else unread. */
  | { kind: 'unarchive' };

/** The fields a bulk action may change, as they were before it: what Undo puts back. */
export type ItemPatch = Pick<Item, 'id' | 'goalIds' | 'tags' | 'status' | 'doneAt'>;

export const patchOf = (item: Item): ItemPatch => ({
  id: item.id,
  goalIds: item.goalIds,
  tags: item.tags,
  status: item.status,
  doneAt: item.doneAt,
});

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** The item after `action` at `now`, or null when the action changes nothing on it. */
export function applyBulk(item: Item, action: BulkAction, now: number): Item | null {
  let next: Item;
  switch (action.kind) {
    case 'tie':
      next = { ...item, goalIds: [...new Set([...item.goalIds, action.goalId])] };
      break;
    case 'untie':
      next = { ...item, goalIds: item.goalIds.filter((g) => g !== action.goalId) };
      break;
    case 'tag-add':
      next = { ...item, tags: cleanTags([...item.tags, action.tag]) };
      break;
    case 'tag-remove': {
      const gone = action.tag.toLocaleLowerCase();
      next = { ...item, tags: item.tags.filter((t) => t.toLocaleLowerCase() !== gone) };
      break;
    }
    case 'unarchive':
      if (item.status !== 'archived') return null;
      return { ...item, status: item.doneAt ? 'done' : 'unread', updatedAt: now };
    case 'status': {
      if (item.status === action.status) return null;
      const doneAt = action.status === 'done' ? now : action.status === 'unread' ? null : item.doneAt;
      return { ...item, status: action.status, doneAt, updatedAt: now };
    }
  }
  if (sameList(next.goalIds, item.goalIds) && sameList(next.tags, item.tags)) return null;
  return { ...next, updatedAt: now };
}

/** The item with `patch`'s fields put back (Undo), or null when it is gone. */
export function applyPatch(item: Item | undefined, patch: ItemPatch, now: number): Item | null {
  if (!item) return null;
  return { ...item, ...patch, updatedAt: now };
}

/** A goal many of a set of items (one import) could be tied to, with those items' ids. */
export interface GoalPass {
  goalId: string;
  ids: string[];
}

/**
 * One pass of goal suggestions over a set of items, to accept in bulk: per goal, the items it
 * is suggested or tied for (`suggest`, core/goal/suggest) that are not tied to it yet, goals with
 * the most items first.
 */
export function goalPass(items: readonly Item[], suggest: (item: Item) => readonly { goalId: string }[]): GoalPass[] {
  const byGoal = new Map<string, string[]>();
  for (const item of items)
    for (const { goalId } of suggest(item)) {
      if (item.goalIds.includes(goalId)) continue;
      byGoal.set(goalId, [...(byGoal.get(goalId) ?? []), item.id]);
    }
  return [...byGoal].map(([goalId, ids]) => ({ goalId, ids })).sort((a, b) => b.ids.length - a.ids.length);
}
