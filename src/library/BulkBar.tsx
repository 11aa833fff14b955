import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Goal } from '../core/goal/model';
import type { BulkAction } from '../core/library/bulk';
import { ask } from '../ui/ask';
import { GoalSelect } from '../ui/FilterSelects';
import { ActionError } from '../ui/ActionError';
import { t } from '../ui/i18n';
import { useAction } from '../ui/use-action';
import type { Undoable } from './UndoToast';

type Choice = BulkAction | { kind: 'delete' };
/** Archive and delete take items out of view: they ask first, naming how many. */
const confirms = (choice: Choice) =>
  choice.kind === 'delete' || (choice.kind === 'status' && choice.status === 'archived');

interface Props {
  selected: ReadonlySet<string>;
  matching: number;
  goals: readonly Goal[];
  tags: readonly string[];
  onSelectAll: () => void;
  onClear: () => void;
  onDone: (undoable: Undoable) => void;
}

/** Actions on the selected items: one worker message, one transaction, and an Undo each. */
export function BulkBar({ selected, matching, goals, tags, onSelectAll, onClear, onDone }: Props) {
  const [goalId, setGoalId] = useState<string | null>(null);
  const [tag, setTag] = useState('');
  const [pending, setPending] = useState<Choice | null>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  // Asking names the count; the answer is one key away (Enter confirms, Tab reaches Cancel).
  // Layout effect: focus lands in the frame the question appears, so an Enter pressed on seeing it answers it.
  useLayoutEffect(() => confirmButton.current?.focus(), [pending]);
  const count = selected.size;
  const n = String(count);

  const act = useAction(async (choice: Choice) => {
    const ids = [...selected];
    setPending(null);
    if (choice.kind === 'delete') {
      const deleted = await ask('library-delete', { ids });
      onDone({ message: t('libraryDeleted', String(deleted)), undo: () => ask('library-restore', { ids }) });
    } else {
      const { changed, undo } = await ask('library-bulk', { ids, action: choice });
      onDone({ message: t('libraryChanged', String(changed)), undo: () => ask('library-undo', { patches: undo }) });
    }
    onClear();
  });
  const run = (choice: Choice) => (confirms(choice) ? setPending(choice) : void act.run(choice));

  if (!count)
    return (
      <div class="bulk" role="group" aria-label={t('libraryBulk')}>
        <button type="button" onClick={onSelectAll} disabled={!matching}>
          {t('librarySelectAll', String(matching))}
        </button>
      </div>
    );
  const goal = goals.find((g) => g.id === goalId);
  const cleanTag = tag.trim().replace(/^#/, '');
  return (
    <div class="bulk" role="group" aria-label={t('libraryBulk')}>
      <strong aria-live="polite">{t('librarySelected', n)}</strong>
      {count < matching && (
        <button type="button" onClick={onSelectAll}>
          {t('librarySelectAll', String(matching))}
        </button>
      )}
      <button type="button" onClick={onClear}>
        {t('libraryClearSelection')}
      </button>
      <span class="bulk-group">
        <label>
          <span class="visually-hidden">{t('libraryGoal')}</span>
          <GoalSelect goals={goals} value={goalId} noneLabel={t('libraryChooseGoal')} onChange={setGoalId} />
        </label>
        <button
          type="button"
          disabled={!goal || act.busy}
          onClick={() => goal && run({ kind: 'tie', goalId: goal.id })}
        >
          {t('libraryTie')}
        </button>
        <button
          type="button"
          disabled={!goal || act.busy}
          onClick={() => goal && run({ kind: 'untie', goalId: goal.id })}
        >
          {t('libraryUntie')}
        </button>
      </span>
      <span class="bulk-group">
        <label>
          <span class="visually-hidden">{t('libraryTag')}</span>
          <input
            type="text"
            list="library-tags"
            value={tag}
            placeholder={t('libraryTagPlaceholder')}
            onInput={(e) => setTag(e.currentTarget.value)}
          />
        </label>
        <datalist id="library-tags">
          {tags.map((x) => (
            <option key={x} value={x} />
          ))}
        </datalist>
        <button type="button" disabled={!cleanTag || act.busy} onClick={() => run({ kind: 'tag-add', tag: cleanTag })}>
          {t('libraryAddTag')}
        </button>
        <button
          type="button"
          disabled={!cleanTag || act.busy}
          onClick={() => run({ kind: 'tag-remove', tag: cleanTag })}
        >
          {t('libraryRemoveTag')}
        </button>
      </span>
      <button type="button" disabled={act.busy} onClick={() => run({ kind: 'status', status: 'done' })}>
        {t('libraryMarkDone')}
      </button>
      <button type="button" disabled={act.busy} onClick={() => run({ kind: 'status', status: 'unread' })}>
        {t('libraryMarkUnread')}
      </button>
      <button type="button" disabled={act.busy} onClick={() => run({ kind: 'status', status: 'archived' })}>
        {t('libraryArchive')}
      </button>
      <button type="button" disabled={act.busy} onClick={() => run({ kind: 'unarchive' })}>
        {t('libraryUnarchive')}
      </button>
      <button type="button" class="danger" disabled={act.busy} onClick={() => run({ kind: 'delete' })}>
        {t('libraryDelete')}
      </button>
      {pending && (
        <div class="confirm" role="alertdialog" aria-labelledby="confirm-text">
          <p id="confirm-text">{t(pending.kind === 'delete' ? 'libraryConfirmDelete' : 'libraryConfirmArchive', n)}</p>
          <button type="button" class="danger" ref={confirmButton} onClick={() => void act.run(pending)}>
            {t(pending.kind === 'delete' ? 'libraryDeleteCount' : 'libraryArchiveCount', n)}
          </button>
          <button type="button" onClick={() => setPending(null)}>
            {t('libraryCancel')}
          </button>
        </div>
      )}
      <ActionError error={act.error} />
    </div>
  );
}
