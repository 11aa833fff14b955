import { useState } from 'preact/hooks';
import type { ListedCategory } from '../../core/tracking/model';
import { normalizePattern } from '../../core/tracking/site-rules';
import { validMinutes } from '../../core/tracking/settings';
import { t } from '../../ui/i18n';
import type { Goal } from '../../core/goal/model';
import { NumberField } from '../../ui/NumberField';

export interface SiteListProps {
  /** `learning` or `distraction`: names the ids and message keys. */
  kind: ListedCategory;
  patterns: readonly string[];
  /**
   * Called from the submit handler itself, before any await, so that it may ask for a site
   * permission (browsers grant that only during the person's gesture).
   */
  onAdd: (pattern: string) => void;
  onRemove: (pattern: string) => void;
  /** Per-site daily limits, shown for distraction sites only. */
  limits?: Record<string, number>;
  onLimit?: (pattern: string, minutes: number | null) => void;
  /** Active goals a learning site may count toward, the ones each site names, and the change. */
  goals?: readonly Pick<Goal, 'id' | 'title'>[];
  siteGoals?: Record<string, string[]>;
  onGoals?: (pattern: string, goalIds: string[]) => void;
}

/** One editable list of sites: add by host or host/path, remove, and an optional daily limit. */
export function SiteList({
  kind,
  patterns,
  onAdd,
  onRemove,
  limits,
  onLimit,
  goals,
  siteGoals,
  onGoals,
}: SiteListProps) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');
  const inputId = `add-${kind}`;
  const submit = (event: Event) => {
    event.preventDefault();
    const pattern = normalizePattern(draft);
    if (!pattern) return setError(t('sitesInvalid'));
    setError('');
    setDraft('');
    onAdd(pattern);
  };
  return (
    <div class="site-list" data-testid={`sites-${kind}`}>
      <h3 id={`${kind}-heading`}>{t(kind === 'learning' ? 'sitesLearningHeading' : 'sitesDistractionHeading')}</h3>
      <p class="muted">{t(kind === 'learning' ? 'sitesLearningHelp' : 'sitesDistractionHelp')}</p>
      {patterns.length === 0 ? (
        <p class="muted">{t('sitesNone')}</p>
      ) : (
        <ul aria-labelledby={`${kind}-heading`}>
          {patterns.map((pattern) => (
            <li key={pattern}>
              <span class="site-pattern">{pattern}</span>
              {onLimit && <LimitField pattern={pattern} minutes={limits?.[pattern] ?? null} onLimit={onLimit} />}
              {onGoals && goals && goals.length > 0 && !pattern.includes('/') && (
                <GoalPicker pattern={pattern} goals={goals} chosen={siteGoals?.[pattern] ?? []} onGoals={onGoals} />
              )}
              <button
                type="button"
                class="secondary site-remove"
                onClick={() => onRemove(pattern)}
                aria-label={t('sitesRemove', pattern)}
              >
                {t('sitesRemoveShort')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={submit} class="site-add">
        <label for={inputId}>{t(kind === 'learning' ? 'sitesAddLearning' : 'sitesAddDistraction')}</label>
        <input
          id={inputId}
          type="text"
          value={draft}
          placeholder="example.com/path"
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? `${inputId}-error` : undefined}
          onInput={(e) => setDraft(e.currentTarget.value)}
        />
        <button type="submit" class="secondary">
          {t('sitesAdd')}
        </button>
        {error && (
          <p id={`${inputId}-error`} class="field-error" role="alert">
            {error}
          </p>
        )}
      </form>
    </div>
  );
}

function LimitField({
  pattern,
  minutes,
  onLimit,
}: {
  pattern: string;
  minutes: number | null;
  onLimit: (p: string, m: number | null) => void;
}) {
  const id = `limit-${pattern.replace(/[^a-z0-9]/g, '-')}`;
  const commit = (value: string) => onLimit(pattern, value.trim() === '' ? null : validMinutes(value));
  return (
    <span class="site-limit">
      <label for={id}>{t('sitesLimitLabel', pattern)}</label>
      <NumberField
        id={id}
        min={1}
        max={1440}
        step={1}
        value={minutes}
        placeholder={t('sitesLimitNone')}
        onCommit={commit}
      />
    </span>
  );
}

/**
 * The goals time on a learning site counts toward: a checkbox per active goal. A rule with a
 * path gets none (time is kept per host), so the list passes only host rules.
 */
export function GoalPicker({
  pattern,
  goals,
  chosen,
  onGoals,
}: {
  pattern: string;
  goals: readonly Pick<Goal, 'id' | 'title'>[];
  chosen: readonly string[];
  onGoals: (pattern: string, goalIds: string[]) => void;
}) {
  return (
    <fieldset class="site-goals">
      <legend>{t('sitesGoalsLegend', pattern)}</legend>
      {goals.map((goal) => (
        <label key={goal.id}>
          <input
            type="checkbox"
            checked={chosen.includes(goal.id)}
            onChange={(e) =>
              onGoals(pattern, e.currentTarget.checked ? [...chosen, goal.id] : chosen.filter((id) => id !== goal.id))
            }
          />
          {goal.title}
        </label>
      ))}
    </fieldset>
  );
}
