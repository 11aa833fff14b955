/**
 * The in-feed save buttons' side in the worker. What a content script sends is page data: the
 * capture is validated field by field and must be a post on X or LinkedIn, then saved through
 * the one save path (saveTab) as if the extractor had read it from that tab.
 */
import { validateCapture } from '../core/capture/validate';
import { isLinkedInHost, isXHost } from '../core/social/ids';
import { normalizeUrl } from '../core/item/url';
import { db } from '../db/db';
import type { HandlersFor } from '../messaging/runtime';
import { defaultSaveDeps, saveTab, type SaveDeps } from './save';

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
  'feed-save': async ({ capture }, sender) => saveFeedPost(capture, sender.tab, defaultSaveDeps),
};

export async function saveFeedPost(raw: unknown, tab: Parameters<typeof saveTab>[0]['tab'], deps: SaveDeps) {
  const capture = validateCapture(raw);
  const tabUrl = tab?.url;
  if (!capture || !onSocialHost(capture.url) || !tabUrl || !onSocialHost(tabUrl)) {
    return { ok: false as const, reason: 'error' as const, detail: 'Not a post Learnmark can save' };
  }
  return saveTab({ tab, via: 'feed-button' }, { ...deps, extract: () => Promise.resolve(capture) });
}
