/**
 * What generic metadata tells about X and LinkedIn pages, before the dedicated site extractors
 * (which read the live DOM) refine it. Pure: the URL and meta values come in as arguments.
 */
import { cleanAuthor } from '../capture/author';
import { linkedInIdToTime, linkedInVanity, parseXProfileUrl, parseXStatusUrl, tweetIdToTime } from './ids';

export interface SocialFields {
  author?: string | null;
  handle?: string | null;
  publishedAt?: number | null;
  title?: string | null;
}

/**
 * The display name in an X page title: `Name (@handle) on X`, `Name on X: "text" / X`,
 * `Name (@handle) / X`, `Name on Twitter: "…"`. Null when the title has none of these shapes.
 */
export function nameFromXTitle(title: string | null | undefined): string | null {
  if (!title) return null;
  const m =
    /^(.+?)(?:\s+\(@\w{1,15}\))?\s+on\s+(?:X|Twitter)(?:\s*:|\s*$)/.exec(title) ??
    /^(.+?)\s+\(@\w{1,15}\)\s*(?:\/\s*(?:X|Twitter))?\s*$/.exec(title);
  return m ? cleanAuthor(m[1]) : null;
}

/** Fields derived from an X or LinkedIn URL and page title; empty for other sites. */
export function socialFields(url: string, canonicalUrl: string | null, title: string | null): SocialFields {
  const status = parseXStatusUrl(url) ?? (canonicalUrl ? parseXStatusUrl(canonicalUrl) : null);
  if (status) {
    return {
      handle: status.handle,
      publishedAt: tweetIdToTime(status.id),
      author: nameFromXTitle(title) ?? (status.handle ? `@${status.handle}` : null),
    };
  }
  const profile = parseXProfileUrl(url);
  if (profile) return { handle: profile, author: nameFromXTitle(title) };
  const vanity = linkedInVanity(url);
  const liTime = linkedInIdToTime(url);
  const out: SocialFields = {};
  if (vanity) out.handle = vanity;
  if (liTime) out.publishedAt = liTime;
  return out;
}
