/**
 * Anchoring a highlight in an item's text with the W3C Web Annotation text-quote selector
 * (the exact text, with a little text before and after it) plus a text-position hint. The
 * text is the article's text as the reader draws it; markup is not part of it, so a highlight
 * may span elements. Re-anchoring survives moved passages and changed whitespace; when the
 * exact text is gone the caller says so instead of guessing.
 */
export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
  /** Where `exact` began when the highlight was made: the tie-breaker between repeats. */
  start: number;
}

export interface TextRange {
  start: number;
  end: number;
}

/** Characters of context kept on each side. */
export const CONTEXT_CHARS = 32;

export function quoteAt(text: string, start: number, end: number, context = CONTEXT_CHARS): TextQuote {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - context), start),
    suffix: text.slice(end, end + context),
    start,
  };
}

/** Text with runs of whitespace collapsed to one space, and where each character came from. */
function collapseOnce(text: string): { text: string; from: number[] } {
  const out: string[] = [];
  const from: number[] = [];
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const isSpace = ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\f' || /\s/.test(ch);
    if (isSpace && inSpace) continue;
    out.push(isSpace ? ' ' : ch);
    from.push(i);
    inSpace = isSpace;
  }
  from.push(text.length);
  return { text: out.join(''), from };
}

/** The reader anchors every highlight of an item against one text: collapse it once. */
let lastCollapsed: { source: string; flat: { text: string; from: number[] } } | null = null;
function collapse(text: string): { text: string; from: number[] } {
  if (lastCollapsed?.source !== text) lastCollapsed = { source: text, flat: collapseOnce(text) };
  return lastCollapsed.flat;
}

const squash = (s: string) => s.replace(/\s+/g, ' ');

/** How many characters two strings share from their ends (prefix: right end; suffix: left). */
function sharedEnd(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
function sharedStart(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** The best occurrence of `exact` in `text`: most context matched, then nearest the hint. */
function bestMatch(text: string, exact: string, prefix: string, suffix: string, hint: number): number | null {
  if (!exact) return null;
  let best: number | null = null;
  let bestScore = -Infinity;
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    const context =
      sharedEnd(text.slice(Math.max(0, at - prefix.length), at), prefix) +
      sharedStart(text.slice(at + exact.length, at + exact.length + suffix.length), suffix);
    // Context decides; distance from the hint only breaks ties (it is below one character).
    const score = context - Math.abs(at - hint) / (text.length + 1);
    if (score > bestScore) {
      bestScore = score;
      best = at;
    }
  }
  return best;
}

/** Where the quote is in `text` now, or null when its exact text is no longer there. */
export function anchorQuote(text: string, quote: TextQuote): TextRange | null {
  const at = bestMatch(text, quote.exact, quote.prefix, quote.suffix, quote.start);
  if (at !== null) return { start: at, end: at + quote.exact.length };
  // Whitespace changed (re-flowed paragraphs, markup around the text): match with it collapsed.
  const flat = collapse(text);
  const exact = squash(quote.exact).trim();
  const hint = flat.from.findIndex((i) => i >= quote.start);
  const found = bestMatch(flat.text, exact, squash(quote.prefix), squash(quote.suffix), Math.max(0, hint));
  if (found === null) return null;
  return { start: flat.from[found]!, end: flat.from[found + exact.length - 1]! + 1 };
}
