import { useEffect, useState } from 'preact/hooks';
import type { Tabs } from 'webextension-polyfill';
import type { Goal } from '../core/goal/model';
import type { Item } from '../core/item/model';
import type { GoalSuggestion } from '../core/goal/suggest';
import { normalizeUrl } from '../core/item/url';
import { db } from '../db/db';
import { itemByUrl } from '../db/items';
import { formatDate, t } from '../ui/i18n';
import { ask } from '../ui/ask';
import { send } from '../messaging/runtime';
import { useLiveQuery } from '../ui/use-live-query';
import { lazy } from '../ui/lazy';
import { isFeedPage } from '../core/social/feed-pages';
import { PostOffer } from './PostOffer';
import { describeSave, unsaveableReason, type SaveStatus } from './save-status';

const SavedPage = lazy(() => import('./SavedPage').then((m) => m.SavedPage));

/**
 * "Save this page", always at the top: the state of the page in the tab (saved or not), the
 * outcome of a save, and the saved item, editable: its goals, tags and takeaway, right after a
 * save and whenever the popup is opened again on a saved page.
 */
export function SaveCard({
  tab,
  tabResolved,
  goals,
  shortcut,
}: {
  tab: Tabs.Tab | undefined;
  tabResolved: boolean;
  goals: Goal[] | undefined;
  shortcut: string | null;
}) {
  const [status, setStatus] = useState<SaveStatus | null>(null);
  const [savedId, setSavedId] = useState<string | null>(null);
  const [suggestions, setSuggestions] = useState<GoalSuggestion[]>([]);
  const [busy, setBusy] = useState(false);
  const tabUrl = tab?.url ? normalizeUrl(tab.url) : null;
  const current = useLiveQuery<Item | undefined>(
    () => (tabUrl ? itemByUrl(db(), tabUrl) : Promise.resolve(undefined)),
    [tabUrl],
  );
  const saved = useLiveQuery(() => (savedId ? db().items.get(savedId) : Promise.resolve(undefined)), [savedId]);
  const shown = saved ?? (status ? undefined : current);

  const failedToLoad = status?.state === 'not-loaded';
  // Known from the address before any click: no Save button is offered where it cannot work.
  const blocked = tabResolved && tab ? unsaveableReason(tab.url) : null;

  // The person opened the popup on this page: have it read now, so that Save answers at once
  // (the worker reads it only where a save would, and a page changed since is read again).
  const readAheadTab = tabResolved && !blocked ? tab?.id : undefined;
  useEffect(() => {
    if (readAheadTab !== undefined) send('save-read-ahead', { tabId: readAheadTab }).catch(() => undefined);
  }, [readAheadTab]);

  const save = async ({ anyway = false, post }: { anyway?: boolean; post?: string } = {}) => {
    setBusy(true);
    setStatus(null);
    try {
      const result = await ask('save-tab', {
        tabId: tab?.id,
        via: 'popup',
        ...(anyway ? { anyway } : {}),
        ...(post ? { post } : {}),
      });
      setStatus(describeSave(result));
      setSavedId(result.ok ? result.item.id : null);
      setSuggestions(result.ok ? result.suggestions : []);
    } catch (error) {
      setStatus({ state: 'error', message: t('saveFailed'), detail: String(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="save-card">
      {/* The page's state comes first, at reading size: it is what the person opened the popup for. */}
      {current && !status && (
        <p class="saved-on" data-testid="saved-on">
          {t('pageSavedOn', formatDate(current.savedAt))}
        </p>
      )}
      {blocked ? (
        <>
          <p class="status status-restricted" data-testid="save-blocked">
            {blocked}
          </p>
          {/* A feed is not saved, but the post the person is looking at can be. */}
          {tab?.id !== undefined && isFeedPage(tab.url) && (
            <PostOffer tabId={tab.id} busy={busy} onSave={(post) => void save({ post })} />
          )}
        </>
      ) : (
        <div class="save-row">
          {/* Disabled until the tab is known: an early click must not save the wrong page. Once
              the page is saved, saving is no longer the thing to do: the button says what it
              would do now (read the page again, keeping goals, tags and notes) and steps back.
              After a page that did not load, it offers to try again, beside keeping the link. */}
          <button
            type="button"
            class={current || failedToLoad ? 'secondary' : 'primary'}
            onClick={() => void save()}
            disabled={busy || !tabResolved}
            aria-busy={busy}
          >
            {busy ? t('saving') : t(failedToLoad ? 'saveTryAgain' : current ? 'saveAgain' : 'savePage')}
          </button>
          <span class="hint">{shortcut ? t('shortcutHint', shortcut) : t('shortcutUnset')}</span>
        </div>
      )}
      <div aria-live="polite" class="status-region">
        {status && (
          <div
            class={`status status-${status.state}${status.detail ? ' status-partial' : ''}`}
            data-testid="save-status"
            data-state={status.state}
            role="status"
          >
            <p>{status.message}</p>
            {/* A failure's detail is the worker's own words: there for a bug report, folded away. */}
            {status.detail &&
              (status.state === 'error' ? (
                <details class="status-detail">
                  <summary>{t('saveErrorDetails')}</summary>
                  <p>{status.detail}</p>
                </details>
              ) : (
                <p class="status-detail">{status.detail}</p>
              ))}
            {status.state === 'not-loaded' && (
              <button type="button" class="secondary" onClick={() => void save({ anyway: true })} disabled={busy}>
                {t('saveLinkAnyway')}
              </button>
            )}
          </div>
        )}
        {/* The page's state: saved, when, and what it is tied to, editable. */}
        {shown && goals && <SavedPage item={shown} goals={goals} suggestions={saved ? suggestions : null} />}
      </div>
    </div>
  );
}
