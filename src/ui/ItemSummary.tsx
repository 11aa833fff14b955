import type { Item } from '../core/item/model';
import { t } from './i18n';
import { Marked } from './Marked';
import { SafeLink } from './SafeLink';

/** The reader page for an item: an extension page, never a web address. */
export const readerHref = (itemId: string) => `/src/reader/index.html?id=${encodeURIComponent(itemId)}`;

/**
 * One item as a line: its title (a link when it is a web address; the words a search found
 * marked), site, reading time, Read.
 */
export function ItemSummary({ item, query }: { item: Item; query?: string }) {
  const minutes = item.readingMinutes > 0 ? t('readingMinutes', String(item.readingMinutes)) : null;
  return (
    <div class="item" data-item-id={item.id}>
      <SafeLink class="item-title" href={item.url}>
        <Marked text={item.title || item.url} query={query} />
      </SafeLink>
      <div class="item-meta">
        {[item.siteName, minutes].filter(Boolean).join(' · ')}
        {item.capture === 'none' && <span class="item-flag"> · {t('itemNotRead')}</span>}
        {item.textCutChars > 0 && <span class="item-flag"> · {t('itemTextCut')}</span>}
        {item.text && (
          <>
            {' · '}
            <a class="item-read" href={readerHref(item.id)} target="_blank">
              {t('readItem')}
              <span class="visually-hidden">: {item.title || item.url}</span>
            </a>
          </>
        )}
      </div>
    </div>
  );
}
