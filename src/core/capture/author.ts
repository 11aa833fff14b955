/**
 * Cleaning author names found in metadata and bylines. A byline is a person's or an
 * organisation's name; URLs, dates and "By" prefixes are noise around it.
 */

const MAX_AUTHOR = 200;
const URL_ONLY = /^(?:https?:\/\/|www\.)\S+$/i;
const BY_PREFIX = /^(?:by|par|por|von|di|door|av|af|от|作者)\s*[:：]?\s+/i;
/** Values that are labels or placeholders, never a name. */
const NOT_NAMES = /^(?:by|admin|administrator|author|authors|staff|unknown|anonymous|null|undefined|none|n\/a|guest)$/i;

/** A tidy author name, or null when the value is not one. */
export function cleanAuthor(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  let s = value.replace(/\s+/g, ' ').trim();
  if (!s || URL_ONLY.test(s)) {
    // A profile URL (`https://www.facebook.com/jane.doe`) is a handle, not a name.
    return null;
  }
  s = s
    .replace(BY_PREFIX, '')
    .replace(/^[@|,;:\-–—\s]+|[|,;:\-–—\s]+$/g, '')
    .trim();
  if (!s || s.length > MAX_AUTHOR || NOT_NAMES.test(s)) return null;
  if (!/\p{L}/u.test(s)) return null;
  return s;
}

/** Joins several authors, dropping duplicates and names contained in another one. */
export function joinAuthors(names: readonly (string | null | undefined)[]): string | null {
  const out: string[] = [];
  for (const raw of names) {
    const n = cleanAuthor(raw);
    if (!n) continue;
    const key = n.toLowerCase();
    if (out.some((o) => o.toLowerCase() === key)) continue;
    out.push(n);
  }
  return out.length ? out.join(', ') : null;
}
