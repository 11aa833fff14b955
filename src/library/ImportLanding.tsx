import type { Goal } from '../core/goal/model';
import { suggestGoals } from '../core/goal/suggest';
import { goalPass } from '../core/library/bulk';
import type { LibraryView } from '../core/library/view';
import { db } from '../db/db';
import { ask } from '../ui/ask';
import { ActionError } from '../ui/ActionError';
import { t } from '../ui/i18n';
import { useAction } from '../ui/use-action';
import { useLiveQuery } from '../ui/use-live-query';
import type { Undoable } from './UndoToast';

/** Items of one import read for suggestions at most: an import of a million rows is triaged by filters. */
const PASS_ROWS = 5_000;

interface Props {
  view: LibraryView;
  ids: readonly string[] | undefined;
  goals: readonly Goal[];
  onChange: (view: LibraryView) => void;
  onDone: (undoable: Undoable) => void;
}

/**
 * The library opened on one import's items (`?batch=`): says so, leads back to everything, and
 * offers a pass of goal suggestions over them, each accepted for all its items at once, with Undo.
 */
export function ImportLanding({ view, ids, goals, onChange, onDone }: Props) {
  const pass = useLiveQuery(async () => {
    if (!ids?.length) return [];
    const items = (await db().items.bulkGet(ids.slice(0, PASS_ROWS))).filter((i) => !!i);
    return goalPass(items, (item) => suggestGoals(item, goals));
  }, [ids, goals]);
  const tie = useAction(async (goalId: string, tied: string[]) => {
    const { changed, undo } = await ask('library-bulk', { ids: tied, action: { kind: 'tie', goalId } });
    onDone({ message: t('libraryChanged', String(changed)), undo: () => ask('library-undo', { patches: undo }) });
  });
  const titles = new Map(goals.map((g) => [g.id, g.title]));
  return (
    <section class="import-landing" aria-labelledby="import-landing-heading" data-testid="import-landing">
      <h2 id="import-landing-heading">{t('libraryImportHeading')}</h2>
      <button type="button" class="secondary" onClick={() => onChange({ ...view, batch: null })}>
        {t('libraryImportShowAll')}
      </button>
      {!!pass?.length && (
        <ul class="goal-pass" aria-label={t('libraryImportSuggestions')}>
          {pass.map(({ goalId, ids: matching }) => (
            <li key={goalId}>
              <button type="button" onClick={() => void tie.run(goalId, matching)} disabled={tie.busy}>
                {t('libraryImportTie', [String(matching.length), titles.get(goalId) ?? ''])}
              </button>
            </li>
          ))}
        </ul>
      )}
      <ActionError error={tie.error} />
    </section>
  );
}
