import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Tabs } from 'webextension-polyfill';
import type { Item } from '../core/item';
import { normalizeUrl } from '../core/url';
import { db } from '../db/db';
import { itemByUrl, latestItems } from '../db/items';
import { send } from '../messaging/runtime';
import { formatDate, t } from '../ui/i18n';
import { ItemSummary } from './ItemSummary';
import { describeSave, type SaveStatus } from './save-status';
import { saveShortcut, targetTab } from './target-tab';

export function App() {
  const [tab, setTab] = useState<Tabs.Tab | undefined>();
  const [current, setCurrent] = useState<Item | undefined>();
  const [latest, setLatest] = useState<Item[]>([]);
  const [status, setStatus] = useState<SaveStatus | null>(null);
  const [saved, setSaved] = useState<Item | null>(null);
  const [busy, setBusy] = useState(false);
  const [shortcut, setShortcut] = useState<string | null>(null);

  const refresh = useCallback(async (forTab: Tabs.Tab | undefined) => {
    const url = forTab?.url ? normalizeUrl(forTab.url) : null;
    const [items, item] = await Promise.all([latestItems(db(), 5), url ? itemByUrl(db(), url) : undefined]);
    setLatest(items);
    setCurrent(item);
  }, []);

  useEffect(() => {
    void (async () => {
      const found = await targetTab();
      setTab(found);
      await refresh(found);
    })();
    void saveShortcut().then(setShortcut);
  }, [refresh]);

  const save = async () => {
    setBusy(true);
    setStatus(null);
    try {
      const result = await send('save-tab', { tabId: tab?.id, via: 'popup' });
      setStatus(describeSave(result));
      setSaved(result.ok ? result.item : null);
      await refresh(tab);
    } catch (error) {
      setStatus({ state: 'error', message: t('saveFailed'), detail: String(error) });
    } finally {
      setBusy(false);
    }
  };

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
      </section>

      <section aria-labelledby="latest-heading">
        <h2 id="latest-heading">{t('latestHeading')}</h2>
        {latest.length === 0 ? (
          <p class="empty">{t('latestEmpty')}</p>
        ) : (
          <ul data-testid="latest-items" class="items">
            {latest.map((item) => (
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
