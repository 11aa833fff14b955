/**
 * What the address of an X (Twitter) or LinkedIn page tells about it, without reading the page.
 * Pure: the site extractors and kind detection reuse these.
 */
import { httpUrl } from '../item/url';

/** Milliseconds X adds to the timestamp packed in a status id ("snowflake"). */
const X_EPOCH_MS = 1288834974657n;
/** Ids below this predate snowflakes (late 2010) and carry no time. */
const FIRST_SNOWFLAKE = 29_700_859_247n;

const X_HOST = /^(?:(?:www|mobile)\.)?(?:x|twitter)\.com$/i;
const LINKEDIN_HOST = /(?:^|\.)linkedin\.com$/i;
/** First path segments on X that are app routes, not people. */
const X_RESERVED = new Set([
  'home',
  'explore',
  'search',
  'notifications',
  'messages',
  'settings',
  'i',
  'intent',
  'share',
  'hashtag',
  'login',
  'signup',
  'compose',
  'tos',
  'privacy',
  'about',
  'jobs',
]);

export function isXHost(host: string): boolean {
  return X_HOST.test(host);
}

export function isLinkedInHost(host: string): boolean {
  return LINKEDIN_HOST.test(host);
}

/** `{handle, id}` for an X status URL (`/jack/status/20`, also `/i/web/status/20`), else null. */
export function parseXStatusUrl(url: string): { handle: string | null; id: string } | null {
  const u = httpUrl(url);
  if (!u || !isXHost(u.hostname)) return null;
  const m = /^\/(i\/web|[A-Za-z0-9_]{1,50})\/status(?:es)?\/(\d{1,25})(?:\/|$)/.exec(u.pathname);
  if (!m) return null;
  const handle = m[1] === 'i/web' || X_RESERVED.has(m[1]!.toLowerCase()) ? null : m[1]!;
  return { handle, id: m[2]! };
}

/** The handle of an X profile URL (`x.com/jack`), else null. */
export function parseXProfileUrl(url: string): string | null {
  const u = httpUrl(url);
  if (!u || !isXHost(u.hostname)) return null;
  const m = /^\/([A-Za-z0-9_]{1,15})\/?$/.exec(u.pathname);
  if (!m || X_RESERVED.has(m[1]!.toLowerCase())) return null;
  return m[1]!;
}

/** When a status was posted, decoded from its id: `(id >> 22) + X epoch`. Null for old ids. */
export function tweetIdToTime(id: string): number | null {
  if (!/^\d{1,25}$/.test(id)) return null;
  const big = BigInt(id);
  if (big < FIRST_SNOWFLAKE) return null;
  return Number((big >> 22n) + X_EPOCH_MS);
}

export type LinkedInPage = 'post' | 'article' | 'profile' | 'company' | 'learning' | 'other';

/** Which kind of LinkedIn page a URL is, or null when it is not LinkedIn. */
export function linkedInPageType(url: string): LinkedInPage | null {
  const u = httpUrl(url);
  if (!u || !isLinkedInHost(u.hostname)) return null;
  const p = u.pathname.toLowerCase();
  if (p.startsWith('/pulse/')) return 'article';
  if (p.startsWith('/posts/') || p.startsWith('/feed/update/')) return 'post';
  if (p.startsWith('/learning')) return 'learning';
  if (p.startsWith('/in/')) return 'profile';
  if (p.startsWith('/company/') || p.startsWith('/school/') || p.startsWith('/showcase/')) return 'company';
  return 'other';
}

/** The LinkedIn vanity name in `/in/<name>` or `/posts/<name>_slug-activity-…`, else null. */
export function linkedInVanity(url: string): string | null {
  const u = httpUrl(url);
  if (!u || !isLinkedInHost(u.hostname)) return null;
  const profile = /^\/in\/([^/]+)/i.exec(u.pathname);
  if (profile) return decodeURIComponent(profile[1]!);
  const post = /^\/posts\/([^/_]+)_/i.exec(u.pathname);
  return post ? decodeURIComponent(post[1]!) : null;
}

/** The time packed in a LinkedIn activity/ugcPost/share id (first 41 bits are epoch ms). */
export function linkedInIdToTime(url: string): number | null {
  const m = /(?:activity|ugcPost|share)[:-](\d{18,20})/i.exec(url);
  if (!m) return null;
  return Number(BigInt(m[1]!) >> 22n);
}
