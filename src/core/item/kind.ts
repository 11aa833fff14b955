import type { ItemKind } from './model';
import { isXHost, linkedInPageType, parseXStatusUrl } from '../social/ids';

/** What kind detection looks at besides the address. */
export interface KindSignals {
  /** `og:type`, lower-cased, e.g. `article`, `website`, `profile`, `video.other`. */
  ogType?: string | null;
  /** Schema.org `@type`s found in JSON-LD. */
  ldTypes?: readonly string[];
  /** Whether Readability found an article body. */
  readable: boolean;
}

const VIDEO_HOSTS: [RegExp, RegExp][] = [
  [/(?:^|\.)youtube\.com$/, /^\/(?:watch|shorts\/|live\/|embed\/)/],
  [/^youtu\.be$/, /^\/[\w-]+/],
  [/(?:^|\.)vimeo\.com$/, /^\/(?:\d+|video\/\d+)/],
  [/(?:^|\.)dailymotion\.com$/, /^\/video\//],
  [/(?:^|\.)twitch\.tv$/, /^\/videos\//],
  [/(?:^|\.)ted\.com$/, /^\/talks\//],
];
const COURSE_HOSTS: [RegExp, RegExp][] = [
  [/(?:^|\.)coursera\.org$/, /^\/(?:learn|specializations|professional-certificates)\//],
  [/(?:^|\.)udemy\.com$/, /^\/course\//],
  [/(?:^|\.)edx\.org$/, /^\/(?:course|learn)\//],
  [/(?:^|\.)pluralsight\.com$/, /^\/courses\//],
];
const ARTICLE_LD = /(?:Article|BlogPosting|Report|SocialMediaPosting|Review|Recipe|HowTo)$/;

function match(table: [RegExp, RegExp][], host: string, path: string): boolean {
  return table.some(([h, p]) => h.test(host) && p.test(path));
}

/**
 * The kind of item a page makes. The address decides first (social sites, video and course
 * platforms), then metadata (`og:type` video/profile), then whether the page is readable.
 */
export function detectKind(url: string, signals: KindSignals): ItemKind {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'page';
  }
  const host = u.hostname.toLowerCase();
  const path = u.pathname;
  if (isXHost(host)) return parseXStatusUrl(url) ? 'tweet' : 'page';
  switch (linkedInPageType(url)) {
    case 'article':
      return 'linkedin-article';
    case 'post':
      return 'linkedin-post';
    case 'learning':
      return /^\/learning\/[^/]+/.test(path) ? 'course' : 'page';
    case 'profile':
    case 'company':
    case 'other':
      return 'page';
    default:
      break;
  }
  if (match(VIDEO_HOSTS, host, path)) return 'video';
  if (match(COURSE_HOSTS, host, path)) return 'course';
  const og = (signals.ogType ?? '').toLowerCase();
  const ld = signals.ldTypes ?? [];
  if (og.startsWith('video') && !ld.some((t) => ARTICLE_LD.test(t))) return 'video';
  if (og === 'profile' || ld.includes('ProfilePage')) return 'page';
  if (ld.includes('Course')) return 'course';
  if (!signals.readable) return 'page';
  // A site's home page is a list of pieces, even when Readability finds a block of text on it.
  const home = (path === '/' || path === '') && !u.search;
  if (home && !ld.some((t) => ARTICLE_LD.test(t)) && og !== 'article') return 'page';
  return 'article';
}
