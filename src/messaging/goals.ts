import type { Goal } from '../core/goal/model';
import type { GoalDraft, GoalErrors } from '../core/goal/validate';
import type { Item, ItemStatus } from '../core/item/model';

export interface DeletedGoalSnapshot {
  goal: Goal;
  itemIds: string[];
}

/** Messages for goals and tagging (options page and popup → worker). */
export interface GoalMessages {
  'goal-save': {
    request: { draft: GoalDraft };
    response: { ok: true; goal: Goal } | { ok: false; errors: GoalErrors };
  };
  'goal-delete': { request: { id: string }; response: DeletedGoalSnapshot | null };
  'goal-restore': { request: DeletedGoalSnapshot; response: Goal };
  'goal-reorder': { request: { ids: string[] }; response: Goal[] };
  /** "Add 'dbt' as a keyword?" answered: added to the goal's keywords, or never proposed again. */
  'goal-keyword': { request: { goalId: string; keyword: string; accept: boolean }; response: Goal | null };
  /** "Not this goal" on a suggested chip (never suggested again for that item); `undo` takes it back. */
  'goal-dismiss': { request: { itemId: string; goalId: string; undo?: boolean }; response: Goal | null };
  'item-tag': { request: { itemId: string; goalIds?: string[]; tags?: string[] }; response: Item | null };
  /** Done (with an optional one-line takeaway), archived, or back to unread. */
  'item-status': { request: { itemId: string; status: ItemStatus; note?: string }; response: Item | null };
}
