/**
 * Which posts on an X status page make one thread: the focused post, then the posts right after
 * it by the same handle, up to the first post by someone else. Pure: posts come in page order.
 */

export interface ThreadPost {
  handle: string | null;
  id: string | null;
  text: string;
}

/** The thread that starts at `focused` (index into `posts`); just that post when none follow. */
export function threadFrom<P extends ThreadPost>(posts: readonly P[], focused: number): P[] {
  const first = posts[focused];
  if (!first?.handle) return first ? [first] : [];
  const handle = first.handle.toLowerCase();
  const out = [first];
  for (let i = focused + 1; i < posts.length; i++) {
    const p = posts[i]!;
    // A reply by anyone else ends the thread; a later self-reply to that reply is not part of it.
    if (p.handle?.toLowerCase() !== handle) break;
    out.push(p);
  }
  return out;
}

/** One text for a whole thread, posts in order, numbered like the author would ("1/3"). */
export function threadText(posts: readonly ThreadPost[]): string {
  if (posts.length < 2) return posts[0]?.text ?? '';
  return posts.map((p, i) => `${i + 1}/${posts.length}\n${p.text}`).join('\n\n');
}
