import { describe, expect, test } from 'vitest';
import { queryWords, searchWordsOf, tokenize } from '../../../../src/core/item/search-words';

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

describe('searchWordsOf', () => {
  const base = { title: 'Query planner', excerpt: null, note: '', tags: [] as string[], text: '' };
  test('covers title, tags (whole, even one letter), takeaway, excerpt and text, once each', () => {
    const words = searchWordsOf({
      ...base,
      tags: ['R', 'Data Eng'],
      note: 'Measure first',
      excerpt: 'About plans',
      text: 'planner planner bitmap',
    });
    expect(words).toEqual([
      'query',
      'planner',
      'r',
      'data eng',
      'data',
      'eng',
      'measure',
      'first',
      'about',
      'plans',
      'bitmap',
    ]);
  });
  test('a huge text is capped, keeping the title first', () => {
    const text = Array.from({ length: 10_000 }, (_, i) => `w${i}`).join(' ');
    const words = searchWordsOf({ ...base, text });
    expect(words.length).toBe(2000);
    expect(words.slice(0, 2)).toEqual(['query', 'planner']);
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
