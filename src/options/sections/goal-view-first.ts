import { goalLogs } from '../../core/goal/logs';
import type { Goal } from '../../core/goal/model';
import type { ProgressLog } from '../../core/goal/progress';
import type { Item } from '../../core/item/model';
import { newestDayFirst } from '../../core/log/entries';
import type { LogEntry } from '../../core/log/model';
import type { TrackingSettings } from '../../core/tracking/settings';
import type { GoalViewRows } from '../../db/goal-first-read';
import { loadSettings } from '../../db/tracking-settings';
import { weekStartInForce } from '../../ui/use-week-start';

// Nothing here (nor in what the view draws with) loads Dexie, valibot or the messaging code: the
// view's first draw waits for none of them (test/unit/options/goal-view-graph.test.ts).

/** What a goal's view draws: every goal (by order), and the goal's items, entries and minutes. */
export interface GoalViewData {
  goals: Goal[];
  items: Item[];
  /** The goal's log entries, newest day first. */
  logged: LogEntry[];
  /** What counts toward its minutes: its entries, time on sites named for it, review time. */
  logs: ProgressLog[];
}

/** Whether the person's time settings name a learning site for the goal (its minutes then need that time). */
export const siteNamesGoal = (settings: TrackingSettings, goalId: string) =>
  Object.values(settings.siteGoals).some((ids) => ids.includes(goalId));

let first: { goalId: string; data: GoalViewData } | null = null;

/**
 * Completes the rows the page read as it opened on a goal's view with what else its first draw
 * needs (the time settings, the week start), so that the view draws whole at once. Where the
 * rows could not be read, or a learning site names the goal (its time is read with Dexie), the
 * view waits for its live reads, as any later view does.
 */
export async function prepareFirstDraw(goalId: string, reading: Promise<GoalViewRows | null>): Promise<void> {
  const [rows, settings] = await Promise.all([reading, loadSettings(), weekStartInForce()]);
  if (!rows || siteNamesGoal(settings, goalId)) return;
  const logged = [...rows.logged].sort(newestDayFirst);
  first = {
    goalId,
    // No site names the goal here: its minutes have no site time to read.
    data: {
      goals: rows.goals,
      items: rows.items,
      logged,
      logs: goalLogs(goalId, { logged, reviewed: rows.reviewed, activity: [], settings }),
    },
  };
}

/** The view's first rows, once: a view drawn again reads live. */
export function takeFirstDraw(goalId: string): GoalViewData | undefined {
  if (first?.goalId !== goalId) return undefined;
  const { data } = first;
  first = null;
  return data;
}
