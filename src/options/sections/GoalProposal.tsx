import type { Goal } from '../../core/goal/model';
import { fold } from '../../core/text/match';
import { ActionError } from '../../ui/ActionError';
import { ask } from '../../ui/ask';
import { t } from '../../ui/i18n';
import { useAction } from '../../ui/use-action';

/** The first keyword a hand tie proposed that the goal does not have yet. */
function firstProposal(goal: Goal): string | null {
  const has = new Set(goal.keywords.map(fold));
  return goal.evidence?.proposals.find((p) => !has.has(fold(p))) ?? null;
}

/**
 * "Add 'dbt' as a keyword?" under a goal, after the person tied an item to it by hand: one click
 * adds it, "Not now" declines it for good. Never added without that click.
 */
export function GoalProposal({ goal }: { goal: Goal }) {
  const keyword = firstProposal(goal);
  const answer = useAction((accept: boolean) => ask('goal-keyword', { goalId: goal.id, keyword: keyword!, accept }));
  if (!keyword || goal.status !== 'active') return null;
  return (
    <div class="goal-proposal" role="group" aria-label={t('goalProposalLabel', goal.title)}>
      <span>{t('goalProposalAsk', keyword)}</span>{' '}
      <button type="button" class="secondary" disabled={answer.busy} onClick={() => void answer.run(true)}>
        {t('goalProposalAdd', keyword)}
      </button>{' '}
      <button type="button" class="secondary" disabled={answer.busy} onClick={() => void answer.run(false)}>
        {t('goalProposalDismiss')}
        <span class="visually-hidden">: {keyword}</span>
      </button>
      <ActionError error={answer.error} />
    </div>
  );
}
