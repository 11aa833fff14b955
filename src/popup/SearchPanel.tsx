import { useLayoutEffect, useState } from 'preact/hooks';
import type { Goal } from '../core/goal/model';
import { ITEM_STATUSES, type ItemKind } from '../core/item/model';
import { GoalSelect, KindSelect } from '../ui/FilterSelects';
import { db } from '../db/db';
import { searchItems, type SearchResult } from '../db/search';
import { now } from '../platform/clock';
import { pendingCount } from '../db/search-index';
import { useLiveQuery } from '../ui/use-live-query';
import { t } from '../ui/i18n';
import { ItemSummary } from '../ui/ItemSummary';
import { DEFAULT_VIEW } from '../core/library/view';
import { libraryUrl } from '../ui/library-url';
import { SEARCH_SHOWN } from './popup-lists';

/** The library showing what this search finds: the same words and filters, every status. */
const searchUrl = (change: { query: string; goalId: string | null; kind: ItemKind | null }) =>
  libraryUrl({ ...DEFAULT_VIEW, ...change, sort: 'relevance', statuses: [...ITEM_STATUSES] });

/** Search everything ever saved, as you type, optionally within one goal or one kind. */
export function SearchPanel({ query, goals }: { query: string; goals: Goal[] }) {
  const [goalId, setGoalId] = useState<string | null>(null);
  const [kind, setKind] = useState<ItemKind | null>(null);
  const [result, setResult] = useState<SearchResult | null>(null);
  const pending = useLiveQuery(() => pendingCount(db()), []);

  // Begun in the render that shows the words, not in a passive effect a frame later: each
  // keystroke's reads start at once (search_p50_ms).
  useLayoutEffect(() => {
    let current = true;
    void searchItems(db(), query, { goalId, kind }, { now: now(), limit: SEARCH_SHOWN }).then((r) => {
      // A slower earlier query must not overwrite a newer one's results.
      if (current) {
        setResult(r);
        performance.mark('learnmark:search-drawn', { detail: query });
      }
    });
    return () => {
      current = false;
    };
  }, [query, goalId, kind]);

  return (
    <section aria-labelledby="search-heading" data-testid="search-results">
      <h2 id="search-heading" class="visually-hidden">
        {t('searchResults')}
      </h2>
      <div class="filters">
        <label>
          <span class="visually-hidden">{t('filterGoal')}</span>
          <GoalSelect goals={goals} value={goalId} noneLabel={t('filterAllGoals')} onChange={setGoalId} />
        </label>
        <label>
          <span class="visually-hidden">{t('filterKind')}</span>
          <KindSelect value={kind} noneLabel={t('filterAllKinds')} onChange={setKind} />
        </label>
      </div>
      {!!pending && <p class="hint">{t('searchIndexing', String(pending))}</p>}
      {result && (
        <p class="hint" role="status">
          {result.total === 0
            ? t('searchNone')
            : t(result.more ? 'searchCountAtLeast' : 'searchCount', String(result.total))}
        </p>
      )}
      <ul class="items">
        {result?.items.map((item) => (
          <li key={item.id}>
            <ItemSummary item={item} query={query} />
          </li>
        ))}
      </ul>
      {result && (result.more || result.total > result.items.length) && (
        <a href={searchUrl({ query, goalId: goalId || null, kind: kind || null })} target="_blank" rel="noopener">
          {result.more ? t('searchSeeAllMore') : t('searchSeeAll', String(result.total))}
        </a>
      )}
    </section>
  );
}
