import { endOfDay } from 'date-fns';
import { useEffect, useState } from 'preact/hooks';
import { REVIEW_RATINGS, type ReviewCard, type ReviewRating } from '../core/review/schedule';
import { db } from '../db/db';
import { reviewQueue } from '../db/review';
import { now } from '../platform/clock';
import { ActionError } from '../ui/ActionError';
import { ask } from '../ui/ask';
import { formatDay } from '../ui/format';
import { t } from '../ui/i18n';
import { readerHref } from '../ui/ItemSummary';
import { useAction } from '../ui/use-action';
import { useLiveQuery } from '../ui/use-live-query';

const RATING_LABELS: Record<ReviewRating, string> = {
  again: t('reviewAgain'),
  hard: t('reviewHard'),
  good: t('reviewGood'),
  easy: t('reviewEasy'),
};

/** A card with what it shows: the highlight and its item. */
async function withSource(card: ReviewCard) {
  const highlight = await db().highlights.get(card.sourceId);
  const item = highlight ? await db().items.get(highlight.itemId) : undefined;
  return { card, highlight, item };
}

export function App() {
  // Today's queue as it was when the page opened: answering a card does not bring it back today.
  const [endOfToday] = useState(() => endOfDay(now()).getTime());
  const [answered, setAnswered] = useState<{ id: string; due: number }[]>([]);
  const queue = useLiveQuery(async () => Promise.all((await reviewQueue(db(), endOfToday)).map(withSource)), []);
  const done = new Set(answered.map((a) => a.id));
  const current = queue?.find((q) => !done.has(q.card.id) && q.highlight);
  const answer = useAction(async (rating: ReviewRating) => {
    if (!current) return;
    const next = await ask('review-answer', { cardId: current.card.id, rating });
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
  useEffect(() => {
    // For the bench (review_ready_ms): navigation to today's queue drawn.
    if (queue) performance.mark('review-drawn');
  }, [queue === undefined]);

  return (
    <main class="review">
      <h1>{t('reviewTitle')}</h1>
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
      {queue === undefined ? null : current ? (
        <section class="review-card" aria-labelledby="review-card-heading" data-testid="review-card">
          <h2 id="review-card-heading" class="visually-hidden">
            {t('reviewCardHeading')}
          </h2>
          <blockquote>{current.highlight!.exact}</blockquote>
          {current.highlight!.note && <p>{current.highlight!.note}</p>}
          {current.item && (
            <p class="review-meta">
              <a href={readerHref(current.item.id)}>{current.item.title || current.item.url}</a>
            </p>
          )}
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
