import { useState } from 'preact/hooks';
import type { Item } from '../core/item/model';
import { ActionError } from '../ui/ActionError';
import { t } from '../ui/i18n';
import { ask } from '../ui/ask';
import { useAction } from '../ui/use-action';

/** Done (asking for an optional one-line takeaway) and archive, for one item. */
export function ItemActions({ item }: { item: Item }) {
  const [asking, setAsking] = useState(false);
  const [note, setNote] = useState(item.note);
  const name = item.title ?? item.url;
  const done = useAction(async () => {
    await ask('item-status', { itemId: item.id, status: 'done', note });
    setAsking(false);
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
