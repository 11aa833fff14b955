// The lists below the week, loaded after its first draw (App.tsx).
import type { Item } from '../core/item/model';
import type { LibraryView } from '../core/library/view';
import type { Goal } from '../core/goal/model';
import { db } from '../db/db';
import { latestTotal } from '../db/items';
import { upNextTotal, type PastPick } from '../db/week';
import { useLiveQuery } from '../ui/use-live-query';
import { t } from '../ui/i18n';
import { libraryUrl } from '../ui/library-url';
import { ItemSummary } from '../ui/ItemSummary';
import { useCallback } from 'preact/hooks';
import { ItemActions, type ClearedTakeaway } from './ItemActions';

/**
 * The end of a list the popup shows only the first of: the library, in a new tab, on the view
 * that holds all `total` of them (core/library/lists.ts), in the same order.
 */
function SeeAll({ view, total, shown }: { view: LibraryView; total: number; shown: number }) {
  if (total <= shown) return null;
  return (
    <a class="see-all" href={libraryUrl(view)} target="_blank" rel="noopener" data-testid="see-all">
      {t('searchSeeAll', String(total))}
    </a>
  );
}

/**
 * A "See all N" whose N is read by `count`, kept current: drawn inside its list, which the popup
 * mounts only while its Disclosure is open, so a folded list counts nothing.
 */
function CountedSeeAll({ view, shown, count }: { view: LibraryView; shown: number; count: () => Promise<number> }) {
  const total = useLiveQuery(count, [count]);
  return total === undefined ? null : <SeeAll view={view} total={total} shown={shown} />;
}

/** Unread items for active goals: open one, mark it done, or archive it. Headed by its Disclosure. */
export function UpNext({
  items,
  goals,
  view,
  onCleared,
}: {
  items: Item[];
  goals: readonly Goal[];
  view: LibraryView;
  onCleared: (cleared: ClearedTakeaway) => void;
}) {
  const count = useCallback(() => upNextTotal(db(), goals), [goals]);
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
      <CountedSeeAll view={view} shown={items.length} count={count} />
    </section>
  );
}

/**
 * One older item brought back: to read at last, or to remember its takeaway. Headed by its
 * Disclosure. Its "See all" lists every item it picks from (db/week.ts `fromYourPast`).
 */
export function FromYourPast({ past, onCleared }: { past: PastPick; onCleared: (cleared: ClearedTakeaway) => void }) {
  const { item, total, view } = past;
  return (
    <section aria-labelledby="past-heading" class="past" data-testid="from-your-past">
      <ItemSummary item={item} />
      {item.note && <p class="past-note">“{item.note}”</p>}
      {item.status === 'unread' && <ItemActions item={item} onCleared={onCleared} />}
      <SeeAll view={view} total={total} shown={1} />
    </section>
  );
}

/**
 * The latest saved items that no list above shows. Headed by its Disclosure. Its "See all"
 * lists everything saved, newest first, those above included.
 */
export function LatestSaved({ items, view }: { items: Item[]; view: LibraryView }) {
  return (
    <section aria-labelledby="latest-heading">
      <ul data-testid="latest-items" class="items">
        {items.map((item) => (
          <li key={item.id}>
            <ItemSummary item={item} />
          </li>
        ))}
      </ul>
      <CountedSeeAll view={view} shown={items.length} count={countLatest} />
    </section>
  );
}

const countLatest = () => latestTotal(db());
