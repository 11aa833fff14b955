import { endOfDay } from 'date-fns/endOfDay';
import { format } from 'date-fns/format';
import { cardsLeftToday } from '../core/review/settings';
import { useEffect, useState } from 'preact/hooks';
import { db } from '../db/db';
import { loadReviewSettings } from '../db/review-settings';
import { now } from '../platform/clock';
import { t } from '../ui/i18n';
import { useLiveQuery } from '../ui/use-live-query';
import type * as ReviewDb from '../db/review';

/** "3 to review today", linking to the review page; nothing when none are due. */
export function ReviewCount() {
  // Loaded after the first draw: the review module brings the FSRS scheduler (ts-fsrs), which
  // counting due cards does not need and the popup's first draw should not wait for.
  const [review, setReview] = useState<typeof ReviewDb>();
  useEffect(() => void import('../db/review').then(setReview), []);
  // Read outside the live query: one that awaits anything but the database stops seeing its changes.
  const [dailyLimit, setDailyLimit] = useState<number>();
  useEffect(() => void loadReviewSettings().then((s) => setDailyLimit(s.dailyLimit)), []);
  const count = useLiveQuery(async () => {
    if (!review || dailyLimit === undefined) return undefined;
    // The limit counts answers made today: once reached, nothing is left to review today.
    const limit = cardsLeftToday(dailyLimit, await review.answersOn(db(), format(now(), 'yyyy-MM-dd')));
    return limit > 0 ? (await review.reviewQueue(db(), endOfDay(now()).getTime(), { limit })).length : 0;
  }, [review, dailyLimit]);
  if (!count) return null;
  return (
    <p class="review-count" data-testid="review-count">
      <a href="/src/review/index.html" target="_blank">
        {t('reviewDueToday', String(count))}
      </a>
    </p>
  );
}
