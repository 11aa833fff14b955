import type { Goal } from '../core/goal/model';
import { t } from './i18n';

interface Props {
  goals: readonly Goal[];
  selected: readonly string[];
  /** Goal ids suggested for the item, best first: shown first and marked. */
  suggested?: readonly string[];
  onChange: (goalIds: string[]) => void;
  label: string;
}

/** Toggle buttons, one a goal: pressed means the item is tied to that goal. */
export function GoalChips({ goals, selected, suggested = [], onChange, label }: Props) {
  const rank = (g: Goal) => {
    const i = suggested.indexOf(g.id);
    return i === -1 ? suggested.length + g.order : i;
  };
  const ordered = [...goals].sort((a, b) => rank(a) - rank(b));
  const toggle = (id: string) => onChange(selected.includes(id) ? selected.filter((g) => g !== id) : [...selected, id]);
  return (
    <div class="chips" role="group" aria-label={label}>
      {ordered.map((goal) => {
        const on = selected.includes(goal.id);
        return (
          <button
            key={goal.id}
            type="button"
            class={`chip${on ? ' chip-on' : ''}`}
            aria-pressed={on}
            style={{ '--chip': goal.color }}
            onClick={() => toggle(goal.id)}
          >
            <span class="chip-dot" aria-hidden="true" />
            {goal.title}
            {suggested.includes(goal.id) && <span class="visually-hidden"> ({t('goalSuggested')})</span>}
          </button>
        );
      })}
    </div>
  );
}
