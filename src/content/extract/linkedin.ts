/**
 * Reads one LinkedIn feed post, in either build: SDUI (hashed classes; urn only in the tracking
 * scope, see core/tracking-scope) or Ember (`feed-shared-update-v2[data-urn]`). Author and text
 * come from the FIRST actor block and the text before any second one, so a "likes this" header
 * or a reshared original never lends its name or words to the post.
 */
import type { Capture } from '../../core/item/model';
import { postTitle } from '../../core/social/post-text';
import { linkedInIdToTime, linkedInVanity } from '../../core/social/ids';
import { linkedInPermalink, urnFromTrackingScope } from '../../core/social/linkedin-scope';
import { plain, richText } from './rich-text';

const ACTOR = 'a[data-view-name="feed-actor-image"], .update-components-actor__meta-link';
const TEXT = '[data-testid="expandable-text-box"], .update-components-text';
const HEADER = 'p[data-view-name="feed-header-text"], .update-components-header';
const MINI = '.feed-shared-mini-update-v2, .update-components-mini-update-v2';
const MEDIA_ALT = '[data-view-name="feed-update-image"] img[alt], .update-components-image img[alt]';

/** The post's activity urn: `data-urn` (Ember) or the tracking scope on it or an ancestor. */
export function postUrn(post: Element): string | null {
  let el: Element | null = post;
  for (let depth = 0; el && depth < 8; depth++, el = el.parentElement) {
    const urn = el.getAttribute('data-urn') ?? el.getAttribute('data-id');
    if (urn && /^urn:li:(activity|ugcPost|share):\d+$/.test(urn)) return urn;
    const scoped = urnFromTrackingScope(el.getAttribute('data-view-tracking-scope'));
    if (scoped) return scoped;
  }
  return null;
}

const before = (a: Node, b: Node | undefined) =>
  !b || !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);

function actorName(actor: Element): string | null {
  if (actor.matches('.update-components-actor__meta-link')) {
    const hidden = actor.querySelector('.update-components-actor__title span[aria-hidden="true"]');
    return plain(hidden ?? actor.querySelector('.update-components-actor__title'), 200) || null;
  }
  // SDUI: the name is the first paragraph of the sibling link to the same profile.
  const href = actor.getAttribute('href');
  const post = actor.closest('[data-view-name="feed-full-update"], [role="listitem"]') ?? actor.parentElement!;
  const block = Array.from(post.querySelectorAll('a[href]')).find(
    (a) => a !== actor && a.getAttribute('href') === href && !a.closest(HEADER) && a.querySelector('p'),
  );
  const name = plain(block?.querySelector('p'), 200);
  if (name) return name;
  const alt = actor.querySelector('img[alt]')?.getAttribute('alt') ?? '';
  return /^View (.+?)[’']s? profile/.exec(alt)?.[1] ?? null;
}

function handleOf(href: string | null): string | null {
  if (!href) return null;
  const url = new URL(href, 'https://www.linkedin.com/').href;
  return linkedInVanity(url) ?? /\/(?:company|school|showcase)\/([^/?#]+)/.exec(url)?.[1] ?? null;
}

/** The reshared original, labelled as such: after the second actor (SDUI) or in the mini card. */
function resharedText(post: Element, second: Element | undefined): string {
  const mini = second ? null : post.querySelector(MINI);
  const box = second
    ? Array.from(post.querySelectorAll(TEXT)).find((t) => before(second, t))
    : mini?.querySelector(TEXT);
  if (!box) return '';
  const who = second
    ? actorName(second)
    : plain(mini?.querySelector('.update-components-actor__title span[aria-hidden="true"]'));
  return `\n\nReposting ${who ?? ''}:\n${richText(box)}`;
}

/** Ads show "Promoted" where the time would be (a `p` since 2026, a `span` before). */
export function isPromotedLinkedIn(post: Element): boolean {
  return Array.from(post.querySelectorAll('p, .update-components-actor__sub-description span')).some(
    (el) => el.childElementCount <= 1 && plain(el, 20) === 'Promoted',
  );
}

export function readLinkedInPost(post: Element): Capture | null {
  const urn = postUrn(post);
  const url = urn ? linkedInPermalink(urn) : null;
  if (!urn || !url) return null;
  const actors = Array.from(post.querySelectorAll(ACTOR)).filter((a) => !a.closest(HEADER) && !a.closest(MINI));
  const actor = actors[0];
  // The post's own text sits between its actor block and the next one (a reshared original).
  const texts = Array.from(post.querySelectorAll(TEXT)).filter(
    (t) => !t.closest(MINI) && (!actor || before(actor, t)) && before(t, actors[1]),
  );
  let text = texts[0] ? richText(texts[0]) : '';
  text += resharedText(post, actors[1]);
  for (const img of Array.from(post.querySelectorAll(MEDIA_ALT)).slice(0, 10)) {
    const alt = img.getAttribute('alt')!.trim();
    if (alt && !/^View .+ profile/.test(alt)) text += `\n\n[Image: ${alt}]`;
  }
  const author = actor ? actorName(actor) : null;
  text = text.trim();
  return {
    url,
    kind: 'linkedin-post',
    title: postTitle(author, 'LinkedIn', text),
    author,
    siteName: 'LinkedIn',
    excerpt: null,
    lang: post.closest('[lang]')?.getAttribute('lang') ?? null,
    handle: handleOf(actor?.getAttribute('href') ?? null),
    canonicalUrl: url,
    publishedAt: linkedInIdToTime(urn),
    text,
    partial: !author || !text,
  };
}

/** A single-post page (`/feed/update/urn:…`): its first post, or null for the generic path. */
export function extractLinkedInPostPage(doc: Document): Capture | null {
  const post = doc.querySelector('[data-view-name="feed-full-update"], .feed-shared-update-v2[data-urn]');
  return post ? readLinkedInPost(post) : null;
}
