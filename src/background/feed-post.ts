/**
 * The post most in view on a feed page, for the toolbar and the shortcut there (a feed itself is
 * never saved). The feed script, in its own world, names the post's permalink; the worker takes
 * only that, has the post read again, and keeps the capture only if it is a valid post of the
 * tab's own site under that very permalink: a page can fill its posts with anything, but cannot
 * make another site's or another post's address saved from it.
 */
import type { Tabs } from 'webextension-polyfill';
import { validateCapture } from '../core/capture/validate';
import type { Capture } from '../core/item/model';
import { normalizeUrl } from '../core/item/url';
import { isPostOf } from '../core/social/feed-pages';
import { openingWords } from '../core/social/post-text';
import type { HandlersFor } from '../messaging/listener';
import type { PostOffer } from '../messaging/save';
import { postKeyInTab, readPostInTab } from '../platform/scripting';
import { tabById } from '../platform/tabs';

/** The post saved under `key` in `tab`, read again there and checked; null when it is not one. */
export async function rereadPost(tab: Tabs.Tab, key: string): Promise<Capture | null> {
  if (tab.id === undefined || !isPostOf(key, tab.url)) return null;
  const capture = validateCapture(await readPostInTab(tab.id, key));
  return capture && normalizeUrl(capture.url) === normalizeUrl(key) ? capture : null;
}

/** The post most in view in `tab`, to offer: its permalink, author and first words. */
export async function postInView(tab: Tabs.Tab | undefined): Promise<PostOffer | null> {
  if (tab?.id === undefined) return null;
  const key = await postKeyInTab(tab.id);
  if (typeof key !== 'string') return null;
  const capture = await rereadPost(tab, key);
  return capture ? { url: key, author: capture.author, words: openingWords(capture.text) } : null;
}

export const postInViewHandlers: HandlersFor<'post-in-view'> = {
  'post-in-view': async ({ tabId }) => ({ post: await postInView(await tabById(tabId)) }),
};
