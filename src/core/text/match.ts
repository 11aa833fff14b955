/**
 * Matching words across languages for goal suggestions: case, accents and width folded; a
 * light English stemmer so "queries" meets "query"; scripts without spaces (CJK, Thai) matched
 * as substrings, since they have no word boundaries to split on.
 */

const STOP = new Set(
  'a an and are as at be become better by can do for from get getting good great how i improve improving in into is it learn learning make master me more my of on or skill skills the to up with at my our your about'.split(
    ' ',
  ),
);
const NO_SPACE_SCRIPT = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\u0e00-\u0e7f]/u;

export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

export function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ed')) return word.slice(0, -2);
  if (word.length > 4 && word.endsWith('es') && /(ss|sh|ch|x)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

export function words(text: string): string[] {
  return (fold(text).match(/[\p{L}\p{N}][\p{L}\p{N}+#.]*[\p{L}\p{N}+#]|[\p{L}\p{N}]/gu) ?? []).map(stem);
}

/** The terms a goal phrase stands for: stemmed words without filler, or the phrase itself for CJK. */
export function terms(phrase: string): string[] {
  const folded = fold(phrase).trim();
  if (!folded) return [];
  if (NO_SPACE_SCRIPT.test(folded)) return [folded.replace(/\s+/g, '')];
  return words(folded).filter((w) => !STOP.has(w));
}

/** A text prepared once for many term look-ups. */
export interface Haystack {
  counts: Map<string, number>;
  /** Space-free folded text, for CJK terms and multi-word phrases. */
  joined: string;
}

export function haystack(text: string): Haystack {
  const list = words(text);
  const counts = new Map<string, number>();
  for (const w of list) counts.set(w, (counts.get(w) ?? 0) + 1);
  return { counts, joined: ` ${list.join(' ')} ` };
}

/** How often a term (one stemmed word, a CJK string or a space-joined phrase) occurs. */
export function occurrences(term: string, hay: Haystack): number {
  if (!term.includes(' ') && !NO_SPACE_SCRIPT.test(term)) return hay.counts.get(term) ?? 0;
  const needle = NO_SPACE_SCRIPT.test(term) ? term : ` ${term} `;
  const body = NO_SPACE_SCRIPT.test(term) ? hay.joined.replace(/\s+/g, '') : hay.joined;
  let n = 0;
  for (let i = body.indexOf(needle); i !== -1; i = body.indexOf(needle, i + needle.length)) n++;
  return n;
}
