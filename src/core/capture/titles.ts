/** Title similarity, and reading a site name off a `Title | Site` document title. */
import { compoundParts, words as splitWords } from '../text/words';

function words(s: string): string[] {
  return splitWords(s.toLowerCase()).flatMap(compoundParts);
}

/** Share of `candidate`'s words found in `reference`, 0..1 (a site suffix on the reference is harmless). */
export function titleSimilarity(candidate: string, reference: string): number {
  const c = words(candidate);
  if (!c.length) return 0;
  const ref = new Set(words(reference));
  return c.filter((w) => ref.has(w)).length / c.length;
}

const SEPARATORS = /\s+[|\-–—·•»:]{1,2}\s+/;

/**
 * The site name part of a document title like `Post | LeanData` or `Bob Dylan - Wikipedia`:
 * the first or last segment whose letters appear in the host name (so `LeanData` matches
 * `leandatainc.com`), else null. Only trusted when it agrees with the host.
 */
export function siteNameFromTitle(title: string | null, url: string): string | null {
  if (!title) return null;
  let host: string;
  try {
    host = new URL(url).hostname.replace(/^www\./, '').toLowerCase();
  } catch {
    return null;
  }
  const compactHost = host.replace(/[^a-z0-9]/g, '');
  const parts = title
    .split(SEPARATORS)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2) return null;
  for (const part of [parts[parts.length - 1]!, parts[0]!]) {
    const compact = part.toLowerCase().replace(/[^a-z0-9]/g, '');
    if (compact.length >= 3 && part.length <= 40 && compactHost.includes(compact)) return part;
  }
  return null;
}
