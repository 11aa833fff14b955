import { useState } from 'preact/hooks';
import type { Goal } from '../../core/goal/model';
import { db } from '../../db/db';
import { listGoals } from '../../db/goals';
import type { DeletedGoalSnapshot } from '../../messaging/goals';
import { ActionError } from '../../ui/ActionError';
import { t } from '../../ui/i18n';
import { ask } from '../../ui/ask';
import { useAction } from '../../ui/use-action';
import { useLiveQuery } from '../../ui/use-live-query';
import { GoalForm } from './GoalForm';
import { GoalRow } from './GoalRow';

/** Goals: create, edit, reorder, achieve, archive, delete (with undo); each opens its view (GoalsRoute). */
export function GoalsSection() {
  const goals = useLiveQuery(() => listGoals(db()), []);
  const [editing, setEditing] = useState<string | null>(null); /* a goal id, or 'new' */
  const [undo, setUndo] = useState<DeletedGoalSnapshot | null>(null);
  // Reorder, achieve, archive, delete and undo share one alert: the list shows what was kept.
  const action = useAction((work: () => Promise<unknown>) => work());

  if (!goals) return null;

  const move = (goal: Goal, delta: -1 | 1) => {
    const ids = goals.map((g) => g.id);
    const i = ids.indexOf(goal.id);
    ids.splice(i, 1);
    ids.splice(i + delta, 0, goal.id);
    void action.run(() => ask('goal-reorder', { ids }));
  };
  const setStatus = (goal: Goal, status: Goal['status']) =>
    void action.run(() => ask('goal-save', { draft: { ...goal, status } }));
  const remove = (goal: Goal) => action.run(async () => setUndo(await ask('goal-delete', { id: goal.id })));
  const restore = () =>
    action.run(async () => {
      if (undo) await ask('goal-restore', undo);
      setUndo(null);
    });

  return (
    <section aria-labelledby="goals-heading" class="goals">
      <h2 id="goals-heading">{t('sectionGoals')}</h2>
      <p class="muted">{t('goalsIntro')}</p>
      <div class="toast-region" aria-live="polite">
        {undo && (
          <div class="toast" role="status">
            {t('goalDeleted', undo.goal.title)}{' '}
            <button type="button" class="secondary" onClick={restore}>
              {t('undo')}
            </button>
          </div>
        )}
      </div>
      <ActionError error={action.error} />
      {goals.length === 0 && editing !== 'new' && <p>{t('goalsEmpty')}</p>}
      <ul class="goal-list" data-testid="goal-list">
        {goals.map((goal, i) =>
          editing === goal.id ? (
            <li key={goal.id} class="goal-row goal-editing">
              <GoalForm goal={goal} onDone={() => setEditing(null)} />
            </li>
          ) : (
            <GoalRow
              key={goal.id}
              goal={goal}
              first={i === 0}
              last={i === goals.length - 1}
              onEdit={() => setEditing(goal.id)}
              onMove={(d) => move(goal, d)}
              onStatus={(s) => setStatus(goal, s)}
              onDelete={() => void remove(goal)}
            />
          ),
        )}
      </ul>
      {editing === 'new' ? (
        <GoalForm onDone={() => setEditing(null)} />
      ) : (
        <button type="button" class="primary" onClick={() => setEditing('new')}>
          {t('goalNew')}
        </button>
      )}
    </section>
  );
}
