/**
 * Pages on LinkedIn and X that are lists of other people's posts: the feed, home, a search.
 * Saved from the toolbar, such a page would become "Feed | LinkedIn", a learning item about
 * nothing; the posts in it are saved with the Save button beside each one instead.
 * A profile or company page stays saveable, as an item of kind `page` (the data contract's
 * "not a readable piece (home page, profile)", and what the evaluation set expects of them).
 */
import { httpUrl } from '../item/url';
import { isLinkedInHost, isXHost, linkedInPageType, parseXStatusUrl } from './ids';

const X_LIST_ROUTES = new Set(['', 'home', 'explore', 'search', 'notifications', 'hashtag', 'bookmarks']);
const LINKEDIN_LIST_PATHS = /^\/(?:feed\/?$|feed\/(?!update\/)|search\/|mynetwork|notifications|$)/i;

/** Whether `url` is a feed, home or search page on LinkedIn or X. */
export function isFeedPage(url: string | undefined): boolean {
  const u = httpUrl(url ?? '');
  if (!u) return false;
  if (isXHost(u.hostname)) return X_LIST_ROUTES.has(u.pathname.split('/')[1]?.toLowerCase() ?? '');
  if (isLinkedInHost(u.hostname)) return LINKEDIN_LIST_PATHS.test(u.pathname);
  return false;
}

/** Which feed site an address is on: `x` (x.com, twitter.com), `linkedin`, or null. */
function feedSiteOf(url: string | undefined): 'x' | 'linkedin' | null {
  const host = httpUrl(url ?? '')?.hostname ?? '';
  return isXHost(host) ? 'x' : isLinkedInHost(host) ? 'linkedin' : null;
}

/**
 * Whether `url` is a post's own address on the same site as `pageUrl`: the only thing a feed
 * page may have saved from it, whoever asks (its Save buttons, the toolbar on it).
 */
export function isPostOf(url: string, pageUrl: string | undefined): boolean {
  const site = feedSiteOf(pageUrl);
  if (!site || feedSiteOf(url) !== site) return false;
  return site === 'x' ? parseXStatusUrl(url) !== null : linkedInPageType(url) === 'post';
}
