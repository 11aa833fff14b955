// The Twitter card's label/data pairs (LinkedIn articles, Yoast SEO) and the date a page shows
// as text in its header: tables of what is read, and of what must not be.
import { describe, expect, test } from 'vitest';
import { visibleDate } from '../../../../src/core/capture/dates';
import { labelledValues } from '../../../../src/core/capture/label-pairs';

const pairs = (...list: [string, string][]) =>
  Object.fromEntries(
    list.flatMap(([label, data], i) => [
      [`twitter:label${i + 1}`, [label]],
      [`twitter:data${i + 1}`, [data]],
    ]),
  );

describe('labelledValues', () => {
  test.each<[string, Record<string, string[]>, { author: string | null }]>([
    ['LinkedIn: Written by', pairs(['Written by', 'Ada Lovelace']), { author: 'Ada Lovelace' }],
    [
      'Yoast: author then reading time',
      pairs(['Written by', 'Grace Hopper'], ['Est. reading time', '7 minutes']),
      { author: 'Grace Hopper' },
    ],
    [
      'Yoast: reading time first (read by label, not number)',
      pairs(['Est. reading time', '1 minute'], ['Written by', 'Grace Hopper']),
      { author: 'Grace Hopper' },
    ],
    ['a label with a colon', pairs(['Author:', 'Linus']), { author: 'Linus' }],
    ['a price is no author', pairs(['Price', '$20']), { author: null }],
    ['a reading time is never the author', pairs(['Est. reading time', '7 minutes']), { author: null }],
    ['a label without data', { 'twitter:label1': ['Written by'] }, { author: null }],
    ['no pairs', {}, { author: null }],
  ])('%s', (_, meta, want) => {
    expect(labelledValues(meta)).toEqual(want);
  });
});

describe('visibleDate', () => {
  test.each<[string[], string | null]>([
    [['Dec 19, 2016'], '2016-12-19'],
    [['Published', 'Published Dec 19, 2016'], '2016-12-19'],
    [['December 19 2016'], '2016-12-19'],
    [['Posted on 3 March 2021'], '2021-03-03'],
    [['Sept. 3, 2020'], '2020-09-03'],
    [['21st June 2019'], '2019-06-21'],
    [['2018-07-04'], '2018-07-04'],
    [['Ada Lovelace', 'Engineering manager', 'Dec 19, 2016', 'Jan 3, 2025'], '2016-12-19'],
    // Not dates, or not days.
    [['Feb 30, 2016'], null],
    [['2d ago'], null],
    [['Marketing 12, 2019'], null],
    [['May 2020'], null],
    [['05/06/2016'], null],
    // A long line is prose mentioning a date, not the page's date.
    [['On March 2, 2016 we decided to try something else, and the rest of this article is what happened.'], null],
    [[], null],
  ])('%j → %s', (texts, want) => {
    expect(visibleDate(texts)).toBe(want);
  });
});
