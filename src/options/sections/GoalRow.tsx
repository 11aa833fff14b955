import type { Goal } from '../../core/goal/model';
import { t } from '../../ui/i18n';
import { useGoalPace } from './GoalPace';
import { GoalPaceLine, targetSummary } from './goal-lines';
import { GoalProposal } from './GoalProposal';

interface Props {
  goal: Goal;
  first: boolean;
  last: boolean;
  onEdit: () => void;
  onMove: (delta: -1 | 1) => void;
  onStatus: (status: Goal['status']) => void;
  onDelete: () => void;
}

/** The goal's name, for screen readers, after a button's visible text ("Delete: SQL"). */
function Named({ name }: { name: string }) {
  return <span class="visually-hidden">: {name}</span>;
}

/** One goal in the list, with every action as a labelled button (keyboard reachable). */
export function GoalRow({ goal, first, last, onEdit, onMove, onStatus, onDelete }: Props) {
  const name = goal.title;
  const pace = useGoalPace(goal);
  return (
    <li class={`goal-row goal-${goal.status}`} data-goal-id={goal.id}>
      <span class="chip-dot" style={{ '--chip': goal.color }} aria-hidden="true" />
      <div class="goal-main">
        <a href={`#goals/${goal.id}`} class="goal-title">
          {name}
        </a>
        <span class="muted">
          {goal.status !== 'active' &&
            `${t(goal.status === 'achieved' ? 'goalStatusAchieved' : 'goalStatusArchived')} · `}
          {targetSummary(goal)}
        </span>
        <GoalPaceLine goal={goal} pace={goal.status === 'active' ? pace : null} />
      </div>
      <div class="goal-actions">
        <button type="button" class="secondary" onClick={onEdit}>
          {t('edit')}
          <Named name={name} />
        </button>
        <button
          type="button"
          class="secondary"
          disabled={first}
          onClick={() => onMove(-1)}
          aria-label={t('goalMoveUp', name)}
        >
          ↑
        </button>
        <button
          type="button"
          class="secondary"
          disabled={last}
          onClick={() => onMove(1)}
          aria-label={t('goalMoveDown', name)}
        >
          ↓
        </button>
        {goal.status === 'active' ? (
          <>
            <button type="button" class="secondary" onClick={() => onStatus('achieved')}>
              {t('goalAchieve')}
              <Named name={name} />
            </button>
            <button type="button" class="secondary" onClick={() => onStatus('archived')}>
              {t('goalArchive')}
              <Named name={name} />
            </button>
          </>
        ) : (
          <button type="button" class="secondary" onClick={() => onStatus('active')}>
            {t('goalReactivate')}
            <Named name={name} />
          </button>
        )}
        <button type="button" class="secondary danger" onClick={onDelete}>
          {t('delete')}
          <Named name={name} />
        </button>
      </div>
      <GoalProposal goal={goal} />
    </li>
  );
}
