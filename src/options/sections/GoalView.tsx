import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Goal } from '../../core/goal/model';
import { goalPace } from '../../core/goal/pace';
import { goalHistory, goalProgress, progressRow, weeksSince } from '../../core/goal/progress';
import { now } from '../../platform/clock';
import { t } from '../../ui/i18n';
import { lazy } from '../../ui/lazy';
import { useWeekStart } from '../../ui/use-week-start';
import { GoalItems } from './GoalItems';
import { GoalPaceLine, targetSummary } from './goal-lines';
import { takeFirstDraw, type GoalViewData } from './goal-view-first';

/** The view's live reads (Dexie), loaded once it has drawn: see GoalView. */
const GoalViewLive = lazy(() => import('./GoalViewLive').then((m) => m.GoalViewLive));
/** Below the items, drawn once the view has shown: their modules load after its first draw. */
const LogLearning = lazy(() => import('../../ui/LogLearning').then((m) => m.LogLearning));
const GoalChart = lazy(() => import('./GoalChart').then((m) => m.GoalChart));

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
 * after that first paint. Drawn first in the view, so that its effect runs before the others',
 * which load the live reads (and Dexie with them): the mark is when the view showed, not when
 * that work is done.
 */
function ReadyMark() {
  useEffect(() => {
    if (!performance.getEntriesByName('learnmark:goal-view-ready').length)
      performance.mark('learnmark:goal-view-ready');
  }, []);
  return null;
}

/**
 * One goal's view (`#goals/<id>`). Opened by its address, it draws at once from the rows the page
 * read as it opened (goal-view-first.ts); its live reads load after that first draw and take
 * over, keeping the same view (its focus, "Show all", an Undo) as its rows change. Any module
 * this one imports is on that first draw: none may load Dexie, valibot or the messaging code.
 * A goal that is not there shows `missing` (the list).
 */
export function GoalView({ goalId, missing }: { goalId: string; missing: ComponentChildren }) {
  const [first] = useState(() => takeFirstDraw(goalId));
  const [live, setLive] = useState<GoalViewData>();
  const data = live ?? first;
  const goal = data?.goals.find((g) => g.id === goalId);
  if (data && !goal) return <>{missing}</>;
  return (
    <>
      {data && goal && <GoalViewBody goal={goal} data={data} />}
      <GoalViewLive goalId={goalId} onData={setLive} />
    </>
  );
}

/** The goal: this week against its target, its items (unread first), its log and its weeks so far. */
function GoalViewBody({ goal, data }: { goal: Goal; data: GoalViewData }) {
  const startsOn = useWeekStart();
  if (startsOn === undefined) return null;
  const { items, logged, logs, goals } = data;
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
        {/* An achieved or archived goal is not behind: its pace is shown while it is active, as in its row. */}
        <GoalPaceLine goal={goal} pace={goal.status === 'active' ? goalPace(goal, rows, logs, at, startsOn) : null} />
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
      <LogLearning idPrefix="goal" goals={goals} entries={logged} goalIds={[goal.id]} />

      <h3>{t('goalHistory')}</h3>
      <GoalChart goal={goal} weeks={history} />
    </section>
  );
}
