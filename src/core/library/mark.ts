import { queryWords } from '../item/search-words';
import { fold } from '../text/match';

export interface Run {
  text: string;
  hit: boolean;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’]*/gu;

/**
 * A text cut into runs, `hit` on each word the query found (search's rules: case and accents
 * folded, the last word as typed a prefix), so the page can mark them. Words of scripts written
 * without spaces, which search matches by pairs of characters, are left unmarked.
 */
export function markWords(text: string, query: string | null): Run[] {
  const { words, prefix } = queryWords(query ?? '');
  if (!words.length && !prefix) return [{ text, hit: false }];
  const runs: Run[] = [];
  let last = 0;
  for (const match of text.matchAll(WORD)) {
    const word = fold(match[0]).replace(/['’]/g, '');
    if (!words.includes(word) && !(prefix !== null && word.startsWith(prefix))) continue;
    if (match.index > last) runs.push({ text: text.slice(last, match.index), hit: false });
    runs.push({ text: match[0], hit: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), hit: false });
  return runs;
}
