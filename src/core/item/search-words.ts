import { fold } from '../text/match';
import { eachWord } from '../text/words';
import { RANKED_FIELDS } from './search-rank';

/** Words an item is found by: the multiEntry `searchWords` index, kept up to date on every write. */
const MAX_WORDS = 2_000;
const TEXT_SAMPLE = 50_000;

/**
 * Folded words (case and accents ignored) of the fields search covers. Scripts written without
 * spaces are indexed as overlapping pairs of characters, so any two-character query finds them.
 * The split must stay the one stored indexes were made with (see `searchIndex` in text/words).
 */
export function tokenize(text: string): string[] {
  const pairs: string[] = [];
  const out: string[] = [];
  eachWord(
    fold(text),
    (w, run) => {
      if (run) {
        const chars = [...w];
        if (chars.length === 1) pairs.push(w);
        for (let i = 0; i + 1 < chars.length; i++) pairs.push(chars[i]! + chars[i + 1]!);
        return;
      }
      const word = w.replace(/['’]/g, '');
      if (word.length >= 2 && word.length <= 40) out.push(word);
    },
    { set: 'searchIndex' },
  );
  return pairs.concat(out);
}

export interface Searchable {
  title: string | null;
  excerpt: string | null;
  note: string;
  tags: string[];
  text: string;
}

export function searchWordsOf(item: Searchable): string[] {
  const words = new Set<string>();
  const add = (s: string | null | undefined) => {
    for (const w of tokenize(s ?? '')) {
      if (words.size >= MAX_WORDS) return;
      words.add(w);
    }
  };
  // Most telling fields first, so the cap only ever drops words from deep in long texts.
  add(item.title);
  // A tag is found whole too, even one letter long ("R", "C").
  for (const tag of item.tags) if (words.size < MAX_WORDS && tag.trim()) words.add(fold(tag.trim()));
  add(item.tags.join(' '));
  add(item.note);
  add(item.excerpt);
  add(item.text.slice(0, TEXT_SAMPLE));
  return [...words];
}

/** Whether two versions of an item have the same words to be found by, so its index can stay. */
export function sameSearchable(a: Searchable, b: Searchable): boolean {
  return (
    a.title === b.title &&
    a.excerpt === b.excerpt &&
    a.note === b.note &&
    a.text === b.text &&
    a.tags.length === b.tags.length &&
    a.tags.every((tag, i) => tag === b.tags[i])
  );
}

/**
 * The words of the short, telling fields, each under its field's key (`t:planner`), for the
 * multiEntry `fieldWords` index that search ranks by (core/item/search-rank). The text is not
 * here: `searchWords` holds it.
 */
export function fieldWordsOf(item: Omit<Searchable, 'text'>): string[] {
  const words = new Set<string>();
  const add = (field: keyof typeof RANKED_FIELDS, s: string | null) => {
    for (const w of tokenize(s ?? '')) words.add(RANKED_FIELDS[field] + w);
  };
  add('title', item.title);
  for (const tag of item.tags) if (tag.trim()) words.add(RANKED_FIELDS.tags + fold(tag.trim()));
  add('tags', item.tags.join(' '));
  add('note', item.note);
  add('excerpt', item.excerpt);
  return [...words];
}

// Words in nearly every text: matching them narrows nothing and reads the whole index.
const STOP = new Set(
  'the of and to in a an is are was be by for on at or as it its this that with from not but de la le les des et du en un une der die das und den ein eine el los las y del'.split(
    ' ',
  ),
);
/** A last word shorter than this is matched whole: a one- or two-letter prefix matches too much. */
const MIN_PREFIX = 3;

/** A query as index look-ups: every word must match, the last one as a prefix (typing). */
export function queryWords(query: string): { words: string[]; prefix: string | null } {
  const all = tokenize(query);
  const meaningful = all.filter((w) => !STOP.has(w));
  const words = meaningful.length ? meaningful : all;
  if (words.length === 0) return { words: [], prefix: null };
  const last = words.at(-1)!;
  const typing = !/[\s,.;:!?]$/.test(query) && all.at(-1) === last;
  return typing && [...last].length >= MIN_PREFIX
    ? { words: words.slice(0, -1), prefix: last }
    : { words, prefix: null };
}
