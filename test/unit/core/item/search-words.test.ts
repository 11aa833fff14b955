import { describe, expect, test } from 'vitest';
import { queryWords, tokenize, wordEntriesOf } from '../../../../src/core/item/search-words';

describe('tokenize', () => {
  test.each([
    ['Case and ACCENTS: Café Crème', ['case', 'and', 'accents', 'cafe', 'creme']],
    ["don't split apostrophes", ['dont', 'split', 'apostrophes']],
    ['one-letter words are dropped: a b c', ['one-letter', 'words', 'are', 'dropped']],
    ['学习数据', ['学习', '习数', '数据']],
    ['SQL 学', ['学', 'sql']],
    ['<script>alert(1)</script>', ['script', 'alert', 'script']],
  ])('%s', (text, words) => {
    expect(tokenize(text)).toEqual(words);
  });
});

describe('wordEntriesOf', () => {
  const base = { title: 'Query planner', excerpt: null, note: '', tags: [] as string[], text: '' };
  test('each word once, under the best field it is in: title, tags (whole too), takeaway, highlights, excerpt, text', () => {
    const words = wordEntriesOf(
      {
        ...base,
        tags: ['R', 'Data Eng'],
        note: 'Measure first',
        excerpt: 'About plans and query',
        text: 'planner planner bitmap marked',
      },
      ['Marked passage', 'its note'],
    );
    expect(words).toEqual([
      '0query',
      '0planner',
      '1r',
      '1data eng',
      '1data',
      '1eng',
      '2measure',
      '2first',
      '3marked',
      '3passage',
      '3its',
      '3note',
      '4about',
      '4plans',
      '4and',
      '5bitmap',
    ]);
  });
  test('a huge text is capped, keeping the title first', () => {
    const text = Array.from({ length: 10_000 }, (_, i) => `w${i}`).join(' ');
    const words = wordEntriesOf({ ...base, text });
    expect(words.length).toBe(2000);
    expect(words.slice(0, 2)).toEqual(['0query', '0planner']);
  });
});

describe('queryWords', () => {
  test.each([
    ['', { words: [], prefix: null }],
    ['plan', { words: [], prefix: 'plan' }],
    ['query plan', { words: ['query'], prefix: 'plan' }],
    ['query planner ', { words: ['query', 'planner'], prefix: null }],
    ['ai', { words: ['ai'], prefix: null }],
    ['the planner', { words: [], prefix: 'planner' }],
    ['planner the', { words: ['planner'], prefix: null }],
    ['the', { words: [], prefix: 'the' }],
    ['Café', { words: [], prefix: 'cafe' }],
  ])('%j', (query, expected) => {
    expect(queryWords(query)).toEqual(expected);
  });
});
