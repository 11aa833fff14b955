import type { GoalViewRows } from '../../db/goal-first-read';
import { newestDayFirst } from '../../db/log';
import { loadSettings } from '../../db/tracking-settings';
import type { TrackingSettings } from '../../core/tracking/settings';
import { weekStartInForce } from '../../ui/use-week-start';

/** What a goal's view draws on its first draw, when the page opened on it. */
export interface GoalViewFirst extends GoalViewRows {
  settings: TrackingSettings;
}

let first: { goalId: string; data: GoalViewFirst } | null = null;

/**
 * Completes the rows the page read as it opened on a goal's view with what else its first draw
 * needs (the time settings, the week start), so that the view draws whole at once; where the
 * rows could not be read, the view reads live as any later view does.
 */
export async function prepareFirstDraw(goalId: string, reading: Promise<GoalViewRows | null>): Promise<void> {
  const [rows, settings] = await Promise.all([reading, loadSettings(), weekStartInForce()]);
  if (rows) first = { goalId, data: { ...rows, logged: [...rows.logged].sort(newestDayFirst), settings } };
}

/** The goals read as the page opened, for the goals section's first draw. */
export const firstGoals = (goalId: string | undefined) =>
  first && first.goalId === goalId ? first.data.goals : undefined;

/** The view's first rows, once: a view drawn again reads live. */
export function takeFirstDraw(goalId: string): GoalViewFirst | undefined {
  if (first?.goalId !== goalId) return undefined;
  const { data } = first;
  first = null;
  return data;
}
