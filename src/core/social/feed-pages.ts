/**
 * Pages on LinkedIn and X that are lists of other people's posts: the feed, home, a search.
 * Saved from the toolbar, such a page would become "Feed | LinkedIn", a learning item about
 * nothing; the posts in it are saved with the Save button beside each one instead.
 * A profile or company page stays saveable, as an item of kind `page` (the data contract's
 * "not a readable piece (home page, profile)", and what the evaluation set expects of them).
 */
import { httpUrl } from '../item/url';
import { isLinkedInHost, isXHost } from './ids';

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
