import { useEffect, useState } from 'preact/hooks';
import type { Goal } from '../../core/goal/model';
import { format } from 'date-fns';
import { goalHistory, goalProgress, progressRow, siteLogs, weeksSince } from '../../core/goal/progress';
import { siteTimeBetween } from '../../db/tracking';
import { useTrackingSettings } from './use-tracking-settings';
import { GoalChart } from './GoalChart';
import { db } from '../../db/db';
import { itemsForGoal, listGoals } from '../../db/goals';
import { LogLearning } from '../../ui/LogLearning';
import { logEntriesForGoal } from '../../db/log';
import { t } from '../../ui/i18n';
import { GoalItems } from './GoalItems';
import { useLiveQuery } from '../../ui/use-live-query';
import { useWeekStart } from '../../ui/use-week-start';
import { targetSummary } from './GoalRow';
import { GoalPaceLine } from './GoalPace';
import { goalPace } from '../../core/goal/pace';
import { reviewLogs } from '../../core/review/time';
import { reviewTimeForGoal } from '../../db/review-time';
import { now } from '../../platform/clock';
import { takeFirstDraw } from './goal-view-first';

function Meter({ label, value, target }: { label: string; value: number; target: number | null }) {
  if (!target)
    return (
      <p>
        {label}: {value}
      </p>
    );
  return (
    <div class="meter">
      <span>{t('goalMeter', [label, String(value), String(target)])}</span>
      <progress max={target} value={Math.min(value, target)} aria-label={label} />
    </div>
  );
}

/**
 * A User Timing mark when the view first showed its items (`npm run bench` reads it), taken
 * after that first paint. Drawn first in the view, so that its effect runs before the view's
 * own, which open the database for the live queries: the mark is when the view showed, not
 * when that work is done.
 */
function ReadyMark() {
  useEffect(() => {
    if (!performance.getEntriesByName('learnmark:goal-view-ready').length)
      performance.mark('learnmark:goal-view-ready');
  }, []);
  return null;
}

/** One goal: this week against its target, its items (unread first) and its weeks so far. */
export function GoalView({ goal }: { goal: Goal }) {
  // Opened on this view, the page read its rows as it loaded: the first draw shows them at once.
  const [first] = useState(() => takeFirstDraw(goal.id));
  const items = useLiveQuery(() => itemsForGoal(db(), goal.id), [goal.id], first?.items);
  const logged = useLiveQuery(() => logEntriesForGoal(db(), goal.id), [goal.id], first?.logged);
  // Time on learning sites named for the goal, since the goal's first day: read only when a
  // site names it (a year is 365 day rows of every site).
  const { settings } = useTrackingSettings(first?.settings);
  const named = settings ? Object.values(settings.siteGoals).some((ids) => ids.includes(goal.id)) : false;
  const activity = useLiveQuery(
    () =>
      named
        ? siteTimeBetween(db(), format(goal.createdAt, 'yyyy-MM-dd'), format(now(), 'yyyy-MM-dd'))
        : Promise.resolve([]),
    [goal.createdAt, named],
    first && !named ? [] : undefined,
  );
  const reviewed = useLiveQuery(() => reviewTimeForGoal(db(), goal.id), [goal.id], first?.reviewed);
  const logs =
    logged && activity && settings && reviewed
      ? [...logged, ...siteLogs(activity, settings, goal.id), ...reviewLogs(reviewed, goal.id)]
      : undefined;
  const goals = useLiveQuery(() => listGoals(db()), [], first?.goals);
  const startsOn = useWeekStart();
  if (items === undefined || startsOn === undefined || logs === undefined) return null;
  const at = now();
  const rows = items.map(progressRow);
  const progress = goalProgress(goal, rows, at, startsOn, logs);
  const history = goalHistory(rows, at, startsOn, weeksSince(goal.createdAt, at, startsOn), logs);
  return (
    <section aria-labelledby="goal-view-heading" class="goal-view" data-testid="goal-view">
      <ReadyMark />
      <p>
        <a href="#goals">← {t('goalBack')}</a>
      </p>
      <h2 id="goal-view-heading">
        <span class="chip-dot" style={{ '--chip': goal.color }} aria-hidden="true" /> {goal.title}
      </h2>
      {goal.why && <p class="goal-why">{goal.why}</p>}
      <p class="muted">{targetSummary(goal)}</p>
      <p>
        <GoalPaceLine goal={goal} pace={goalPace(goal, rows, logs, at, startsOn)} />
      </p>

      <h3>{t('goalThisWeek')}</h3>
      <Meter label={t('goalFinishedLabel')} value={progress.items} target={goal.weeklyItems} />
      <Meter label={t('goalMinutesLabel')} value={progress.minutes} target={goal.weeklyMinutes} />
      <p data-testid="goal-saved">{t('goalSavedThisWeek', String(progress.saved))}</p>
      <p>
        <a href={`/src/review/index.html?goal=${encodeURIComponent(goal.id)}`} target="_blank">
          {t('goalReview')}
        </a>
      </p>

      <h3>{t('goalItemsHeading', String(items.length))}</h3>
      <GoalItems goal={goal} items={items} />

      <h3>{t('logEntriesLabel')}</h3>
      <LogLearning idPrefix="goal" goals={goals ?? [goal]} entries={logged ?? []} goalIds={[goal.id]} />

      <h3>{t('goalHistory')}</h3>
      <GoalChart goal={goal} weeks={history} />
    </section>
  );
}
