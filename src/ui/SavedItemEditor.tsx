import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { isUntied } from '../core/goal/evidence';
import type { Goal } from '../core/goal/model';
import type { GoalSuggestion } from '../core/goal/suggest';
import type { Item } from '../core/item/model';
import { NOTE_MAX } from '../core/library/limits';
import { ActionError } from './ActionError';
import { ask } from './ask';
import { GoalChips } from './GoalChips';
import { formatDate, t } from './i18n';
import { ItemSummary } from './ItemSummary';
import { TagInput } from './TagInput';
import { useAction } from './use-action';

/**
 * The confirmation of a save, editable: the item, when it was saved, its goals (suggested ones
 * dashed, with why), tags and takeaway. Shown by the popup after a save and when it is opened
 * again on a saved page, and by the editor window the in-page toast opens. Every change is
 * written through the worker; what is shown is read back from the database.
 */
export function SavedItemEditor({
  item,
  goals,
  suggestions,
  savedOn = true,
}: {
  item: Item;
  goals: readonly Goal[];
  suggestions: readonly GoalSuggestion[];
  /** "Saved on …": left out where the page says it already (the popup, above its Save button). */
  savedOn?: boolean;
}) {
  const [note, setNote] = useState(item.note);
  const [noteSaved, setNoteSaved] = useState(false);
  // A takeaway cleared takes its review card out: Undo writes it back, and the card with it.
  const [cleared, setCleared] = useState<string | null>(null);
  // Another page's write to the same item shows here too.
  useEffect(() => setNote(item.note), [item.id, item.note]);
  const tag = useAction((change: { goalIds?: string[]; tags?: string[] }) =>
    ask('item-tag', { itemId: item.id, ...change }),
  );
  const takeaway = useAction(async () => {
    const before = item.note;
    await ask('library-edit', { itemId: item.id, note });
    setNoteSaved(true);
    setCleared(note.trim() === '' && before !== '' ? before : null);
  });
  const undoClear = useAction(async () => {
    if (cleared === null) return;
    await ask('library-edit', { itemId: item.id, note: cleared });
    setCleared(null);
  });
  // "Not this goal": the suggestion goes for good (the goal learns it as an untie), with Undo,
  // where the keyboard goes next since the button left with the chip.
  const [dismissed, setDismissed] = useState<Goal | null>(null);
  const undoDismissButton = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => undoDismissButton.current?.focus(), [dismissed]);
  const dismiss = useAction(async (goalId: string) => {
    await ask('goal-dismiss', { itemId: item.id, goalId });
    setDismissed(goals.find((g) => g.id === goalId) ?? null);
  });
  const undoDismiss = useAction(async () => {
    if (!dismissed) return;
    await ask('goal-dismiss', { itemId: item.id, goalId: dismissed.id, undo: true });
    setDismissed(null);
  });
  const shown = goals.filter((g) => g.status === 'active' || item.goalIds.includes(g.id));
  // The save's own suggestions were made before any dismissal: the goals say what is left.
  const open = suggestions.filter((s) => {
    const goal = goals.find((g) => g.id === s.goalId);
    return goal !== undefined && !isUntied(goal, item.id);
  });
  const noteId = `takeaway-${item.id}`;
  return (
    <div class="saved-item" data-testid="saved-item">
      <ItemSummary item={item} />
      {savedOn && (
        <p class="saved-on" data-testid="saved-on">
          {t('pageSavedOn', formatDate(item.savedAt))}
        </p>
      )}
      {shown.length > 0 && (
        <div class="item-goals" data-testid="item-goals">
          <p class="item-goals-label">{t('itemGoalsLabel')}</p>
          <GoalChips
            goals={shown}
            selected={item.goalIds}
            suggested={open}
            label={t('itemGoalsLabel')}
            onChange={(goalIds) => void tag.run({ goalIds })}
            onDismiss={(goalId) => void dismiss.run(goalId)}
          />
          <p role="status" class={dismissed ? 'goal-dismissed' : 'visually-hidden'} data-testid="goal-dismissed">
            {dismissed && t('goalDismissed', dismissed.title)}
            {dismissed && (
              <>
                {' '}
                <button
                  type="button"
                  class="secondary small"
                  ref={undoDismissButton}
                  disabled={undoDismiss.busy}
                  onClick={() => void undoDismiss.run()}
                >
                  {t('undo')}
                </button>
              </>
            )}
          </p>
          <ActionError error={dismiss.error ?? undoDismiss.error} />
        </div>
      )}
      <TagInput id={`tags-${item.id}`} tags={item.tags} onChange={(tags) => void tag.run({ tags })} />
      <ActionError error={tag.error} />
      <form
        class="takeaway"
        onSubmit={(e) => {
          e.preventDefault();
          void takeaway.run();
        }}
      >
        <label for={noteId}>{t('libraryTakeaway')}</label>
        <input
          id={noteId}
          type="text"
          value={note}
          maxLength={NOTE_MAX}
          placeholder={t('takeawayPlaceholder')}
          onInput={(e) => (setNote(e.currentTarget.value), setNoteSaved(false))}
        />
        <button type="submit" class="secondary small" disabled={takeaway.busy || note.trim() === item.note}>
          {t('editSaveTakeaway')}
        </button>
        <span role="status" class={cleared === null ? 'visually-hidden' : 'takeaway-cleared'}>
          {cleared !== null
            ? t('takeawayCleared')
            : noteSaved && note.trim() === item.note
              ? t('editTakeawaySaved')
              : ''}
        </span>
        {cleared !== null && (
          <button type="button" class="secondary small" disabled={undoClear.busy} onClick={() => void undoClear.run()}>
            {t('undo')}
          </button>
        )}
        <ActionError error={takeaway.error ?? undoClear.error} />
      </form>
    </div>
  );
}
