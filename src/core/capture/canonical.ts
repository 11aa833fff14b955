/**
 * The canonical address of a page: what it declares, resolved against the page and limited to
 * http(s), with guards against declarations that point away from what the person saved.
 */
import { httpUrl } from '../item/url';

/** Resolves a URL against the page, keeping only http(s). */
function resolveHttpUrl(value: string | null | undefined, base: string): string | null {
  if (!value || !value.trim()) return null;
  return httpUrl(value.trim(), base)?.href ?? null;
}

/** Registrable-ish site of a URL (last two host labels), for same-site checks. */
function site(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.split('.').slice(-2).join('.');
  } catch {
    return null;
  }
}

/**
 * The page's declared canonical address: `<link rel=canonical>`, then og:url, then JSON-LD url,
 * then the page address itself. A canonical on another site (syndicated copies point to the
 * original) gives way to a same-site og:url; one that differs from the page URL only in letter
 * case keeps the page's spelling.
 */
export function pickCanonical(
  link: string | null,
  ogUrl: string | null,
  ldUrl: string | null,
  pageUrl: string,
): string | null {
  const c = resolveHttpUrl(link, pageUrl);
  const og = resolveHttpUrl(ogUrl, pageUrl);
  let out = c ?? og ?? resolveHttpUrl(ldUrl, pageUrl) ?? resolveHttpUrl(pageUrl, pageUrl);
  if (c && og && site(c) !== site(pageUrl) && site(og) === site(pageUrl)) out = og;
  if (out && out.toLowerCase() === pageUrl.toLowerCase()) out = pageUrl;
  return out;
}
