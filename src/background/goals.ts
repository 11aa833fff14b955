import { db } from '../db/db';
import {
  answerKeywordProposal,
  deleteGoal,
  dismissSuggestion,
  reorderGoals,
  restoreGoal,
  saveGoal,
  updateItemTags,
} from '../db/goals';
import { setItemStatus } from '../db/item-status';
import type { HandlersFor } from '../messaging/listener';
import { now } from '../platform/clock';
import { loadLeisureRate } from '../db/tracking-settings';

/** Goal and tagging writes: pages read the database directly and write through here. */
export const goalHandlers: HandlersFor<
  | 'goal-save'
  | 'goal-delete'
  | 'goal-restore'
  | 'goal-reorder'
  | 'goal-keyword'
  | 'goal-dismiss'
  | 'item-tag'
  | 'item-status'
> = {
  'goal-save': ({ draft }) => saveGoal(db(), draft, { now: now(), newId: () => crypto.randomUUID() }),
  'goal-delete': ({ id }) => deleteGoal(db(), id),
  'goal-restore': (snapshot) => restoreGoal(db(), snapshot),
  'goal-reorder': ({ ids }) => reorderGoals(db(), ids, now()),
  'goal-keyword': (change) => answerKeywordProposal(db(), change, now()),
  'goal-dismiss': (change) => dismissSuggestion(db(), change, now()),
  'item-tag': ({ itemId, goalIds, tags }) => updateItemTags(db(), itemId, { goalIds, tags }, now()),
  'item-status': async ({ itemId, status, note }) =>
    setItemStatus(db(), itemId, { status, note }, now(), await loadLeisureRate()),
};
