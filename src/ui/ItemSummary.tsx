import type { Item } from '../core/item/model';
import { t } from './i18n';
import { SafeLink } from './SafeLink';

/** One item as a line: its title (a link when it is a web address), site and reading time. */
export function ItemSummary({ item }: { item: Item }) {
  const minutes = item.readingMinutes > 0 ? t('readingMinutes', String(item.readingMinutes)) : null;
  return (
    <div class="item" data-item-id={item.id}>
      <SafeLink class="item-title" href={item.url}>
        {item.title || item.url}
      </SafeLink>
      <div class="item-meta">
        {[item.siteName, minutes].filter(Boolean).join(' · ')}
        {item.capture === 'none' && <span class="item-flag"> · {t('itemNotRead')}</span>}
        {item.textCutChars > 0 && <span class="item-flag"> · {t('itemTextCut')}</span>}
      </div>
    </div>
  );
}
