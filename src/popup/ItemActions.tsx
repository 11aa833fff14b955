import { useState } from 'preact/hooks';
import type { Item } from '../core/item/model';
import { ActionError } from '../ui/ActionError';
import { t } from '../ui/i18n';
import { ask } from '../ui/ask';
import { useAction } from '../ui/use-action';

/** A takeaway the Done form cleared (its review card went to the trash), to write back on Undo. */
export interface ClearedTakeaway {
  itemId: string;
  note: string;
}

/**
 * Done (asking for an optional one-line takeaway) and archive, for one item. Clearing a written
 * takeaway takes its review card out: `onCleared` offers Undo, since the item leaves the list.
 */
export function ItemActions({ item, onCleared }: { item: Item; onCleared: (cleared: ClearedTakeaway) => void }) {
  const [asking, setAsking] = useState(false);
  const [note, setNote] = useState(item.note);
  const name = item.title ?? item.url;
  const done = useAction(async () => {
    await ask('item-status', { itemId: item.id, status: 'done', note });
    setAsking(false);
    if (item.note.trim() !== '' && note.trim() === '') onCleared({ itemId: item.id, note: item.note });
  });
  const archive = useAction(() => ask('item-status', { itemId: item.id, status: 'archived' }));
  const finish = (e: Event) => {
    e.preventDefault();
    void done.run();
  };
  if (asking) {
    const id = `takeaway-${item.id}`;
    return (
      <form class="takeaway" onSubmit={finish} data-testid="takeaway-form">
        <label for={id}>{t('takeawayLabel')}</label>
        <input
          id={id}
          type="text"
          value={note}
          maxLength={280}
          autoFocus
          placeholder={t('takeawayPlaceholder')}
          onInput={(e) => setNote(e.currentTarget.value)}
        />
        <ActionError error={done.error} />
        <div class="row">
          <button type="submit" class="primary small" disabled={done.busy}>
            {t('markDone')}
          </button>
          <button type="button" class="secondary small" onClick={() => setAsking(false)}>
            {t('cancel')}
          </button>
        </div>
      </form>
    );
  }
  return (
    <div class="item-actions">
      <button type="button" class="secondary small" onClick={() => setAsking(true)}>
        {t('markDone')}
        <span class="visually-hidden">: {name}</span>
      </button>
      <button type="button" class="secondary small" disabled={archive.busy} onClick={() => void archive.run()}>
        {t('archive')}
        <span class="visually-hidden">: {name}</span>
      </button>
      <ActionError error={archive.error} />
    </div>
  );
}

/**
 * "Takeaway cleared" with Undo, which writes the takeaway back: the worker then brings its
 * card back from the trash with its schedule (db/review.ts keepTakeawayCard).
 */
export function TakeawayUndo({ cleared, onClose }: { cleared: ClearedTakeaway | null; onClose: () => void }) {
  const undo = useAction(async () => {
    if (!cleared) return;
    await ask('library-edit', { itemId: cleared.itemId, note: cleared.note });
    onClose();
  });
  return (
    <div aria-live="polite">
      {cleared && (
        <p class="toast" role="status">
          {t('takeawayCleared')}{' '}
          <button type="button" class="secondary small" disabled={undo.busy} onClick={() => void undo.run()}>
            {t('undo')}
          </button>
          <ActionError error={undo.error} />
        </p>
      )}
    </div>
  );
}
