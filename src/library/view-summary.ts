import type { Goal } from '../core/goal/model';
import { ITEM_STATUSES } from '../core/item/model';
import type { LibraryView } from '../core/library/view';
import { kindLabel } from '../ui/FilterSelects';
import { formatDay } from '../ui/format';
import { t } from '../ui/i18n';

const DAY: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };

/**
 * What a view shows, in one line under the library's heading ("Unread · For any active goal ·
 * Newest first"): a page opened from the popup's "See all" says which list it is the whole of.
 */
export function viewSummary(view: LibraryView, goals: ReadonlyMap<string, Goal>): string {
  const statuses = ITEM_STATUSES.filter((s) => view.statuses.includes(s));
  const goal = view.goalId ? goals.get(view.goalId) : undefined;
  // From your past's view (unread, or done with a takeaway) says so in place of its statuses.
  const past = view.unreadOrTakeaway && statuses.join() === 'unread,done';
  const parts = [
    past
      ? t('libraryUnreadOrTakeaway')
      : statuses.length === ITEM_STATUSES.length
        ? t('libraryShowsEveryStatus')
        : statuses.map((s) => t(`libraryStatus_${s}`)).join(', '),
    view.unreadOrTakeaway && !past ? t('libraryUnreadOrTakeaway') : null,
    view.anyActiveGoal ? t('libraryShowsActiveGoals') : null,
    view.goalId ? t('libraryShowsGoal', goal?.title ?? view.goalId) : null,
    view.kind ? kindLabel(view.kind) : null,
    view.tag ? t('libraryShowsTag', view.tag) : null,
    view.site ? t('libraryShowsSite', view.site) : null,
    view.from !== null || view.to !== null
      ? t('libraryShowsSaved', [
          view.from === null ? '…' : formatDay(view.from, DAY),
          view.to === null ? '…' : formatDay(view.to, DAY),
        ])
      : null,
    view.hasTakeaway ? t('libraryHasTakeaway') : null,
    view.query ? t('libraryShowsQuery', view.query) : null,
    view.batch ? t('libraryShowsImport') : null,
    t(`librarySort_${view.sort}`),
  ];
  return t('libraryShows', parts.filter((p): p is string => p !== null).join(' · '));
}
