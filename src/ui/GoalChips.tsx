import type { Goal } from '../core/goal/model';
import type { GoalSuggestion } from '../core/goal/suggest';
import { t } from './i18n';

interface Props {
  goals: readonly Goal[];
  selected: readonly string[];
  /** Goals suggested for the item, best first: shown first and, until chosen, marked with why. */
  suggested?: readonly Pick<GoalSuggestion, 'goalId' | 'matched'>[];
  onChange: (goalIds: string[]) => void;
  /** "Not this goal" beside each suggested chip: the suggestion is never made again for this item. */
  onDismiss?: (goalId: string) => void;
  label: string;
}

/**
 * Toggle buttons, one a goal: pressed means the item is tied to that goal. A suggested chip may
 * have a "Not this goal" button of its own beside it (a button inside a button is not allowed).
 */
export function GoalChips({ goals, selected, suggested = [], onChange, onDismiss, label }: Props) {
  const ids = suggested.map((s) => s.goalId);
  const rank = (g: Goal) => {
    const i = ids.indexOf(g.id);
    return i === -1 ? ids.length + g.order : i;
  };
  const ordered = [...goals].sort((a, b) => rank(a) - rank(b));
  const toggle = (id: string) => onChange(selected.includes(id) ? selected.filter((g) => g !== id) : [...selected, id]);
  return (
    <div class="chips" role="group" aria-label={label}>
      {ordered.map((goal) => {
        const on = selected.includes(goal.id);
        const suggestion = on ? undefined : suggested.find((s) => s.goalId === goal.id);
        const why = suggestion?.matched.slice(0, 3).join(', ');
        const chip = (
          <button
            key={goal.id}
            type="button"
            class={`chip${on ? ' chip-on' : ''}${suggestion ? ' chip-suggested' : ''}`}
            aria-pressed={on}
            style={{ '--chip': goal.color }}
            onClick={() => toggle(goal.id)}
          >
            <span class="chip-dot" aria-hidden="true" />
            {goal.title}
            {suggestion && (
              <span class="chip-why">
                {' '}
                {t('goalSuggested')}
                {why ? ` · ${t('goalSuggestedMatches', why)}` : ''}
              </span>
            )}
          </button>
        );
        if (!suggestion || !onDismiss) return chip;
        return (
          <span key={goal.id} class="chip-pair">
            {chip}
            <button type="button" class="chip-dismiss" onClick={() => onDismiss(goal.id)}>
              {t('goalNotThis')}
              <span class="visually-hidden">: {goal.title}</span>
            </button>
          </span>
        );
      })}
    </div>
  );
}
