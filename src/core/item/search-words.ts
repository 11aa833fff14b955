import { fold } from '../text/match';
import { eachWord } from '../text/words';
import { fieldEntry, type WordField } from './search-rank';

/** Words an item is found by (the `words` table), at most; the text is read this far at most. */
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

/**
 * The entries an item is found by: each of its words once, under the best field it is in
 * (core/item/search-rank `WORD_FIELDS`), most telling fields first so the cap only ever drops
 * words from deep in long texts. A tag is found whole too, even one letter long ("R", "C").
 * `highlights` are the texts and notes of the item's highlights.
 */
export function wordEntriesOf(item: Searchable, highlights: readonly string[] = []): string[] {
  const best = new Map<string, WordField>();
  const add = (field: WordField, s: string | null | undefined) => {
    for (const w of tokenize(s ?? '')) {
      if (best.size >= MAX_WORDS) return;
      if (!best.has(w)) best.set(w, field);
    }
  };
  add('title', item.title);
  for (const tag of item.tags) {
    const whole = fold(tag.trim());
    if (whole && best.size < MAX_WORDS && !best.has(whole)) best.set(whole, 'tags');
  }
  add('tags', item.tags.join(' '));
  add('note', item.note);
  for (const h of highlights) add('highlights', h);
  add('excerpt', item.excerpt);
  add('text', item.text.slice(0, TEXT_SAMPLE));
  return [...best].map(([w, field]) => fieldEntry(field, w));
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
