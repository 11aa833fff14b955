/**
 * Word counts and reading time. Scripts written without spaces between words (Chinese,
 * Japanese, Thai…) are counted by character, at a reading rate measured in characters.
 */

const WORDS_PER_MINUTE = 230;
const CJK_CHARS_PER_MINUTE = 500;

// Han, Hiragana, Katakana, Hangul syllables, Thai, Lao, Khmer, Myanmar.
const CJK_CHAR =
  /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]/gu;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’_-]*/gu;

export interface TextCount {
  /** Words in space-separated scripts plus characters in CJK-like scripts. */
  wordCount: number;
  readingMinutes: number;
}

export function countText(text: string): TextCount {
  const cjk = text.match(CJK_CHAR)?.length ?? 0;
  const rest = cjk ? text.replace(CJK_CHAR, ' ') : text;
  const words = rest.match(WORD)?.length ?? 0;
  const minutes = words / WORDS_PER_MINUTE + cjk / CJK_CHARS_PER_MINUTE;
  return {
    wordCount: words + cjk,
    readingMinutes: words + cjk === 0 ? 0 : Math.max(1, Math.round(minutes)),
  };
}
