import type { Goal } from '../core/goal/model';
import type { GoalSuggestion } from '../core/goal/suggest';
import type { Item } from '../core/item/model';
import { SavedItemEditor } from '../ui/SavedItemEditor';
import { useSuggestions } from '../ui/use-suggestions';

/**
 * The page in the tab, saved: its goals, tags and takeaway, editable. Its own module, loaded
 * once the page is known to be saved, so that the popup's first draw waits neither for the
 * editor nor for the goal-suggestion rule it brings.
 */
export function SavedPage({
  item,
  goals,
  suggestions,
}: {
  item: Item;
  goals: readonly Goal[];
  /** What the save just suggested; null for a page saved before this popup opened. */
  suggestions: readonly GoalSuggestion[] | null;
}) {
  // A page saved before: its goals are suggested again by the same rule as the save's.
  const reopened = useSuggestions(suggestions ? undefined : item, goals);
  return <SavedItemEditor item={item} goals={goals} suggestions={suggestions ?? reopened} savedOn={false} />;
}
