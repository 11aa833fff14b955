import browser from 'webextension-polyfill';
import type { Goal } from '../core/goal/model';
import type { Item } from '../core/item/model';
import { isHttpUrl } from '../core/item/url';
import { siteOf } from '../core/library/view';
import { t } from '../ui/i18n';
import { Marked } from '../ui/Marked';
import { SafeLink } from '../ui/SafeLink';
import { kindLabel } from '../ui/FilterSelects';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** The browser's own cached favicon for a page (the `favicon` permission): no network. */
function faviconOf(url: string): string | null {
  if (!isHttpUrl(url)) return null;
  return `${browser.runtime.getURL('/_favicon/')}?pageUrl=${encodeURIComponent(url)}&size=16`;
}

interface Props {
  item: Item | undefined;
  id: string;
  goals: ReadonlyMap<string, Goal>;
  /** The words searched for, marked in the title. */
  query: string | null;
  selected: boolean;
  onSelect: (id: string, shift: boolean) => void;
  onEdit: (id: string) => void;
}

/** One item of the library: what it is, where from, when saved, its state and the person's words. */
export function LibraryRow({ item, id, goals, query, selected, onSelect, onEdit }: Props) {
  if (!item) return <div class="row row-loading" aria-busy="true" />;
  const title = item.title?.trim() || item.url;
  const icon = faviconOf(item.url);
  const tied = item.goalIds.map((g) => goals.get(g)).filter((g): g is Goal => !!g);
  return (
    <div class={`row${selected ? ' row-selected' : ''}`} data-item-id={id}>
      <input
        type="checkbox"
        checked={selected}
        aria-label={t('librarySelectItem', title)}
        onClick={(e) => onSelect(id, e.shiftKey)}
      />
      <div class="row-main">
        <div class="row-title">
          {icon ? <img src={icon} alt="" width={16} height={16} /> : <span class="favicon-none" aria-hidden="true" />}
          <SafeLink href={item.url} class="row-link">
            <Marked text={title} query={query} />
          </SafeLink>
        </div>
        <div class="row-meta">
          <span>{siteOf(item.url) || item.siteName || t('libraryNoSite')}</span>
          <span>{kindLabel(item.kind)}</span>
          <span>{dateFormat.format(item.savedAt)}</span>
          <span class={`status status-${item.status}`}>{t(`libraryStatus_${item.status}`)}</span>
          {item.capture === 'none' && !item.text && (
            // Quiet on purpose: most imported rows are links only until the page is saved again.
            // A link kept although its page did not load says so, as the popup said when saving.
            <span class="row-link-only" data-testid="row-link-only">
              {t(item.loadFailure ? 'libraryNotLoaded' : 'libraryLinkOnly')}
            </span>
          )}
          {tied.map((g) => (
            <span key={g.id} class="row-goal" style={{ '--chip': g.color }}>
              {g.title}
            </span>
          ))}
          {item.tags.map((tag) => (
            <span key={tag} class="row-tag">
              #{tag}
            </span>
          ))}
        </div>
        {/* The person's own words first; else what the page is about, to triage by. */}
        {item.note ? (
          <div class="row-note">{item.note}</div>
        ) : (
          item.excerpt && <div class="row-excerpt">{item.excerpt}</div>
        )}
      </div>
      <button type="button" class="row-edit" onClick={() => onEdit(id)} aria-label={t('libraryEditItem', title)}>
        {t('libraryEdit')}
      </button>
    </div>
  );
}
