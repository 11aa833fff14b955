import { lazy } from '../../ui/lazy';
import { routeParts } from '../route-parts';
import { useHashRoute } from '../use-hash-route';
import { GoalView } from './GoalView';

/** The goals' list, with its forms and actions: loaded where it is shown. */
const GoalsList = lazy(() => import('./GoalsSection').then((m) => m.GoalsSection));

/** Goals: the list, or one goal's view (`#goals/<id>`), which draws without loading the list. */
export function GoalsRoute() {
  const [, goalId] = useHashRoute();
  return goalId ? <GoalView key={goalId} goalId={goalId} missing={<GoalsList />} /> : <GoalsList />;
}

/** The section, with the list loaded first where the page opens on it, so that it draws in one go. */
export async function loadGoalsRoute(): Promise<typeof GoalsRoute> {
  if (!routeParts()[1]) await GoalsList.preload();
  return GoalsRoute;
}
