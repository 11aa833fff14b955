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
