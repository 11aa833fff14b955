/**
 * Pages on LinkedIn and X that show many posts at once: the feed, home, a profile, a search.
 * Saved from the toolbar, such a page would become "Feed | LinkedIn", a learning item about
 * nothing; the posts in it are saved with the Save button beside each one instead.
 */
import { httpUrl } from '../item/url';
import { isLinkedInHost, isXHost, linkedInPageType, parseXProfileUrl } from './ids';

const X_LIST_ROUTES = new Set(['home', 'explore', 'search', 'notifications', 'hashtag', 'bookmarks']);
const X_PROFILE_TAB = /^\/[A-Za-z0-9_]{1,15}\/(?:with_replies|media|likes|highlights|articles)\/?$/;
const LINKEDIN_LIST_PATHS = /^\/(?:feed\/?$|feed\/(?!update\/)|search\/|mynetwork|notifications|$)/i;

/** Whether `url` is a feed, home, profile or search page on LinkedIn or X. */
export function isFeedPage(url: string | undefined): boolean {
  const u = httpUrl(url ?? '');
  if (!u) return false;
  if (isXHost(u.hostname)) {
    const first = u.pathname.split('/')[1]?.toLowerCase() ?? '';
    return (
      first === '' || X_LIST_ROUTES.has(first) || parseXProfileUrl(u.href) !== null || X_PROFILE_TAB.test(u.pathname)
    );
  }
  if (isLinkedInHost(u.hostname)) {
    const type = linkedInPageType(u.href);
    return type === 'profile' || type === 'company' || LINKEDIN_LIST_PATHS.test(u.pathname);
  }
  return false;
}
