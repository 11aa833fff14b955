import { DEFAULT_VIEW, type LibraryView } from './view';

/**
 * The popup's lists, each as the library view that holds all of it: the popup shows the first
 * few, reads them through the same view (db/week.ts `upNext`, db/items.ts `latestSaved`), and its
 * "See all N" opens the library on that view, so both list the same items in the same order.
 */

/**
 * Up next: unread items tied to any active goal, newest first; while no goal is active, every
 * unread item (there is nothing to choose by yet).
 */
export const upNextView = (activeGoals: number): LibraryView => ({
  ...DEFAULT_VIEW,
  statuses: ['unread'],
  anyActiveGoal: activeGoals > 0,
});

/** Latest saved: everything not archived, newest first (the library's own first view). */
export const LATEST_VIEW: LibraryView = DEFAULT_VIEW;

const DAY = 86_400_000;
/**
 * From your past's windows, in days before now: saved three to five weeks ago; failing that (none
 * there), the last four months up to two weeks ago. The popup picks one item from the first
 * window holding any, and its "See all N" opens that window's view.
 */
const PAST_WINDOWS = [
  [35, 21],
  [120, 14],
] as const;

/**
 * From your past, as library views to try in turn: items saved in the window, unread or done
 * with a takeaway (never archived), newest first.
 */
export const pastViews = (now: number): LibraryView[] =>
  PAST_WINDOWS.map(([from, to]) => ({
    ...DEFAULT_VIEW,
    unreadOrTakeaway: true,
    from: now - from * DAY,
    to: now - to * DAY,
  }));
