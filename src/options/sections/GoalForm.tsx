import { useState } from 'preact/hooks';
import type { Goal } from '../../core/goal/model';
import { type GoalDraft, type GoalErrors, type GoalField } from '../../core/goal/validate';
import { GOAL_COLORS } from '../../core/goal/model';
import { ActionError } from '../../ui/ActionError';
import { t } from '../../ui/i18n';
import { ask } from '../../ui/ask';
import { useAction } from '../../ui/use-action';
import { NumberField } from '../../ui/NumberField';

const dateInput = (ms: number | null) =>
  ms === null ? '' : new Date(ms - new Date(ms).getTimezoneOffset() * 60_000).toISOString().slice(0, 10);

/** Create or edit a goal. Errors show beside their field; nothing is saved until all are fixed. */
export function GoalForm({ goal, onDone }: { goal?: Goal; onDone: (saved: Goal | null) => void }) {
  const [draft, setDraft] = useState<Required<Omit<GoalDraft, 'id' | 'status'>>>({
    title: goal?.title ?? '',
    why: goal?.why ?? '',
    keywords: goal?.keywords.join(', ') ?? '',
    weeklyMinutes: goal?.weeklyMinutes ?? '',
    weeklyItems: goal?.weeklyItems ?? '',
    color: goal?.color ?? GOAL_COLORS[0],
    targetDate: dateInput(goal?.targetDate ?? null),
  });
  const [errors, setErrors] = useState<GoalErrors>({});
  const prefix = goal ? `goal-${goal.id}` : 'goal-new';

  const setText = (field: keyof typeof draft) => (text: string) => setDraft({ ...draft, [field]: text });
  const set = (field: keyof typeof draft) => (e: Event) => setText(field)((e.currentTarget as HTMLInputElement).value);
  const save = useAction(async () => {
    const result = await ask('goal-save', { draft: { ...draft, id: goal?.id } });
    if (!result.ok) {
      setErrors(result.errors);
      const first = Object.keys(result.errors)[0];
      document.getElementById(`${prefix}-${first}`)?.focus();
      return;
    }
    onDone(result.goal);
  });
  const submit = (e: Event) => {
    e.preventDefault();
    void save.run();
  };
  const field = (name: GoalField) => ({
    id: `${prefix}-${name}`,
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby': errors[name] ? `${prefix}-${name}-error` : undefined,
  });
  const error = (name: GoalField) =>
    errors[name] && (
      <p id={`${prefix}-${name}-error`} class="field-error">
        {t(errors[name])}
      </p>
    );

  return (
    <form class="goal-form" onSubmit={submit} noValidate data-testid="goal-form">
      <label for={`${prefix}-title`}>{t('goalTitle')}</label>
      <input {...field('title')} type="text" value={draft.title} onInput={set('title')} required />
      {error('title')}
      <label for={`${prefix}-why`}>{t('goalWhy')}</label>
      <textarea {...field('why')} rows={2} value={draft.why} onInput={set('why')} />
      {error('why')}
      <label for={`${prefix}-keywords`}>{t('goalKeywords')}</label>
      <input
        {...field('keywords')}
        type="text"
        value={draft.keywords as string}
        onInput={set('keywords')}
        placeholder={t('goalKeywordsHint')}
      />
      {error('keywords')}
      <div class="form-row">
        <div>
          <label for={`${prefix}-weeklyMinutes`}>{t('goalWeeklyMinutes')}</label>
          <NumberField
            {...field('weeklyMinutes')}
            inputMode="numeric"
            min={0}
            step={5}
            value={draft.weeklyMinutes}
            onDraft={setText('weeklyMinutes')}
          />
          {error('weeklyMinutes')}
        </div>
        <div>
          <label for={`${prefix}-weeklyItems`}>{t('goalWeeklyItems')}</label>
          <NumberField
            {...field('weeklyItems')}
            inputMode="numeric"
            min={0}
            value={draft.weeklyItems}
            onDraft={setText('weeklyItems')}
          />
          {error('weeklyItems')}
        </div>
        <div>
          <label for={`${prefix}-targetDate`}>{t('goalTargetDate')}</label>
          <input {...field('targetDate')} type="date" value={draft.targetDate as string} onInput={set('targetDate')} />
          {error('targetDate')}
        </div>
      </div>
      <fieldset class="colors">
        <legend>{t('goalColor')}</legend>
        {GOAL_COLORS.map((c, i) => (
          <label key={c} class="swatch" style={{ '--swatch': c }}>
            <input
              type="radio"
              name={`${prefix}-color`}
              value={c}
              checked={draft.color === c}
              onChange={() => setDraft({ ...draft, color: c })}
            />
            <span class="visually-hidden">{t('goalColorN', String(i + 1))}</span>
          </label>
        ))}
      </fieldset>
      {error('color')}
      <ActionError error={save.error} />
      <div class="row">
        <button type="submit" class="primary" disabled={save.busy}>
          {goal ? t('goalSaveChanges') : t('goalCreate')}
        </button>
        <button type="button" class="secondary" onClick={() => onDone(null)}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
