import { lazy } from '../../ui/lazy';

/** A goal's view, loaded when first shown, or as the page opens on it (options/shell.tsx). */
export const GoalViewLazy = lazy(() => import('./GoalView').then((m) => m.GoalView));
