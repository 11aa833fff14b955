import { useState } from 'preact/hooks';
import { ActionError } from '../ui/ActionError';
import { t } from '../ui/i18n';
import { ask } from '../ui/ask';
import { useAction } from '../ui/use-action';

const EXAMPLES = [
  { title: 'onboardingExample1', keywords: 'onboardingExample1Keywords' },
  { title: 'onboardingExample2', keywords: 'onboardingExample2Keywords' },
  { title: 'onboardingExample3', keywords: 'onboardingExample3Keywords' },
];

/** First run: "What do you want to get better at?", with examples the person edits or drops. */
export function Onboarding({ onDone }: { onDone: () => void }) {
  const [rows, setRows] = useState(() =>
    EXAMPLES.map((e) => ({ title: t(e.title), keywords: t(e.keywords), on: false })),
  );
  const [error, setError] = useState<string | null>(null);
  const chosen = rows.filter((r) => r.on && r.title.trim());

  // Goals already added stay added if a later one fails: trying again reports them as taken.
  const add = useAction(async () => {
    setError(null);
    for (const row of chosen) {
      const result = await ask('goal-save', { draft: { title: row.title, keywords: row.keywords, weeklyItems: 3 } });
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
              onChange={(e) => setRows(rows.map((r, j) => (j === i ? { ...r, on: e.currentTarget.checked } : r)))}
            />
            <input
              type="text"
              aria-label={t('onboardingEdit', String(i + 1))}
              value={row.title}
              maxLength={120}
              onInput={(e) =>
                setRows(rows.map((r, j) => (j === i ? { ...r, title: e.currentTarget.value, on: true } : r)))
              }
            />
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
