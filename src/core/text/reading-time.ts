/**
 * Word counts and reading time. Scripts written without spaces between words (Chinese,
 * Japanese, Thai…) are counted by character, at a reading rate measured in characters.
 */
import { eachWord } from './words';

const WORDS_PER_MINUTE = 230;
const CJK_CHARS_PER_MINUTE = 500;

export interface TextCount {
  /** Words in space-separated scripts plus characters in CJK-like scripts. */
  wordCount: number;
  readingMinutes: number;
}

export function countText(text: string): TextCount {
  let cjk = 0;
  let spaced = 0;
  eachWord(text, (word, run) => {
    if (run) cjk += [...word].length;
    else spaced++;
  });
  const minutes = spaced / WORDS_PER_MINUTE + cjk / CJK_CHARS_PER_MINUTE;
  return {
    wordCount: spaced + cjk,
    readingMinutes: spaced + cjk === 0 ? 0 : Math.max(1, Math.round(minutes)),
  };
}
