import type { GoalPace } from '../../core/goal/pace';
import type { Goal } from '../../core/goal/model';
import { t, uiLocale } from '../../ui/i18n';

// A goal's one-line summaries, shared by its row in the list and its view; drawn on the view's
// first draw, so they read nothing themselves.

/** One weekly target as read: "60 min a week", "1 item a week", "3 items a week". */
export const weeklyTarget = (unit: 'minutes' | 'items', n: number): string =>
  unit === 'minutes'
    ? t('goalTargetMinutes', String(n))
    : n === 1
      ? t('goalTargetItemsOne')
      : t('goalTargetItems', String(n));

/** "60 min a week · 3 items a week", or that the goal has no target. */
export function targetSummary(goal: Goal): string {
  const parts = [
    goal.weeklyMinutes ? weeklyTarget('minutes', goal.weeklyMinutes) : null,
    goal.weeklyItems ? weeklyTarget('items', goal.weeklyItems) : null,
  ].filter(Boolean);
  return parts.length ? parts.join(' · ') : t('goalNoTarget');
}

/** "On track: 3 of 4 weeks met" (one week said as one). */
function paceLine(pace: GoalPace): string {
  if (pace.state === 'starting') return t('goalPaceStarting');
  const onTrack = pace.state === 'on-track';
  if (pace.weeks === 1) return t(onTrack ? 'goalPaceOnTrackOneWeek' : 'goalPaceBehindOneWeek', String(pace.met));
  return t(onTrack ? 'goalPaceOnTrack' : 'goalPaceBehind', [String(pace.met), String(pace.weeks)]);
}

/** "Target date: 31 Mar 2027 · On track: 3 of 4 weeks met", or as much of it as the goal has. */
export function GoalPaceLine({ goal, pace }: { goal: Goal; pace: GoalPace | null | undefined }) {
  const date =
    goal.targetDate === null
      ? null
      : t('goalTargetDateIs', new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium' }).format(goal.targetDate));
  const paceText = pace && paceLine(pace);
  if (!date && !paceText) return null;
  return (
    <span class={`goal-pace${pace ? ` pace-${pace.state}` : ''}`} data-testid="goal-pace" data-state={pace?.state}>
      {[date, paceText].filter(Boolean).join(' · ')}
    </span>
  );
}
