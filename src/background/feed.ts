/**
 * The in-feed save buttons' side in the worker. What a content script sends is page data: the
 * capture is validated field by field and must be a post on X or LinkedIn, then stored the way
 * every save is (storeCapture), from the tab whose button was pressed.
 */
import { validateCapture } from '../core/capture/validate';
import { isLinkedInHost, isXHost } from '../core/social/ids';
import { normalizeUrl } from '../core/item/url';
import { db } from '../db/db';
import type { HandlersFor } from '../messaging/runtime';
import type { Tabs } from 'webextension-polyfill';
import { defaultSaveDeps, storeCapture, type StoreDeps } from './save';

/** A feed batch is a screenful or two of posts; more in one message is not a real feed. */
const MAX_CHECK = 200;

const onSocialHost = (url: string) => {
  const host = new URL(url).hostname;
  return isXHost(host) || isLinkedInHost(host);
};

/** The subset of `urls` (as given) whose normalised address is an item already. */
export async function savedAmong(urls: unknown, database = db()): Promise<string[]> {
  if (!Array.isArray(urls)) return [];
  const byKey = new Map<string, string>();
  for (const u of urls.slice(0, MAX_CHECK)) {
    const key = typeof u === 'string' && u.length < 2_048 ? normalizeUrl(u) : null;
    if (key) byKey.set(key, u as string);
  }
  if (!byKey.size) return [];
  // The index's own keys: no item (and its long text) is read for a yes/no answer.
  const found = await database.items
    .where('url')
    .anyOf([...byKey.keys()])
    .keys();
  return found.map((k) => byKey.get(String(k))!);
}

export const feedHandlers: HandlersFor<'feed-saved-check' | 'feed-save'> = {
  'feed-saved-check': async ({ urls }) => ({ saved: await savedAmong(urls) }),
  // What a page sends is untrusted whatever its declared type: validated as unknown.
  'feed-save': async ({ capture }, sender) => saveFeedPost(capture as unknown, sender.tab),
};

export async function saveFeedPost(raw: unknown, tab: Tabs.Tab | undefined, deps: StoreDeps = defaultSaveDeps) {
  const capture = validateCapture(raw);
  const pageUrl = tab?.url;
  if (!capture || !onSocialHost(capture.url) || !pageUrl || !onSocialHost(pageUrl)) {
    return { ok: false as const, reason: 'error' as const, detail: 'Not a post Learnmark can save' };
  }
  if (tab.id === undefined) return { ok: false as const, reason: 'no-tab' as const, detail: 'No tab to save' };
  return storeCapture(
    {
      tabId: tab.id,
      pageUrl,
      pageTitle: tab.title ?? null,
      capture,
      unreadable: null,
      via: 'feed-button',
      quote: null,
    },
    deps,
  );
}
