import { db } from '../db/db';
import { listGoals } from '../db/goals';
import { t } from '../ui/i18n';
import { SavedItemEditor } from '../ui/SavedItemEditor';
import { useLiveQuery } from '../ui/use-live-query';
import { useSuggestions } from '../ui/use-suggestions';

/**
 * The editor the in-page toast's Edit opens, in a small window: the popup's confirmation of a
 * save (goals with the suggested ones marked, tags, takeaway) for one item.
 */
export function EditApp({ itemId }: { itemId: string }) {
  const goals = useLiveQuery(() => listGoals(db()), []);
  // null once read and not found (deleted meanwhile), undefined while reading.
  const item = useLiveQuery(async () => (itemId ? ((await db().items.get(itemId)) ?? null) : null), [itemId]);
  const suggestions = useSuggestions(item ?? undefined, goals);
  return (
    <main class="popup">
      <h1 class="brand">{t('editHeading')}</h1>
      {item === null && <p role="alert">{t('editNotFound')}</p>}
      {item && goals && (
        <>
          {suggestions.some((s) => !item.goalIds.includes(s.goalId)) && <p class="hint">{t('editSuggestedNote')}</p>}
          <SavedItemEditor item={item} goals={goals} suggestions={suggestions} />
        </>
      )}
      <div class="edit-actions">
        <button type="button" class="primary" onClick={() => window.close()}>
          {t('editDone')}
        </button>
      </div>
    </main>
  );
}
