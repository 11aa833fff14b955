import { describe, expect, test } from 'vitest';
import { anchorQuote, quoteAt, type TextQuote } from '../../../../src/core/highlight/anchor';

const TEXT =
  'Spaced repetition works. Review what you saved each week. ' +
  'Reading once is exposure. Recalling it a week later is learning. ' +
  'Review what you saved each week, and write one takeaway.';

const quoteOf = (text: string, exact: string, nth = 0): TextQuote => {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(exact, at + 1);
  return quoteAt(text, at, at + exact.length);
};
const textAt = (text: string, quote: TextQuote) => {
  const range = anchorQuote(text, quote);
  return range && { exact: text.slice(range.start, range.end), start: range.start };
};

describe('re-anchoring a highlight', () => {
  const recall = quoteOf(TEXT, 'Recalling it a week later');
  const second = quoteOf(TEXT, 'Review what you saved each week', 1);

  test.each([
    ['exact, in place', TEXT, recall, 'Recalling it a week later', TEXT.indexOf('Recalling')],
    [
      'a repeated passage: the one whose context matches',
      TEXT,
      second,
      'Review what you saved each week',
      TEXT.lastIndexOf('Review what'),
    ],
    [
      'moved: text added before it',
      `A new opening paragraph.\n\n${TEXT}`,
      recall,
      'Recalling it a week later',
      TEXT.indexOf('Recalling') + 26,
    ],
    [
      'moved: paragraphs reordered',
      'Reading once is exposure. Recalling it a week later is learning. Spaced repetition works.',
      recall,
      'Recalling it a week later',
      26,
    ],
    [
      'whitespace changed (re-flowed, spread over lines)',
      TEXT.replace('Recalling it a week later', 'Recalling  it\n a\tweek later'),
      recall,
      'Recalling  it\n a\tweek later',
      TEXT.indexOf('Recalling'),
    ],
  ])('%s', (_name, text, quote, exact, start) => {
    expect(textAt(text, quote)).toEqual({ exact, start });
  });

  test.each([
    ['the passage was removed', TEXT.replace('Recalling it a week later is learning. ', '')],
    ['the passage was reworded', TEXT.replace('Recalling it a week later', 'Remembering it a week on')],
    ['an empty page', ''],
  ])('missing: %s', (_name, text) => {
    expect(anchorQuote(text, recall)).toBeNull();
  });

  test('a quote made with whitespace in it finds the text with other whitespace', () => {
    const quote = quoteAt('one  two\nthree', 0, 14);
    expect(textAt('one two three', quote)).toEqual({ exact: 'one two three', start: 0 });
  });

  test('the quote keeps up to 32 characters of context each side', () => {
    const q = quoteOf(TEXT, 'Reading once is exposure.');
    expect(q.prefix).toBe(TEXT.slice(TEXT.indexOf('Reading once') - 32, TEXT.indexOf('Reading once')));
    expect(q.suffix).toHaveLength(32);
    expect(quoteAt('abc', 0, 1)).toEqual({ exact: 'a', prefix: '', suffix: 'bc', start: 0 });
  });
});
