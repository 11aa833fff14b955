/**
 * Where posts are on each site, what key (permalink) each has, where the Save control goes and
 * how to read a post when it is clicked. Only stable hooks: data-testid / data-view-name /
 * role on X and SDUI LinkedIn, Ember's class names on the older LinkedIn build.
 */
import type { Capture } from '../../core/item/model';
import { isXHost, parseXStatusUrl } from '../../core/social/ids';
import { isPromotedLinkedIn, postUrn, readLinkedInPost } from '../extract/linkedin';
import { linkedInPermalink } from '../../core/social/linkedin-scope';
import { isPromotedX, readXPost, xCapture } from '../extract/x';
import { extractXStatus } from '../extract/x-status';

export interface FeedSite {
  /** Elements that may be posts (checked with `isPost`). */
  selector: string;
  isPost(el: Element): boolean;
  /** The permalink a post is saved under, or null (nothing to save it under: no button). */
  key(post: Element): string | null;
  /** Where the control goes: appended to this element. */
  anchor(post: Element): Element;
  read(post: Element): Capture | null;
}

const X_POST = 'article[data-testid="tweet"]';

const x: FeedSite = {
  selector: X_POST,
  isPost: (el) => !isPromotedX(el),
  key: (post) => readXPost(post, location.href)?.url ?? null,
  anchor: (post) => {
    const bar = Array.from(post.querySelectorAll('div[role="group"]')).find((g) => !g.closest('div[role="link"]'));
    return bar ?? post;
  },
  read(post) {
    // The focused post of a status page starts its thread: save the thread, not one post.
    if (post.getAttribute('tabindex') === '-1' && parseXStatusUrl(location.href)) {
      const thread = extractXStatus(document, location.href);
      if (thread) return thread;
    }
    const one = readXPost(post, location.href);
    return one ? xCapture(one) : null;
  },
};

const LI_POST = '[data-view-name="feed-full-update"], .feed-shared-update-v2[data-urn]';

const linkedIn: FeedSite = {
  selector: LI_POST,
  // Ember nests feed-shared-update-v2 inside feed-full-update: the outer one is the post.
  isPost: (el) => !el.parentElement?.closest(LI_POST) && !isPromotedLinkedIn(el),
  key: (post) => {
    const urn = postUrn(post);
    return urn ? linkedInPermalink(urn) : null;
  },
  anchor: (post) =>
    post.querySelector('.feed-shared-social-action-bar') ??
    post.querySelector('button[data-view-name="reaction-button"]')?.parentElement ??
    post,
  read: readLinkedInPost,
};

export const siteFor = (host: string): FeedSite => (isXHost(host) ? x : linkedIn);
