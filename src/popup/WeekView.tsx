import type { WeekSummary } from '../core/week-summary';
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
        <Stat
          testId="stat-learning"
          label={t('learning')}
          value={formatMinutes(summary.learningMinutes)}
          change={vs(formatChange(summary.learningChange))}
          raw={summary.learningMinutes}
          rawChange={summary.learningChange}
        />
        <Stat
          testId="stat-distraction"
          label={t('distraction')}
          value={formatMinutes(summary.distractionMinutes)}
          change={vs(formatChange(summary.distractionChange))}
          raw={summary.distractionMinutes}
          rawChange={summary.distractionChange}
        />
        <Stat
          testId="stat-saved"
          label={t('itemsSaved')}
          value={String(summary.saved)}
          change={vs(formatChange(summary.savedChange))}
          raw={summary.saved}
          rawChange={summary.savedChange}
        />
        <Stat
          testId="stat-finished"
          label={t('itemsFinished')}
          value={String(summary.finished)}
          change={vs(formatChange(summary.finishedChange))}
          raw={summary.finished}
          rawChange={summary.finishedChange}
        />
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
