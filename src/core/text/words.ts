/**
 * What a word is, for everything that splits text into words: goal matching, search, reading
 * time, title similarity. Callers may post-process the words (stem them, drop apostrophes,
 * split compounds) but never split text by a rule of their own.
 */

/**
 * Scripts written without spaces between words: a word there cannot be found by splitting, so
 * a run of their characters is kept whole and each caller decides (count characters, match
 * substrings, index pairs of characters).
 */
const NO_SPACE_RANGES = {
  kana: '\\u3040-\\u30ff',
  han: '\\u3400-\\u4dbf\\u4e00-\\u9fff',
  hanCompatibility: '\\uf900-\\ufaff',
  hangul: '\\uac00-\\ud7af',
  thai: '\\u0e00-\\u0e7f',
  lao: '\\u0e80-\\u0eff',
  myanmar: '\\u1000-\\u109f',
  khmer: '\\u1780-\\u17ff',
};

/**
 * Which of them a caller treats as no-space. `all` unless a stored format says otherwise:
 * `searchIndex` is what the stored `words` table has as pairs of characters. Lao, Myanmar,
 * Khmer and the compatibility ideographs were indexed as words before this list was one, and a
 * query must be split as its index was, or items saved before would no longer be found.
 */
const NO_SPACE_SETS = {
  all: Object.values(NO_SPACE_RANGES).join(''),
  searchIndex: [NO_SPACE_RANGES.kana, NO_SPACE_RANGES.han, NO_SPACE_RANGES.hangul, NO_SPACE_RANGES.thai].join(''),
};
type NoSpaceSet = keyof typeof NO_SPACE_SETS;

const NO_SPACE_CHAR = new RegExp(`[${NO_SPACE_SETS.all}]`, 'u');

/** Whether the text has any character of a script written without spaces. */
export function hasNoSpaceScript(text: string): boolean {
  return NO_SPACE_CHAR.test(text);
}

/** Inside a word: apostrophes (don't), hyphens (e-mail), underscores (snake_case). */
const JOINERS = "_'’\\-";
/** Also inside a technical name, when asked: c++, c#, node.js. */
const TECHNICAL = '+#.';

interface WordOptions {
  /** Keep `+`, `#` and `.` inside words, for technical names. */
  technical?: boolean;
  set?: NoSpaceSet;
}

const splitters = new Map<string, { runs: RegExp; word: RegExp }>();

function splitter(technical: boolean, set: NoSpaceSet) {
  const key = `${technical}:${set}`;
  let found = splitters.get(key);
  if (!found) {
    found = {
      runs: new RegExp(`([${NO_SPACE_SETS[set]}]+)`, 'u'),
      word: new RegExp(`[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}${JOINERS}${technical ? TECHNICAL : ''}]*`, 'gu'),
    };
    splitters.set(key, found);
  }
  return found;
}

/**
 * Visits the words of a text, in order. A word starts with a letter or digit and goes on
 * through letters, digits, combining marks and the joiners; a run of a no-space script is one
 * word (`run` is true), split off from spaced letters next to it.
 */
export function eachWord(
  text: string,
  visit: (word: string, run: boolean) => void,
  { technical = false, set = 'all' }: WordOptions = {},
): void {
  const { runs, word } = splitter(technical, set);
  // With a capturing group, split puts the runs at odd indexes.
  const parts = text.split(runs);
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (i % 2) visit(part, true);
    else for (const w of part.match(word) ?? []) visit(w, false);
  }
}

/** The words of a text, in order (see `eachWord`). */
export function words(text: string, options: WordOptions = {}): string[] {
  const out: string[] = [];
  eachWord(text, (w) => out.push(w), options);
  return out;
}

const JOINED = /[_'’-]/;

/** The parts of a compound word (`e-mail` → `e`, `mail`; `don't` → `don`, `t`). */
export function compoundParts(word: string): string[] {
  return JOINED.test(word) ? word.split(/[_'’-]+/).filter(Boolean) : [word];
}
