import { useCallback, useEffect, useState } from 'preact/hooks';
import browser, { type Tabs } from 'webextension-polyfill';
import type { Item } from '../core/item';
import type { GoalSuggestion } from '../core/suggest-goals';
import { normalizeUrl } from '../core/url';
import { db } from '../db/db';
import { listGoals } from '../db/goals';
import { itemByUrl, latestItems } from '../db/items';
import { send } from '../messaging/runtime';
import { formatDate, t } from '../ui/i18n';
import { useLiveQuery } from '../ui/use-live-query';
import { ItemGoals } from './ItemGoals';
import { ItemSummary } from '../ui/ItemSummary';
import { Onboarding } from './Onboarding';
import { QuickAddGoal } from './QuickAddGoal';
import { describeSave, type SaveStatus } from './save-status';
import { saveShortcut, targetTab } from './target-tab';

const ONBOARDED = 'onboardingDone';

export function App() {
  const [tab, setTab] = useState<Tabs.Tab | undefined>();
  const [status, setStatus] = useState<SaveStatus | null>(null);
  const [savedId, setSavedId] = useState<string | null>(null);
  const [suggestions, setSuggestions] = useState<GoalSuggestion[]>([]);
  const [busy, setBusy] = useState(false);
  const [shortcut, setShortcut] = useState<string | null>(null);
  const [onboarded, setOnboarded] = useState(true);

  const tabUrl = tab?.url ? normalizeUrl(tab.url) : null;
  const latest = useLiveQuery(() => latestItems(db(), 5), []);
  const goals = useLiveQuery(() => listGoals(db()), []);
  const current = useLiveQuery<Item | undefined>(() => (tabUrl ? itemByUrl(db(), tabUrl) : Promise.resolve(undefined)), [tabUrl]);
  const saved = useLiveQuery(() => (savedId ? db().items.get(savedId) : Promise.resolve(undefined)), [savedId]);

  useEffect(() => {
    void targetTab().then(setTab);
    void saveShortcut().then(setShortcut);
    void browser.storage.local.get(ONBOARDED).then((v) => setOnboarded(v[ONBOARDED] === true));
  }, []);

  const finishOnboarding = useCallback(() => {
    setOnboarded(true);
    void browser.storage.local.set({ [ONBOARDED]: true });
  }, []);

  const save = async () => {
    setBusy(true);
    setStatus(null);
    try {
      const result = await send('save-tab', { tabId: tab?.id, via: 'popup' });
      setStatus(describeSave(result));
      setSavedId(result.ok ? result.item.id : null);
      setSuggestions(result.ok ? result.suggestions : []);
    } catch (error) {
      setStatus({ state: 'error', message: t('saveFailed'), detail: String(error) });
    } finally {
      setBusy(false);
    }
  };

  const showOnboarding = goals !== undefined && goals.length === 0 && !onboarded;
  return (
    <main class="popup">
      <header class="top">
        <h1 class="brand">{t('extName')}</h1>
        <button type="button" class="primary" onClick={save} disabled={busy} aria-busy={busy}>
          {busy ? t('saving') : t('savePage')}
        </button>
        <p class="hint">
          {current && !status ? t('pageSavedOn', formatDate(current.savedAt)) + ' · ' : ''}
          {shortcut ? t('shortcutHint', shortcut) : t('shortcutUnset')}
        </p>
      </header>

      <section aria-live="polite" class="status-region">
        {status && (
          <div class={`status status-${status.state}`} data-testid="save-status" data-state={status.state} role="status">
            <p>{status.message}</p>
            {status.detail && <p class="status-detail">{status.detail}</p>}
            {saved && <ItemSummary item={saved} />}
          </div>
        )}
        {saved && goals && <ItemGoals item={saved} goals={goals} suggestions={suggestions} />}
      </section>

      {showOnboarding ? <Onboarding onDone={finishOnboarding} /> : <QuickAddGoal />}

      <section aria-labelledby="latest-heading">
        <h2 id="latest-heading">{t('latestHeading')}</h2>
        {latest && latest.length === 0 ? (
          <p class="empty">{t('latestEmpty')}</p>
        ) : (
          <ul data-testid="latest-items" class="items">
            {(latest ?? []).map((item) => (
              <li key={item.id}>
                <ItemSummary item={item} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
