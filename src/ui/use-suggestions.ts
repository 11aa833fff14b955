import type { Goal } from '../core/goal/model';
import { suggestGoals, termsToWeigh, type GoalSuggestion } from '../core/goal/suggest';
import type { Item } from '../core/item/model';
import { db } from '../db/db';
import { documentFrequencies } from '../db/goals';
import { useLiveQuery } from './use-live-query';

/**
 * The goals suggested for a saved item, as the save suggested them (the same rule, the same
 * word weights): for an item opened again, where the save's own answer is gone.
 */
export function useSuggestions(item: Item | undefined, goals: readonly Goal[] | undefined): GoalSuggestion[] {
  // Word weights are read from the search index only for an item to suggest for: counting each
  // goal word's items is most of the popup's reads at 10 000 items, for a page not saved.
  const hasItem = item !== undefined;
  const freq = useLiveQuery(
    () => (goals && hasItem ? documentFrequencies(db(), termsToWeigh(goals)) : Promise.resolve(undefined)),
    [goals, hasItem],
  );
  return item && goals && freq
    ? suggestGoals(
        item,
        goals.filter((g) => g.status === 'active'),
        freq,
      )
    : [];
}
