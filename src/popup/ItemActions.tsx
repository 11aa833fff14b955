import { useState } from 'preact/hooks';
import type { Item } from '../core/item/model';
import { send } from '../messaging/runtime';
import { t } from '../ui/i18n';

/** Done (asking for an optional one-line takeaway) and archive, for one item. */
export function ItemActions({ item }: { item: Item }) {
  const [asking, setAsking] = useState(false);
  const [note, setNote] = useState(item.note);
  const name = item.title ?? item.url;
  const finish = async (e?: Event) => {
    e?.preventDefault();
    await send('item-status', { itemId: item.id, status: 'done', note });
    setAsking(false);
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
        <div class="row">
          <button type="submit" class="primary small">
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
      <button
        type="button"
        class="secondary small"
        onClick={() => void send('item-status', { itemId: item.id, status: 'archived' })}
      >
        {t('archive')}
        <span class="visually-hidden">: {name}</span>
      </button>
    </div>
  );
}
