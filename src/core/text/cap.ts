/**
 * The text cap: how much page text an item keeps, for search and reading. Longer text is cut
 * and the item says by how much (`textCutChars`), so the person knows it was shortened.
 */
export const TEXT_CAP = 200_000;

/**
 * What an extractor sends and the worker accepts: a little over the cap, so the worker can
 * see that the page went on past it (and by how much, up to this margin) when it cuts.
 */
export const CAPTURE_TEXT_CAP = TEXT_CAP + 1_000;

/** The text as stored, and how many characters the cap cut off. */
export function capText(text: string): { text: string; cutChars: number } {
  return text.length > TEXT_CAP
    ? { text: text.slice(0, TEXT_CAP), cutChars: text.length - TEXT_CAP }
    : { text, cutChars: 0 };
}

/**
 * The readable HTML keeps the same text as `text` (cut at TEXT_CAP characters of text); its
 * markup may add this much again on top. Past that it is not kept, and the reader shows `text`.
 */
export const HTML_CAP = 4 * TEXT_CAP;
