import browser from 'webextension-polyfill';
import type { PlayLeft } from '../core/nudge/budget';
import type { WeekSummary } from '../core/week/summary';
import { formatChange, formatDay, formatMinutes, formatMinutesChange } from '../ui/format';
import { t } from '../ui/i18n';
import { Disclosure } from './Disclosure';
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
  play,
  offset,
  onOffset,
}: {
  summary: WeekSummary;
  streak: number;
  /** Play left today on the shared budget; null when none applies. */
  play: PlayLeft | null;
  offset: number;
  onOffset: (o: number) => void;
}) {
  // While the week is under way it is compared with the same point of last week, and says so.
  const vs = (change: string) => t(summary.samePoint ? 'vsThisTimeLastWeek' : 'vsLastWeek', change);
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
              formatMinutesChange(summary.learningChange),
            ],
            [
              'stat-distraction',
              'distraction',
              formatMinutes(summary.distractionMinutes),
              summary.distractionMinutes,
              summary.distractionChange,
              formatMinutesChange(summary.distractionChange),
            ],
            [
              'stat-saved',
              'itemsSaved',
              String(summary.saved),
              summary.saved,
              summary.savedChange,
              formatChange(summary.savedChange),
            ],
            [
              'stat-finished',
              'itemsFinished',
              String(summary.finished),
              summary.finished,
              summary.finishedChange,
              formatChange(summary.finishedChange),
            ],
          ] as const
        ).map(([testId, label, value, raw, change, changeText]) => (
          <Stat
            key={testId}
            testId={testId}
            label={t(label)}
            value={value}
            change={vs(changeText)}
            raw={raw}
            rawChange={change}
          />
        ))}
      </div>
      {/* The streak and the play left share a line when both fit. */}
      {offset === 0 && (
        <div class="week-lines">
          <p class="streak" data-testid="streak" data-value={streak}>
            {streak > 0 ? t('streakDays', String(streak)) : t('streakNone')}
          </p>
          {play && (
            <p class="play-left" data-testid="play-left" data-value={play.leftSeconds} data-earned={play.earnedSeconds}>
              {t('playLeft', formatMinutes(Math.floor(play.leftSeconds / 60)))}
              {play.earnedSeconds > 0 && ` · ${t('playEarned', formatMinutes(Math.round(play.earnedSeconds / 60)))}`}
              {play.moreOn.map((more) => (
                <span
                  key={more.host}
                  class="play-more"
                  data-testid="play-more"
                  data-host={more.host}
                  data-value={more.seconds}
                >
                  {t('playMoreOn', [formatMinutes(Math.floor(more.seconds / 60)), more.host])}
                </span>
              ))}
            </p>
          )}
        </div>
      )}
      {summary.goals.length > 0 && (
        <ul class="goal-progress" aria-label={t('goalProgressLabel')} data-testid="goal-progress">
          {summary.goals.map(({ goal, progress }) => (
            <li key={goal.id}>
              <span class="chip-dot" style={{ '--chip': goal.color }} aria-hidden="true" />
              <span class="goal-name">{goal.title}</span>
              <span class="goal-numbers">
                {[
                  goal.weeklyItems
                    ? t('progressFinished', [String(progress.items), String(goal.weeklyItems)])
                    : t('progressFinishedCount', String(progress.items)),
                  goal.weeklyMinutes
                    ? t('progressMinutes', [String(progress.minutes), String(goal.weeklyMinutes)])
                    : null,
                  progress.saved ? t('progressSaved', String(progress.saved)) : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
              {/* One bar a target, each drawing exactly its own number. */}
              {goal.weeklyItems ? (
                <progress
                  max={goal.weeklyItems}
                  value={Math.min(progress.items, goal.weeklyItems)}
                  aria-label={t('goalProgressItemsOf', goal.title)}
                  data-testid="goal-items-bar"
                  style={{ '--chip': goal.color }}
                />
              ) : null}
              {goal.weeklyMinutes ? (
                <progress
                  max={goal.weeklyMinutes}
                  value={Math.min(progress.minutes, goal.weeklyMinutes)}
                  aria-label={t('goalProgressMinutesOf', goal.title)}
                  data-testid="goal-minutes-bar"
                  style={{ '--chip': goal.color }}
                />
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {/* The day by day and where the time went, folded like the lists below: the week's cards
          and goals are what the popup must show above the fold. */}
      <Disclosure id="days" heading={t('weekDaysHeading')}>
        <WeekChart days={summary.days} />
        <a
          class="week-time-link"
          href={browser.runtime.getURL('/src/options/index.html#time')}
          target="_blank"
          rel="noopener"
        >
          {t('weekTimeLink')}
        </a>
      </Disclosure>
    </section>
  );
}
