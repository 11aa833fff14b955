/**
 * Which post of a feed the person is looking at, for the toolbar's and the shortcut's save on a
 * feed page (a feed itself is never saved). The worker asks for the post's permalink only, then
 * asks for that post to be read, and checks what it gets; the page cannot call either.
 */
import type { Capture } from '../../core/item/model';
import type { FeedSite } from './sites';

interface Span {
  top: number;
  bottom: number;
}

/**
 * The index of the span most in view: the most of its height inside the viewport (0 to
 * `viewportHeight`), the higher one on a tie; null when none shows at all.
 */
export function mostInView(spans: readonly Span[], viewportHeight: number): number | null {
  let best: number | null = null;
  let bestShown = 0;
  spans.forEach((s, i) => {
    const shown = Math.min(s.bottom, viewportHeight) - Math.max(s.top, 0);
    if (shown > bestShown) [best, bestShown] = [i, shown];
  });
  return best;
}

/** The posts of the page that have a permalink, with it. */
function postsOf(site: FeedSite, doc: Document): { post: Element; key: string }[] {
  return Array.from(doc.querySelectorAll(site.selector)).flatMap((post) => {
    const key = site.isPost(post) ? site.key(post) : null;
    return key ? [{ post, key }] : [];
  });
}

/** The permalink of the post most in view, or null (none in view, or none with a permalink). */
export function postKeyInView(site: FeedSite, doc: Document, viewportHeight: number): string | null {
  const posts = postsOf(site, doc);
  const index = mostInView(
    posts.map(({ post }) => post.getBoundingClientRect()),
    viewportHeight,
  );
  return index === null ? null : posts[index]!.key;
}

/** The post saved under `key`, read as the Save beside it would read it; null when it is gone. */
export function readPostByKey(site: FeedSite, doc: Document, key: string): Capture | null {
  const found = postsOf(site, doc).find((p) => p.key === key);
  return found ? site.read(found.post) : null;
}

/** What the feed script leaves in its own (isolated) world for the worker's scripting calls. */
export interface FeedPostAccess {
  postInView(): string | null;
  readPost(key: string): Capture | null;
}
export const FEED_POST_ACCESS = '__learnmarkFeedPost';
