import { useEffect, useState } from 'preact/hooks';
import type { Goal } from '../core/goal/model';
import { ITEM_STATUSES, type ItemStatus } from '../core/item/model';
import { GoalSelect, KindSelect } from '../ui/FilterSelects';
import { ANY_ACTIVE_GOAL, LIBRARY_SORTS, defaultSort, type LibraryView } from '../core/library/view';
import { t } from '../ui/i18n';
import { dayEnd, dayStart, dayValue } from './days';

interface Props {
  view: LibraryView;
  goals: readonly Goal[];
  tags: readonly string[];
  onChange: (view: LibraryView) => void;
}

/** The library's filters and sort; each change is a new URL (see use-view.ts). */
export function Filters({ view, goals, tags, onChange }: Props) {
  const set = (change: Partial<LibraryView>) => onChange({ ...view, ...change });
  const toggleStatus = (status: ItemStatus, on: boolean) => {
    const statuses = on ? [...view.statuses, status] : view.statuses.filter((s) => s !== status);
    if (statuses.length) set({ statuses });
  };
  return (
    <form class="filters" aria-label={t('libraryFilters')} onSubmit={(e) => e.preventDefault()}>
      <SearchField
        query={view.query}
        // The order the person had not chosen follows the words: best match first while searching.
        onChange={(query) =>
          set({ query, sort: view.sort === defaultSort(view.query) ? defaultSort(query) : view.sort })
        }
      />
      <fieldset class="filter-statuses">
        <legend>{t('libraryStatus')}</legend>
        {ITEM_STATUSES.map((status) => (
          <label key={status}>
            <input
              type="checkbox"
              checked={view.statuses.includes(status)}
              onChange={(e) => toggleStatus(status, e.currentTarget.checked)}
            />
            {t(`libraryStatus_${status}`)}
          </label>
        ))}
      </fieldset>
      <label>
        {t('libraryGoal')}
        <GoalSelect
          goals={goals}
          value={view.anyActiveGoal ? ANY_ACTIVE_GOAL : view.goalId}
          noneLabel={t('libraryAny')}
          extra={{ value: ANY_ACTIVE_GOAL, label: t('libraryAnyActiveGoal') }}
          onChange={(goalId) =>
            set(goalId === ANY_ACTIVE_GOAL ? { goalId: null, anyActiveGoal: true } : { goalId, anyActiveGoal: false })
          }
        />
      </label>
      <label>
        {t('libraryKind')}
        <KindSelect value={view.kind} noneLabel={t('libraryAny')} onChange={(kind) => set({ kind })} />
      </label>
      <label>
        {t('libraryTag')}
        <select value={view.tag ?? ''} onChange={(e) => set({ tag: e.currentTarget.value || null })}>
          <option value="">{t('libraryAny')}</option>
          {tags.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('librarySite')}
        <input
          type="text"
          value={view.site ?? ''}
          placeholder="example.com"
          onChange={(e) => set({ site: e.currentTarget.value.trim().toLowerCase() || null })}
        />
      </label>
      <label>
        {t('libraryFrom')}
        <input
          type="date"
          value={dayValue(view.from)}
          onChange={(e) => set({ from: dayStart(e.currentTarget.value) })}
        />
      </label>
      <label>
        {t('libraryTo')}
        <input type="date" value={dayValue(view.to)} onChange={(e) => set({ to: dayEnd(e.currentTarget.value) })} />
      </label>
      <FilterCheck
        label={t('libraryHasTakeaway')}
        checked={view.hasTakeaway}
        onChange={(hasTakeaway) => set({ hasTakeaway })}
      />
      <FilterCheck
        label={t('libraryUnreadOrTakeaway')}
        checked={view.unreadOrTakeaway}
        onChange={(unreadOrTakeaway) => set({ unreadOrTakeaway })}
      />
      <label>
        {t('librarySort')}
        <select
          value={view.sort}
          onChange={(e) => set({ sort: LIBRARY_SORTS.find((s) => s === e.currentTarget.value) ?? 'newest' })}
        >
          {LIBRARY_SORTS.filter((s) => s !== 'relevance' || view.query).map((s) => (
            <option key={s} value={s}>
              {t(`librarySort_${s}`)}
            </option>
          ))}
        </select>
      </label>
    </form>
  );
}

/** A filter that is on or off, labelled by its own text. */
function FilterCheck(props: { label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <label class="filter-check">
      <input type="checkbox" checked={props.checked} onChange={(e) => props.onChange(e.currentTarget.checked)} />
      {props.label}
    </label>
  );
}

/** The words to find: a new view (and history entry) on Enter or leaving the field, not per key. */
function SearchField({ query, onChange }: { query: string | null; onChange: (query: string | null) => void }) {
  const [draft, setDraft] = useState(query ?? '');
  useEffect(() => setDraft(query ?? ''), [query]);
  return (
    <label>
      {t('librarySearch')}
      <input
        type="search"
        value={draft}
        onInput={(e) => setDraft(e.currentTarget.value)}
        onChange={(e) => onChange(e.currentTarget.value.trim() || null)}
      />
    </label>
  );
}
