/**
 * Reads one X post (`article[data-testid="tweet"]`) from the live DOM. Everything is scoped to
 * the post and excludes the quoted card (`div[role="link"]`), so a quote's author or text never
 * becomes the post's. Returns null when the post has no permalink (nothing to save it under).
 */
import type { Capture } from '../../core/item/model';
import { linkFromShownText, postTitle } from '../../core/social/post-text';
import { parseXStatusUrl, tweetIdToTime } from '../../core/social/ids';
import { ownAll, ownFirst, plain, richText } from './rich-text';

const QUOTE = 'div[role="link"]';

export interface XPost {
  id: string;
  handle: string | null;
  author: string | null;
  url: string;
  publishedAt: number | null;
  text: string;
  lang: string | null;
}

const tcoLink = (a: HTMLAnchorElement) =>
  a.getAttribute('href')?.startsWith('https://t.co/') ? (linkFromShownText(a.textContent ?? '') ?? null) : null;

/** Display name: the first link of User-Name, emoji kept (they are images with alt text). */
function displayName(userName: Element | null): string | null {
  const a = userName?.querySelector('a:not([tabindex="-1"])');
  return a ? richText(a).replace(/\s+/g, ' ').trim() || null : null;
}

/** `time[datetime]` confirmed by the id: the id is exact to the ms, the page cuts to seconds. */
function postTime(datetime: string | null | undefined, id: string): number | null {
  const shown = datetime ? Date.parse(datetime) : NaN;
  const fromId = tweetIdToTime(id);
  if (fromId !== null && (Number.isNaN(shown) || Math.abs(fromId - shown) <= 60_000)) return fromId;
  return Number.isNaN(shown) ? null : shown;
}

function quotedText(article: Element): string {
  const card = Array.from(article.querySelectorAll(QUOTE)).find((c) => c.querySelector('[data-testid="tweetText"]'));
  if (!card) return '';
  const user = card.querySelector('[data-testid="User-Name"]');
  const handle = plain(user?.querySelector('[tabindex="-1"]')) || null;
  const who = [displayName(user), handle].filter(Boolean).join(' ');
  const text = richText(card.querySelector('[data-testid="tweetText"]')!, { link: tcoLink });
  return `\n\nQuoting ${who}:\n${text}`;
}

function mediaText(article: Element): string {
  const alts = ownAll(article, '[data-testid="tweetPhoto"] img[alt]', QUOTE)
    .map((img) => img.getAttribute('alt')!.trim())
    .filter((alt) => alt && alt !== 'Image');
  return alts.map((alt) => `\n\n[Image: ${alt}]`).join('');
}

/** The post's id and handle, from the status link that wraps its time (or the page address). */
function permalinkOf(article: Element, pageUrl: string): { id: string; handle: string | null } | null {
  const timeLink = ownAll(article, 'a[href*="/status/"]', QUOTE).find((a) => a.querySelector('time'));
  // Status links are relative; twitter.com and x.com pages link the same posts.
  const href = timeLink ? new URL(timeLink.getAttribute('href')!, 'https://x.com/').href : null;
  const fromLink = href ? parseXStatusUrl(href) : null;
  if (fromLink) return fromLink;
  // The focused post of a status page may show no time link: it is the page's own post.
  return article.getAttribute('tabindex') === '-1' ? parseXStatusUrl(pageUrl) : null;
}

export function readXPost(article: Element, pageUrl: string): XPost | null {
  const link = permalinkOf(article, pageUrl);
  if (!link) return null;
  const user = ownFirst(article, '[data-testid="User-Name"]', QUOTE);
  const handle = link.handle ?? (plain(user?.querySelector('a[tabindex="-1"]')).replace(/^@/, '') || null);
  const textEl = ownFirst(article, '[data-testid="tweetText"]', QUOTE);
  const body = textEl ? richText(textEl, { link: tcoLink }) : '';
  const time = ownFirst(article, 'time[datetime]', QUOTE)?.getAttribute('datetime');
  return {
    id: link.id,
    handle,
    author: displayName(user),
    url: `https://x.com/${handle ?? 'i/web'}/status/${link.id}`,
    publishedAt: postTime(time, link.id),
    text: (body + mediaText(article) + quotedText(article)).trim(),
    lang: textEl?.getAttribute('lang') ?? null,
  };
}

export function xCapture(post: XPost, kind: 'tweet' | 'thread' = 'tweet', text = post.text): Capture {
  return {
    url: post.url,
    kind,
    title: postTitle(post.author, 'X', post.text),
    author: post.author ?? (post.handle ? `@${post.handle}` : null),
    siteName: 'X',
    excerpt: null,
    lang: post.lang,
    handle: post.handle,
    canonicalUrl: post.url,
    publishedAt: post.publishedAt,
    text,
  };
}

/** Ads sit inside a placementTracking wrapper (a video inside a post does not count). */
export const isPromotedX = (article: Element) => !!article.parentElement?.closest('[data-testid="placementTracking"]');
