/**
 * An X status page: the focused post, and when its author continues right below, the whole
 * thread in order (kind `thread`). Null when the page shows no readable post (deleted,
 * protected, logged-out wall): the caller falls back to the generic extractor.
 */
import type { Capture } from '../../core/item/model';
import { parseXStatusUrl } from '../../core/social/ids';
import { threadFrom, threadText } from '../../core/social/thread';
import { isPromotedX, readXPost, xCapture, type XPost } from './x';

export function extractXStatus(doc: Document, pageUrl: string): Capture | null {
  const page = parseXStatusUrl(pageUrl);
  if (!page) return null;
  const posts: XPost[] = [];
  let focused = -1;
  for (const article of Array.from(doc.querySelectorAll('article[data-testid="tweet"]')).slice(0, 200)) {
    if (isPromotedX(article)) continue;
    const post = readXPost(article, pageUrl);
    if (!post) continue;
    if (focused < 0 && (post.id === page.id || article.getAttribute('tabindex') === '-1')) focused = posts.length;
    posts.push(post);
  }
  if (focused < 0) return null;
  const thread = threadFrom(posts, focused);
  const first = thread[0]!;
  if (!first.text && thread.length === 1) return { ...xCapture(first), partial: true };
  return thread.length > 1 ? xCapture(first, 'thread', threadText(thread)) : xCapture(first);
}
