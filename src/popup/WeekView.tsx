import type { WeekSummary } from '../core/week/summary';
import { formatChange, formatDay, formatMinutes } from '../ui/format';
import { t } from '../ui/i18n';
import { WeekChart } from './WeekChart';

function Stat({
  label,
  value,
  change,
  testId,
  raw,
  rawChange,
}: {
  label: string;
  value: string;
  change: string;
  testId: string;
  raw: number;
  rawChange: number;
}) {
  return (
    <div class="stat" data-testid={testId} data-value={raw} data-change={rawChange}>
      <span class="stat-label">{label}</span>
      <span class="stat-value">{value}</span>
      <span class="stat-change">{change}</span>
    </div>
  );
}

function weekTitle(summary: WeekSummary, offset: number): string {
  if (offset === 0) return t('weekThis');
  if (offset === -1) return t('weekLast');
  return t('weekOf', formatDay(summary.week.start, { day: 'numeric', month: 'long', year: 'numeric' }));
}

/** The week at a glance: time learning against distraction, items, a day-by-day chart, goals. */
export function WeekView({
  summary,
  streak,
  offset,
  onOffset,
}: {
  summary: WeekSummary;
  streak: number;
  offset: number;
  onOffset: (o: number) => void;
}) {
  const vs = (change: string) => t('vsLastWeek', change);
  return (
    <section aria-labelledby="week-heading" class="week" data-testid="week">
      <div class="week-nav">
        <button type="button" class="icon-button" onClick={() => onOffset(offset - 1)} aria-label={t('weekPrevious')}>
          ‹
        </button>
        <h2 id="week-heading">{weekTitle(summary, offset)}</h2>
        <button
          type="button"
          class="icon-button"
          onClick={() => onOffset(offset + 1)}
          disabled={offset >= 0}
          aria-label={t('weekNext')}
        >
          ›
        </button>
      </div>
      <div class="stats">
        {(
          [
            [
              'stat-learning',
              'learning',
              formatMinutes(summary.learningMinutes),
              summary.learningMinutes,
              summary.learningChange,
            ],
            [
              'stat-distraction',
              'distraction',
              formatMinutes(summary.distractionMinutes),
              summary.distractionMinutes,
              summary.distractionChange,
            ],
            ['stat-saved', 'itemsSaved', String(summary.saved), summary.saved, summary.savedChange],
            ['stat-finished', 'itemsFinished', String(summary.finished), summary.finished, summary.finishedChange],
          ] as const
        ).map(([testId, label, value, raw, change]) => (
          <Stat
            key={testId}
            testId={testId}
            label={t(label)}
            value={value}
            change={vs(formatChange(change))}
            raw={raw}
            rawChange={change}
          />
        ))}
      </div>
      {offset === 0 && (
        <p class="streak" data-testid="streak" data-value={streak}>
          {streak > 0 ? t('streakDays', String(streak)) : t('streakNone')}
        </p>
      )}
      <WeekChart days={summary.days} />
      {summary.goals.length > 0 && (
        <ul class="goal-progress" aria-label={t('goalProgressLabel')} data-testid="goal-progress">
          {summary.goals.map(({ goal, progress }) => (
            <li key={goal.id}>
              <span class="chip-dot" style={{ '--chip': goal.color }} aria-hidden="true" />
              <span class="goal-name">{goal.title}</span>
              <span class="goal-numbers">
                {[
                  goal.weeklyItems ? t('progressItems', [String(progress.items), String(goal.weeklyItems)]) : null,
                  goal.weeklyMinutes
                    ? t('progressMinutes', [String(progress.minutes), String(goal.weeklyMinutes)])
                    : null,
                ]
                  .filter(Boolean)
                  .join(' · ') || t('progressNoTarget', String(progress.items))}
              </span>
              {(goal.weeklyItems || goal.weeklyMinutes) && (
                <progress
                  max={1}
                  value={Math.min(progress.itemsShare ?? 1, progress.minutesShare ?? 1)}
                  aria-label={t('goalProgressOf', goal.title)}
                  style={{ '--chip': goal.color }}
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
