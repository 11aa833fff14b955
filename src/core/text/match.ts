/**
 * Matching words across languages for goal suggestions: case, accents and width folded; a
 * light English stemmer so "queries" meets "query"; scripts without spaces (CJK, Thai) matched
 * as substrings, since they have no word boundaries to split on.
 */
import { compoundParts, eachWord, hasNoSpaceScript } from './words';

/** A word that needs more than stemming: a compound, or a dot at its end. */
const TECHNICAL_EDGE = /[_'’-]|\.$/;

const STOP = new Set(
  'a an and are as at be become better by can do for from get getting good great how i improve improving in into is it learn learning make master me more my of on or skill skills the to up with at my our your about'.split(
    ' ',
  ),
);

export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ed')) return word.slice(0, -2);
  if (word.length > 4 && word.endsWith('es') && /(ss|sh|ch|x)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/**
 * Folded, stemmed words for matching: technical names kept whole (c++, c#, node.js), compounds
 * split so "e-mail" meets "mail", a sentence's final dot dropped; a no-space run stays whole.
 */
export function matchWords(text: string): string[] {
  const out: string[] = [];
  eachWord(
    fold(text),
    (word, run) => {
      if (run || !TECHNICAL_EDGE.test(word)) out.push(run ? word : stem(word));
      else
        for (const part of compoundParts(word)) {
          const name = part.replace(/^[+#.]+/, '').replace(/\.+$/, '');
          if (name) out.push(stem(name));
        }
    },
    { technical: true },
  );
  return out;
}

/** The terms a goal phrase stands for: stemmed words without filler, or the phrase itself for CJK. */
export function terms(phrase: string): string[] {
  const folded = fold(phrase).trim();
  if (!folded) return [];
  if (hasNoSpaceScript(folded)) return [folded.replace(/\s+/g, '')];
  return matchWords(folded).filter((w) => !STOP.has(w));
}

/** A text prepared once for many term look-ups. */
export interface Haystack {
  counts: Map<string, number>;
  /** Space-free folded text, for CJK terms and multi-word phrases. */
  joined: string;
  /** `joined` without spaces, made on the first CJK look-up and kept for the next ones. */
  solid?: string;
}

export function haystack(text: string): Haystack {
  const list = matchWords(text);
  const counts = new Map<string, number>();
  for (const w of list) counts.set(w, (counts.get(w) ?? 0) + 1);
  return { counts, joined: ` ${list.join(' ')} ` };
}

/** How often a term (one stemmed word, a CJK string or a space-joined phrase) occurs. */
export function occurrences(term: string, hay: Haystack): number {
  const noSpace = hasNoSpaceScript(term);
  if (!term.includes(' ') && !noSpace) return hay.counts.get(term) ?? 0;
  const needle = noSpace ? term : ` ${term} `;
  const body = noSpace ? (hay.solid ??= hay.joined.replace(/\s+/g, '')) : hay.joined;
  let n = 0;
  for (let i = body.indexOf(needle); i !== -1; i = body.indexOf(needle, i + needle.length)) n++;
  return n;
}
