import type { ItemKind } from './item';

/**
 * A best guess at what a URL points to, for links saved without opening them. Pages that
 * are read get their kind from the extractor instead.
 */
export function kindFromUrl(input: string): ItemKind {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return 'page';
  }
  const host = url.hostname.replace(/^(www|mobile|m)\./, '');
  const path = url.pathname;
  if (host === 'x.com' || host === 'twitter.com') return /^\/[^/]+\/status\/\d+/.test(path) ? 'tweet' : 'page';
  if (host === 'linkedin.com') {
    if (path.startsWith('/pulse/')) return 'linkedin-article';
    if (path.startsWith('/posts/') || path.startsWith('/feed/update/')) return 'linkedin-post';
    if (path.startsWith('/learning/')) return 'course';
    return 'page';
  }
  if ((host === 'youtube.com' && path === '/watch') || host === 'youtu.be' || host === 'vimeo.com') return 'video';
  if (path === '/' || path === '') return 'page';
  return 'article';
}
