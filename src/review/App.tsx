import { endOfDay } from 'date-fns/endOfDay';
import { format } from 'date-fns/format';
import { useEffect, useState } from 'preact/hooks';
import { REVIEW_RATINGS, type ReviewRating } from '../core/review/schedule';
import { db } from '../db/db';
import { answersOn, reviewQueue } from '../db/review';
import { cardsLeftToday } from '../core/review/settings';
import { loadReviewSettings } from '../db/review-settings';
import { now } from '../platform/clock';
import { ActionError } from '../ui/ActionError';
import { ask } from '../ui/ask';
import { formatDay } from '../ui/format';
import { t } from '../ui/i18n';
import { useAction } from '../ui/use-action';
import { useLiveQuery } from '../ui/use-live-query';
import { CardFace } from './CardFace';
import { useVisibleSeconds } from './use-visible-seconds';

const RATING_LABELS: Record<ReviewRating, string> = {
  again: t('reviewAgain'),
  hard: t('reviewHard'),
  good: t('reviewGood'),
  easy: t('reviewEasy'),
};

/** The goal the review is limited to (`?goal=<id>`, from a goal's view), or null for every card. */
const goalOfPage = () => new URLSearchParams(location.search).get('goal');

export function App() {
  // Today's queue as it was when the page opened: answering a card does not bring it back today.
  const [endOfToday] = useState(() => endOfDay(now()).getTime());
  const [today] = useState(() => format(now(), 'yyyy-MM-dd'));
  // Each "Review more anyway" grants another day's limit.
  const [rounds, setRounds] = useState(0);
  const [goalId] = useState(goalOfPage);
  const [answered, setAnswered] = useState<{ id: string; due: number }[]>([]);
  const [shown, setShown] = useState<string | null>(null);
  const goals = useLiveQuery(() => db().goals.toArray(), []);
  // Read outside the live queries: a live query that awaits anything but the database stops
  // seeing the database's changes.
  const [dailyLimit, setDailyLimit] = useState<number>();
  useEffect(() => void loadReviewSettings().then((s) => setDailyLimit(s.dailyLimit)), []);
  // Answers made today, here, on another page or earlier: the limit counts them all.
  const answeredToday = useLiveQuery(() => answersOn(db(), today), []);
  const queue = useLiveQuery(
    async () =>
      dailyLimit === undefined
        ? undefined
        : reviewQueue(db(), endOfToday, { limit: dailyLimit * (rounds + 1), goalId }),
    [dailyLimit, rounds],
  );
  const done = new Set(answered.map((a) => a.id));
  const next = queue?.find((q) => !done.has(q.card.id));
  const doneForToday =
    next !== undefined &&
    dailyLimit !== undefined &&
    answeredToday !== undefined &&
    cardsLeftToday(dailyLimit, answeredToday, rounds) === 0;
  const current = doneForToday ? undefined : next;
  const seconds = useVisibleSeconds(current?.card.id ?? null);
  const answer = useAction(async (rating: ReviewRating) => {
    if (!current) return;
    const next = await ask('review-answer', { cardId: current.card.id, rating, seconds: seconds() });
    if (next) setAnswered((list) => [...list, { id: next.id, due: next.due }]);
    setSuspended(null);
  });
  const [suspended, setSuspended] = useState<string | null>(null);
  const suspend = useAction(async () => {
    if (!current) return;
    const card = await ask('review-suspend', { cardId: current.card.id, suspended: true });
    if (card) {
      setSuspended(card.id);
      setAnswered((list) => [...list.filter((a) => a.id !== card.id), { id: card.id, due: card.due }]);
    }
  });
  const unsuspend = useAction(async () => {
    if (!suspended) return;
    await ask('review-suspend', { cardId: suspended, suspended: false });
    setAnswered((list) => list.filter((a) => a.id !== suspended));
    setSuspended(null);
  });
  const last = answered.filter((a) => a.id !== suspended).at(-1);
  const goal = goalId ? goals?.find((g) => g.id === goalId) : undefined;
  // A takeaway is recalled before it is shown; a highlight is shown as the prompt itself.
  const revealed = current !== undefined && (current.card.source === 'highlight' || shown === current.card.id);
  useEffect(() => {
    // For the bench (review_ready_ms): navigation to today's queue drawn.
    if (queue) performance.mark('review-drawn');
  }, [queue === undefined]);

  return (
    <main class="review">
      <h1>{t('reviewTitle')}</h1>
      {goal && (
        <p class="review-meta" data-testid="review-goal">
          {t('reviewOnlyGoal', goal.title)} <a href="?">{t('reviewAllGoals')}</a>
        </p>
      )}
      <div aria-live="polite" data-testid="review-status">
        {suspended ? (
          <p>
            {t('reviewSuspended')}{' '}
            <button type="button" class="secondary" onClick={() => void unsuspend.run()} disabled={unsuspend.busy}>
              {t('undo')}
            </button>
          </p>
        ) : (
          last && <p>{t('reviewNext', formatDay(last.due, { dateStyle: 'medium', timeStyle: 'short' }))}</p>
        )}
      </div>
      <ActionError error={unsuspend.error} />
      {queue === undefined ? null : doneForToday ? (
        <p data-testid="review-done-today">
          {t('reviewDoneForToday')}{' '}
          <button type="button" class="secondary" onClick={() => setRounds((r) => r + 1)}>
            {t('reviewMoreAnyway')}
          </button>
        </p>
      ) : current ? (
        <section class="review-card" aria-labelledby="review-card-heading" data-testid="review-card">
          <h2 id="review-card-heading" class="visually-hidden">
            {t(current.card.source === 'takeaway' ? 'reviewTakeawayHeading' : 'reviewCardHeading')}
          </h2>
          <CardFace queued={current} goals={goals ?? []} revealed={revealed} />
          {revealed ? (
            <>
              <p class="review-meta">{t('reviewQuestion')}</p>
              <div class="review-answers" role="group" aria-label={t('reviewQuestion')}>
                {REVIEW_RATINGS.map((r) => (
                  <button
                    key={r}
                    type="button"
                    class={r === 'good' ? 'primary' : 'secondary'}
                    disabled={answer.busy}
                    onClick={() => void answer.run(r)}
                  >
                    {RATING_LABELS[r]}
                  </button>
                ))}
              </div>
            </>
          ) : (
            <p>
              <button type="button" class="primary" onClick={() => setShown(current.card.id)}>
                {t('reviewShowTakeaway')}
              </button>
            </p>
          )}
          <p>
            <button type="button" class="secondary" disabled={suspend.busy} onClick={() => void suspend.run()}>
              {t('reviewSuspend')}
            </button>
          </p>
          <ActionError error={answer.error ?? suspend.error} />
        </section>
      ) : (
        <p data-testid="review-empty">{t('reviewEmpty')}</p>
      )}
    </main>
  );
}
