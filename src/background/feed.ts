/**
 * The in-feed save buttons' side in the worker. What a content script sends is page data, and
 * the page around the script is not trusted: the capture is validated field by field and must
 * be a post of the site of the sender's own tab; it is then stored the way every save is
 * (storeCapture). A post saved already is never rewritten from the feed: a page could forge a
 * post carrying a saved post's id with text of its own (a phishing link under a real author's
 * name), so the first capture stands, with the person's takeaway, tags and goals. Answers say
 * "saved" or not, nothing of the item.
 */
import { validateCapture } from '../core/capture/validate';
import { isPostOf } from '../core/social/feed-pages';
import { itemUrl } from '../core/item/build';
import { normalizeUrl } from '../core/item/url';
import { db } from '../db/db';
import type { HandlersFor } from '../messaging/listener';
import type { Tabs } from 'webextension-polyfill';
import { defaultSaveDeps, storeCapture, type StoreDeps } from './save';
import { confirmSaved, explainFeedFailure } from './save-feedback';

/** A feed batch is a screenful or two of posts; more in one message is not a real feed. */
const MAX_CHECK = 200;

/** The subset of `urls` (as given) that are posts of the sender's site and items already. */
async function savedAmong(urls: readonly string[], pageUrl: string | undefined, database = db()) {
  const byKey = new Map<string, string>();
  for (const u of urls.slice(0, MAX_CHECK)) {
    const key = isPostOf(u, pageUrl) ? normalizeUrl(u) : null;
    if (key) byKey.set(key, u);
  }
  if (!byKey.size) return [];
  // The index's own keys: no item (and its long text) is read for a yes/no answer.
  const found = await database.items
    .where('url')
    .anyOf([...byKey.keys()])
    .keys();
  // `url` is a string index: its keys are the normalised addresses.
  return found.map((k) => byKey.get(k as string)!);
}

export const feedHandlers: HandlersFor<'feed-saved-check' | 'feed-save'> = {
  'feed-saved-check': async ({ urls }, sender) => ({ saved: await savedAmong(urls, sender.tab?.url) }),
  // What a page sends is untrusted whatever its declared type: validated as unknown.
  'feed-save': async ({ capture }, sender) => ({ ok: (await saveFeedPost(capture, sender.tab)).ok }),
};

async function saveFeedPost(raw: unknown, tab: Tabs.Tab | undefined, deps: StoreDeps = defaultSaveDeps) {
  const capture = validateCapture(raw);
  const pageUrl = tab?.url;
  if (!capture || !pageUrl || !isPostOf(capture.url, pageUrl)) {
    return { ok: false as const, reason: 'error' as const, detail: 'Not a post Learnmark can save' };
  }
  if (tab.id === undefined) return { ok: false as const, reason: 'no-tab' as const, detail: 'No tab to save' };
  const key = itemUrl(capture, pageUrl);
  if (key && (await deps.database().items.where('url').equals(key).count()) > 0) {
    // Saved already: the first capture stands (see the top of this file).
    return { ok: true as const, already: true as const };
  }
  const result = await storeCapture(
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
  // The same confirmation as the shortcut's, in the feed tab, or why nothing was stored; a toast
  // that fails does not fail the save.
  if (result.ok) await confirmSaved(result, tab.id).catch(() => undefined);
  else await explainFeedFailure(result, tab).catch(() => undefined);
  return result;
}
