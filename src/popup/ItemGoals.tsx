import type { Goal } from '../core/goal/model';
import type { Item } from '../core/item/model';
import type { GoalSuggestion } from '../core/goal/suggest';
import { ActionError } from '../ui/ActionError';
import { GoalChips } from '../ui/GoalChips';
import { t } from '../ui/i18n';
import { TagInput } from '../ui/TagInput';
import { ask } from '../ui/ask';
import { useAction } from '../ui/use-action';

/** The just-saved item's goals (suggested ones first, the best pre-selected) and tags. */
export function ItemGoals({ item, goals, suggestions }: { item: Item; goals: Goal[]; suggestions: GoalSuggestion[] }) {
  // What is shown comes from the database, so after a failure it shows what was really kept.
  const tag = useAction((change: { goalIds?: string[]; tags?: string[] }) =>
    ask('item-tag', { itemId: item.id, ...change }),
  );
  const active = goals.filter((g) => g.status === 'active' || item.goalIds.includes(g.id));
  if (active.length === 0) return null;
  return (
    <div class="item-goals" data-testid="item-goals">
      <p class="item-goals-label">{t('itemGoalsLabel')}</p>
      <GoalChips
        goals={active}
        selected={item.goalIds}
        suggested={suggestions}
        label={t('itemGoalsLabel')}
        onChange={(goalIds) => void tag.run({ goalIds })}
      />
      <TagInput id="item-tags" tags={item.tags} onChange={(tags) => void tag.run({ tags })} />
      <ActionError error={tag.error} />
    </div>
  );
}
