import { useState } from 'preact/hooks';
import { ActionError } from '../ui/ActionError';
import { t } from '../ui/i18n';
import { ask } from '../ui/ask';
import { useAction } from '../ui/use-action';
import { WEEKLY_ITEMS_MAX } from '../core/goal/model';
import { NumberField } from '../ui/NumberField';

/** The weekly target a goal starts with, shown and editable beside it. */
const TARGET_ITEMS = 3;

const EXAMPLES = [
  { title: 'onboardingExample1', keywords: 'onboardingExample1Keywords' },
  { title: 'onboardingExample2', keywords: 'onboardingExample2Keywords' },
  { title: 'onboardingExample3', keywords: 'onboardingExample3Keywords' },
];

/** First run: "What do you want to get better at?", with examples the person edits or drops. */
export function Onboarding({ onDone }: { onDone: () => void }) {
  const [rows, setRows] = useState(() =>
    EXAMPLES.map((e) => {
      const keywords = t(e.keywords);
      return { title: t(e.title), keywords, example: keywords, items: String(TARGET_ITEMS), on: false };
    }),
  );
  const change = (i: number, patch: Partial<(typeof rows)[number]>) =>
    setRows(rows.map((r, j) => (j === i ? { ...r, ...patch, on: patch.on ?? true } : r)));
  // The example's keywords belong to the example: once its title is rewritten they no longer
  // describe it (renaming "Get better at SQL" must not keep "SQL, database, query").
  const retitle = (i: number, title: string) => {
    change(i, { title, ...(rows[i]!.keywords === rows[i]!.example ? { keywords: '' } : {}) });
  };
  const [error, setError] = useState<string | null>(null);
  const chosen = rows.filter((r) => r.on && r.title.trim());

  // Goals already added stay added if a later one fails: trying again reports them as taken.
  const add = useAction(async () => {
    setError(null);
    for (const row of chosen) {
      const result = await ask('goal-save', {
        draft: { title: row.title, keywords: row.keywords, weeklyItems: row.items.trim() || null },
      });
      if (!result.ok) {
        setError(`${row.title}: ${t(Object.values(result.errors)[0] ?? 'goalErrorGeneric')}`);
        return;
      }
    }
    onDone();
  });

  return (
    <section class="onboarding" aria-labelledby="onboarding-heading" data-testid="onboarding">
      <h2 id="onboarding-heading">{t('onboardingHeading')}</h2>
      <p class="hint">{t('onboardingHint')}</p>
      <ul class="onboarding-rows">
        {rows.map((row, i) => (
          <li key={i}>
            <input
              type="checkbox"
              id={`onb-${i}`}
              checked={row.on}
              aria-label={t('onboardingPick', row.title)}
              onChange={(e) => change(i, { on: e.currentTarget.checked })}
            />
            <input
              type="text"
              aria-label={t('onboardingEdit', String(i + 1))}
              value={row.title}
              maxLength={120}
              onInput={(e) => retitle(i, e.currentTarget.value)}
            />
            <div class="onboarding-details">
              <input
                type="text"
                class="onboarding-keywords"
                aria-label={t('onboardingKeywords', String(i + 1))}
                placeholder={t('onboardingKeywordsPlaceholder')}
                value={row.keywords}
                maxLength={600}
                onInput={(e) => change(i, { keywords: e.currentTarget.value })}
              />
              <label class="onboarding-target">
                <NumberField
                  min={1}
                  max={WEEKLY_ITEMS_MAX}
                  value={row.items}
                  aria-label={t('onboardingTarget', String(i + 1))}
                  onDraft={(items) => change(i, { items })}
                />
                <span aria-hidden="true">{t('onboardingTargetUnit')}</span>
              </label>
            </div>
          </li>
        ))}
      </ul>
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
      <ActionError error={add.error} />
      <div class="row">
        <button type="button" class="primary" disabled={add.busy || chosen.length === 0} onClick={() => void add.run()}>
          {t('onboardingAdd', String(chosen.length))}
        </button>
        <button type="button" class="secondary" onClick={onDone}>
          {t('onboardingSkip')}
        </button>
      </div>
    </section>
  );
}
