import { useEffect, useState } from 'preact/hooks';
import {
  DAILY_LIMIT_MAX,
  DAILY_LIMIT_MIN,
  DEFAULT_REVIEW,
  parseReviewSettings,
  type ReviewSettings,
} from '../../core/review/settings';
import { loadReviewSettings, saveReviewSettings } from '../../db/review-settings';
import { t } from '../../ui/i18n';

/** The daily review's settings: how many cards a day, and whether the nudge may offer the review. */
export function ReviewSection() {
  const [settings, setSettings] = useState<ReviewSettings | null>(null);
  // What the person is typing, until it is committed (a redraw must not put the stored value back).
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState(false);
  const [saved, setSaved] = useState(false);
  useEffect(() => void loadReviewSettings().then(setSettings), []);
  if (!settings) return null;
  const commit = async (value: string) => {
    const limit = Number(value);
    const valid = parseReviewSettings({ dailyLimit: limit }).dailyLimit === limit;
    setError(!valid);
    setSaved(false);
    if (!valid) return;
    setDraft(null);
    setSettings(await saveReviewSettings({ ...settings, dailyLimit: limit }));
    setSaved(true);
  };
  const saveNudgeReview = async (nudgeReview: boolean) => {
    setSaved(false);
    setSettings(await saveReviewSettings({ ...settings, nudgeReview }));
    setSaved(true);
  };
  return (
    <section aria-labelledby="review-settings-heading">
      <h2 id="review-settings-heading">{t('sectionReview')}</h2>
      <p>
        <a href="/src/review/index.html" target="_blank">
          {t('reviewOpen')}
        </a>
      </p>
      <label for="review-daily-limit">{t('reviewDailyLimitLabel')}</label>
      <input
        id="review-daily-limit"
        type="number"
        min={DAILY_LIMIT_MIN}
        max={DAILY_LIMIT_MAX}
        step={1}
        value={draft ?? settings.dailyLimit}
        aria-describedby="review-daily-limit-help"
        aria-invalid={error}
        onInput={(e) => setDraft(e.currentTarget.value)}
        onChange={(e) => void commit(e.currentTarget.value)}
      />
      <p id="review-daily-limit-help" class="muted">
        {t('reviewDailyLimitHelp', [
          String(DAILY_LIMIT_MIN),
          String(DAILY_LIMIT_MAX),
          String(DEFAULT_REVIEW.dailyLimit),
        ])}
      </p>
      {error && (
        <p class="field-error" role="alert">
          {t('reviewDailyLimitInvalid', [String(DAILY_LIMIT_MIN), String(DAILY_LIMIT_MAX)])}
        </p>
      )}
      <p class="checkbox-row">
        <input
          id="review-nudge"
          type="checkbox"
          checked={settings.nudgeReview}
          onChange={(e) => void saveNudgeReview(e.currentTarget.checked)}
        />
        <label for="review-nudge">{t('reviewNudgeLabel')}</label>
      </p>
      <p class="muted" role="status">
        {saved ? t('prefSaved') : ''}
      </p>
    </section>
  );
}
