import { readGoalViewAtOnce, type GoalViewRows } from '../db/goal-first-read';
import { routeParts } from './route-parts';

/** `#goals/<id>` → the goal's id; null on any other route. */
function goalInRoute(hash: string): string | null {
  const [section, id] = routeParts(hash);
  return section === 'goals' && id ? id : null;
}

let opening: { goalId: string; rows: Promise<GoalViewRows | null> } | null = null;

/**
 * A page opened on a goal's view starts, side by side, its reads and the fetch of the view's
 * modules, before the rest of the page has loaded; the page's entry calls this first. This
 * module imports no more than the reads for that reason. (The goals' list, where the page opens
 * by default, is fetched at once too: the shell would ask for it only once it is in. A goal's
 * view never fetches the list: it would load Dexie before the view's first draw.)
 */
export function openGoalRoute(hash: string): void {
  const [section] = routeParts(hash);
  const goalId = goalInRoute(hash);
  if (!goalId) {
    if (!section || section === 'goals') void import('./sections/GoalsSection');
    return;
  }
  opening = { goalId, rows: readGoalViewAtOnce(goalId) };
  void import('./sections/GoalsRoute');
}

/** The reads the page started as it opened, once: a view drawn later reads for itself. */
export function takeOpening(): { goalId: string; rows: Promise<GoalViewRows | null> } | null {
  const taken = opening;
  opening = null;
  return taken;
}
