import { useEffect, useRef, useState } from 'preact/hooks';
import type { Goal } from '../core/goal/model';
import { ITEM_STATUSES, type Item } from '../core/item/model';
import { changesOf, draftOf, rebaseDraft, type Draft } from '../core/library/draft';
import { cleanTags } from '../core/item/tags';
import { ask } from '../ui/ask';
import { ActionError } from '../ui/ActionError';
import { GoalChips } from '../ui/GoalChips';
import { t } from '../ui/i18n';
import { useAction } from '../ui/use-action';
import { useSuggestions } from '../ui/use-suggestions';
import type { Undoable } from './UndoToast';

interface Props {
  item: Item;
  goals: readonly Goal[];
  tags: readonly string[];
  onClose: () => void;
  /** A takeaway cleared (and its review card with it), or a suggestion dismissed, with its Undo. */
  onDone: (done: Undoable) => void;
}

/**
 * One item's title, tags, goals, takeaway and status, saved through the worker. Its goals show
 * the suggested ones, each with "Not this goal", written at once (not on Save) with Undo.
 */
export function Editor({ item, goals, tags: known, onClose, onDone }: Props) {
  const latest = draftOf(item);
  // The version the draft was made from, and whether a change elsewhere met unsaved edits.
  const [base, setBase] = useState(latest);
  const [draft, setDraft] = useState(latest);
  const [changedElsewhere, setChangedElsewhere] = useState(false);
  const [tagDraft, setTagDraft] = useState('');
  const saving = useRef(false);
  const latestKey = JSON.stringify(latest);
  // Another page's write to the same item (the later write wins) shows here at once in the
  // fields not being edited; edits in progress are kept, and the editor says the item changed.
  useEffect(() => {
    if (latestKey === JSON.stringify(base)) return;
    const next = rebaseDraft(draft, base, latest);
    setDraft(next.draft);
    setBase(latest);
    if (next.changed && !saving.current) setChangedElsewhere(true);
  }, [latestKey]);
  const set = <K extends keyof Draft>(field: K, value: Draft[K]) => setDraft((d) => ({ ...d, [field]: value }));
  const { title, tags, goalIds, note, status } = draft;

  const addTag = () => {
    if (tagDraft.trim()) set('tags', cleanTags([...tags, tagDraft]));
    setTagDraft('');
  };
  const save = useAction(async () => {
    // Only the fields edited here: what another page changed in the others stays.
    const { status: newStatus, ...fields } = changesOf(draft, latest);
    saving.current = true;
    try {
      if (Object.keys(fields).length) await ask('library-edit', { itemId: item.id, ...fields });
      if (newStatus) await ask('item-status', { itemId: item.id, status: newStatus });
    } finally {
      saving.current = false;
    }
    const before = item.note;
    if (before !== '' && fields.note?.trim() === '')
      onDone({ message: t('takeawayCleared'), undo: () => ask('library-edit', { itemId: item.id, note: before }) });
    onClose();
  });
  const suggestions = useSuggestions(item, goals);
  const dismiss = useAction(async (goalId: string) => {
    await ask('goal-dismiss', { itemId: item.id, goalId });
    const title = goals.find((g) => g.id === goalId)?.title ?? '';
    onDone({
      message: t('goalDismissed', title),
      undo: () => ask('goal-dismiss', { itemId: item.id, goalId, undo: true }),
    });
  });
  const id = (name: string) => `edit-${name}`;
  return (
    <form
      class="editor"
      aria-labelledby="editor-heading"
      onSubmit={(e) => {
        e.preventDefault();
        void save.run();
      }}
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      <h2 id="editor-heading">{t('libraryEditHeading')}</h2>
      {changedElsewhere && (
        <div class="editor-changed" role="status" data-testid="editor-changed">
          <p>{t('libraryEditChangedElsewhere')}</p>
          <button
            type="button"
            onClick={() => {
              setDraft(latest);
              setChangedElsewhere(false);
            }}
          >
            {t('libraryEditDropMine')}
          </button>
        </div>
      )}
      <label for={id('title')}>{t('libraryTitleLabel')}</label>
      <input
        id={id('title')}
        type="text"
        value={title}
        placeholder={item.url}
        onInput={(e) => set('title', e.currentTarget.value)}
      />
      <span class="label">{t('tagsLabel')}</span>
      <ul class="tag-chips" aria-label={t('tagsLabel')}>
        {tags.map((tag) => (
          <li key={tag}>
            #{tag}
            <button
              type="button"
              aria-label={t('libraryRemoveTagNamed', tag)}
              onClick={() =>
                set(
                  'tags',
                  tags.filter((x) => x !== tag),
                )
              }
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <label for={id('tag')} class="visually-hidden">
        {t('libraryNewTag')}
      </label>
      <input
        id={id('tag')}
        type="text"
        list="editor-tags"
        value={tagDraft}
        placeholder={t('libraryNewTag')}
        onInput={(e) => setTagDraft(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ',') {
            e.preventDefault();
            addTag();
          }
        }}
        onBlur={addTag}
      />
      <datalist id="editor-tags">
        {known
          .filter((x) => !tags.includes(x))
          .slice(0, 200)
          .map((x) => (
            <option key={x} value={x} />
          ))}
      </datalist>
      <GoalChips
        goals={goals}
        selected={goalIds}
        suggested={suggestions}
        onChange={(ids) => set('goalIds', ids)}
        onDismiss={(goalId) => void dismiss.run(goalId)}
        label={t('libraryGoals')}
      />
      <ActionError error={dismiss.error} />
      <label for={id('note')}>{t('libraryTakeaway')}</label>
      <textarea id={id('note')} rows={3} value={note} onInput={(e) => set('note', e.currentTarget.value)} />
      <label for={id('status')}>{t('libraryStatus')}</label>
      <select
        id={id('status')}
        value={status}
        onChange={(e) => set('status', ITEM_STATUSES.find((s) => s === e.currentTarget.value) ?? status)}
      >
        {ITEM_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`libraryStatus_${s}`)}
          </option>
        ))}
      </select>
      <div class="editor-actions">
        <button type="submit" class="primary" disabled={save.busy}>
          {t('librarySave')}
        </button>
        <button type="button" onClick={onClose}>
          {t('libraryCancel')}
        </button>
      </div>
      <ActionError error={save.error} />
    </form>
  );
}
