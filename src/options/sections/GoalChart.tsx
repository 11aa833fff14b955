import type { Goal } from '../../core/goal/model';
import { weekMet } from '../../core/goal/pace';
import type { GoalWeek } from '../../core/goal/progress';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { t, uiLocale } from '../../ui/i18n';
import { weeklyTarget } from './goal-lines';

/** A bar's height as a share of the chart: the target line sits at 100 of 125, so a week over it shows. */
const TOP = 1.25;
const height = (value: number, target: number) => `${(Math.min(value / target, TOP) / TOP) * 100}%`;

/**
 * The goal's weeks since it was created, oldest first, as bars against its target (a line);
 * the same numbers as a table for screen readers. Minutes when the goal sets a minutes target,
 * else finished items.
 */
export function GoalChart({ goal, weeks }: { goal: Goal; weeks: readonly GoalWeek[] }) {
  const format = new Intl.DateTimeFormat(uiLocale(), { day: 'numeric', month: 'short' });
  const oldestFirst = [...weeks].reverse();
  const byMinutes = !!goal.weeklyMinutes || !goal.weeklyItems;
  const target = (byMinutes ? goal.weeklyMinutes : goal.weeklyItems) ?? Math.max(1, ...weeks.map((w) => w.minutes));
  const value = (w: GoalWeek) => (byMinutes ? w.minutes : w.items);
  /** Whether the goal sets a target: the line, solid bars for weeks that met it, and the legend's parts. */
  const targeted = !!(goal.weeklyMinutes || goal.weeklyItems);
  // Newest week last: a chart wider than its box opens scrolled to it (older weeks to the left).
  const box = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (box.current) box.current.scrollLeft = box.current.scrollWidth;
  }, [weeks.length]);
  return (
    <>
      <div class="goal-chart" aria-hidden="true" data-testid="goal-chart" style={{ '--chip': goal.color }} ref={box}>
        {/* The weeks in a box as wide as all of them, so that the target line runs under every one. */}
        <div class="goal-chart-weeks">
          {targeted && <div class="goal-chart-target" style={{ '--at': String(1 / TOP) }} />}
          {oldestFirst.map((w) => (
            <div class="goal-chart-week" key={w.week.key}>
              <div
                class={`goal-chart-bar${targeted && weekMet(goal, w) ? ' met' : ''}`}
                style={{ height: height(value(w), target) }}
                data-value={value(w)}
              >
                <span class="goal-chart-value">{value(w)}</span>
              </div>
              <span class="goal-chart-label">{format.format(w.week.start)}</span>
            </div>
          ))}
        </div>
      </div>
      {/* What the bars and the line are (the table below says the same to screen readers). */}
      <p class="goal-chart-legend muted" aria-hidden="true" data-testid="goal-chart-legend">
        {byMinutes ? t('goalChartMinutes') : t('goalChartItems')}
        {targeted && ` · ${t('goalChartMet')}`}
        {targeted && ` · ${t('goalChartTarget', weeklyTarget(byMinutes ? 'minutes' : 'items', target))}`}
      </p>
      <table class="visually-hidden" data-testid="goal-history">
        <caption>{t('goalHistory')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('goalWeekOf')}</th>
            <th scope="col">{t('goalFinishedLabel')}</th>
            <th scope="col">{t('goalMinutesLabel')}</th>
          </tr>
        </thead>
        <tbody>
          {oldestFirst.map((w) => (
            <tr key={w.week.key}>
              <th scope="row">{format.format(w.week.start)}</th>
              <td>{w.items}</td>
              <td>{w.minutes}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
