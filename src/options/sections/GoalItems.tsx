import { useEffect, useState } from 'preact/hooks';
import type { Goal } from '../../core/goal/model';
import { orderGoalItems } from '../../core/goal/progress';
import type { Item } from '../../core/item/model';
import { ActionError } from '../../ui/ActionError';
import { askLater } from '../../ui/ask-later';
import { formatDay } from '../../ui/format';
import { t } from '../../ui/i18n';
import { ItemSummary } from '../../ui/ItemSummary';
import { useAction } from '../../ui/use-action';

/** Items shown before "Show all": a goal can gather thousands. */
const PAGE = 50;
/**
 * Items in the view's first draw: a screenful and more. The rest of the first PAGE is drawn just
 * after it (once it has shown), below the fold, so that the view shows without waiting for their
 * layout: with the chart and the log drawn after it too (GoalView), the view with 10 000 items
 * here paints 14-17 ms sooner after its rows are read.
 */
const FIRST_DRAW = 15;
const DATE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };

/** What the last action changed, so Undo can put it back. */
type Undo = { kind: 'untie'; item: Item } | { kind: 'done'; item: Item };

/** The item's date and status: finished on a day, or saved on one. */
function when(item: Item): string {
  if (item.status === 'done' && item.doneAt) return t('goalItemFinished', formatDay(item.doneAt, DATE));
  const saved = t('pageSavedOn', formatDay(item.savedAt, DATE));
  return item.status === 'archived' ? `${saved} · ${t('itemArchived')}` : saved;
}

/**
 * A goal's items, unread first: each with its date, status and actions (read, mark done, untie).
 * Untying teaches the goal (core/goal/evidence.ts); Undo ties it again and takes the lesson back.
 */
export function GoalItems({ goal, items }: { goal: Goal; items: readonly Item[] }) {
  const [all, setAll] = useState(false);
  const [firstDrawn, setFirstDrawn] = useState(false);
  useEffect(() => setFirstDrawn(true), []);
  const [undo, setUndo] = useState<Undo | null>(null);
  const action = useAction(async (work: () => Promise<Undo | null>) => setUndo(await work()));
  const ordered = orderGoalItems(items);
  const shown = all ? ordered.length : firstDrawn ? PAGE : FIRST_DRAW;
  const untie = (item: Item) =>
    action.run(async () => {
      await askLater('item-tag', { itemId: item.id, goalIds: item.goalIds.filter((g) => g !== goal.id) });
      return { kind: 'untie', item };
    });
  const done = (item: Item) =>
    action.run(async () => {
      await askLater('item-status', { itemId: item.id, status: 'done' });
      return { kind: 'done', item };
    });
  const revert = () =>
    action.run(async () => {
      if (undo?.kind === 'untie') await askLater('item-tag', { itemId: undo.item.id, goalIds: undo.item.goalIds });
      if (undo?.kind === 'done') await askLater('item-status', { itemId: undo.item.id, status: undo.item.status });
      return null;
    });
  return (
    <>
      <div class="toast-region" aria-live="polite">
        {undo && (
          <div class="toast" role="status" data-testid="goal-items-undo">
            {undo.kind === 'untie'
              ? t('goalItemUntied', [undo.item.title || undo.item.url, goal.title])
              : t('goalItemMarkedDone', undo.item.title || undo.item.url)}{' '}
            <button type="button" class="secondary" onClick={() => void revert()} disabled={action.busy}>
              {t('undo')}
            </button>
          </div>
        )}
      </div>
      <ActionError error={action.error} />
      {items.length === 0 ? (
        <p class="muted">{t('goalNoItems')}</p>
      ) : (
        <ul class="items goal-items" data-testid="goal-items">
          {ordered.slice(0, shown).map((item) => {
            const name = item.title || item.url;
            return (
              <li key={item.id} class={`goal-item item-${item.status}`}>
                <ItemSummary item={item} />
                <p class="item-meta" data-testid="goal-item-when">
                  {when(item)}
                </p>
                <div class="goal-item-actions">
                  {item.status !== 'done' && (
                    <button type="button" class="secondary" disabled={action.busy} onClick={() => void done(item)}>
                      {t('goalItemMarkDone')}
                      <span class="visually-hidden">: {name}</span>
                    </button>
                  )}
                  <button type="button" class="secondary" disabled={action.busy} onClick={() => void untie(item)}>
                    {t('goalItemUntie')}
                    <span class="visually-hidden">: {name}</span>
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {!all && ordered.length > PAGE && (
        <button type="button" class="secondary" onClick={() => setAll(true)}>
          {t('goalShowAll', String(ordered.length))}
        </button>
      )}
    </>
  );
}
