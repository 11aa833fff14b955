import { endOfDay } from 'date-fns';
import { db } from '../db/db';
import { reviewQueue } from '../db/review';
import { loadReviewSettings } from '../db/review-settings';
import { now } from '../platform/clock';
import { t } from '../ui/i18n';
import { useLiveQuery } from '../ui/use-live-query';

/** "3 to review today", linking to the review page; nothing when none are due. */
export function ReviewCount() {
  const count = useLiveQuery(async () => {
    const { dailyLimit } = await loadReviewSettings();
    return (await reviewQueue(db(), endOfDay(now()).getTime(), { limit: dailyLimit })).length;
  }, []);
  if (!count) return null;
  return (
    <p class="review-count" data-testid="review-count">
      <a href="/src/review/index.html" target="_blank">
        {t('reviewDueToday', String(count))}
      </a>
    </p>
  );
}
