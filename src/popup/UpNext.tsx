// The lists below the week, loaded after its first draw (App.tsx).
import type { Item } from '../core/item/model';
import { t } from '../ui/i18n';
import { ItemSummary } from '../ui/ItemSummary';
import { ItemActions, type ClearedTakeaway } from './ItemActions';

/** Unread items for active goals: open one, mark it done, or archive it. Headed by its Disclosure. */
export function UpNext({ items, onCleared }: { items: Item[]; onCleared: (cleared: ClearedTakeaway) => void }) {
  return (
    <section aria-labelledby="upnext-heading" data-testid="up-next">
      {items.length === 0 ? (
        <p class="empty">{t('upNextEmpty')}</p>
      ) : (
        <ul class="items">
          {items.map((item) => (
            <li key={item.id}>
              <ItemSummary item={item} />
              <ItemActions item={item} onCleared={onCleared} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** One older item brought back: to read at last, or to remember its takeaway. Headed by its Disclosure. */
export function FromYourPast({ item, onCleared }: { item: Item; onCleared: (cleared: ClearedTakeaway) => void }) {
  return (
    <section aria-labelledby="past-heading" class="past" data-testid="from-your-past">
      <ItemSummary item={item} />
      {item.note && <p class="past-note">“{item.note}”</p>}
      {item.status === 'unread' && <ItemActions item={item} onCleared={onCleared} />}
    </section>
  );
}

/** The latest saved items that no list above shows. Headed by its Disclosure. */
export function LatestSaved({ items }: { items: Item[] }) {
  return (
    <section aria-labelledby="latest-heading">
      <ul data-testid="latest-items" class="items">
        {items.map((item) => (
          <li key={item.id}>
            <ItemSummary item={item} />
          </li>
        ))}
      </ul>
    </section>
  );
}
