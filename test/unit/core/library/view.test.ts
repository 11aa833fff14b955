import { describe, expect, test } from 'vitest';
import { DEFAULT_VIEW, parseView, rowMatches, siteOf, viewToSearch } from '../../../../src/core/library/view';

describe('a view in the URL', () => {
  test.each([
    ['', DEFAULT_VIEW],
    ['?status=archived', { ...DEFAULT_VIEW, statuses: ['archived'] }],
    ['?status=unread,bogus,unread', { ...DEFAULT_VIEW, statuses: ['unread'] }],
    ['?status=bogus', DEFAULT_VIEW],
    ['?goal=g-1&kind=tweet&tag=sql', { ...DEFAULT_VIEW, goalId: 'g-1', kind: 'tweet', tag: 'sql' }],
    ['?kind=javascript', DEFAULT_VIEW],
    ['?site=Example.COM', { ...DEFAULT_VIEW, site: 'example.com' }],
    ['?from=100&to=200', { ...DEFAULT_VIEW, from: 100, to: 200 }],
    ['?from=-5&to=soon', DEFAULT_VIEW],
    ['?takeaway=1&sort=oldest', { ...DEFAULT_VIEW, hasTakeaway: true, sort: 'oldest' }],
    ['?sort=random', DEFAULT_VIEW],
    ['?sort=reading&q=query%20plan', { ...DEFAULT_VIEW, sort: 'reading', query: 'query plan' }],
    ['?q=query', { ...DEFAULT_VIEW, sort: 'relevance', query: 'query' }],
    ['?q=query&sort=newest', { ...DEFAULT_VIEW, sort: 'newest', query: 'query' }],
    [
      '?batch=upload-1&status=unread,done,archived',
      { ...DEFAULT_VIEW, batch: 'upload-1', statuses: ['unread', 'done', 'archived'] },
    ],
  ])('%s is read as asked, anything unknown ignored', (search, view) => {
    expect(parseView(search)).toEqual(view);
  });

  test.each([
    [DEFAULT_VIEW, ''],
    [{ ...DEFAULT_VIEW, statuses: ['done', 'unread'] as const }, ''],
    [{ ...DEFAULT_VIEW, statuses: ['archived', 'unread', 'done'] as const }, 'status=unread%2Cdone%2Carchived'],
    [{ ...DEFAULT_VIEW, goalId: 'g-1', tag: 'c++', sort: 'oldest' as const }, 'goal=g-1&tag=c%2B%2B&sort=oldest'],
    [{ ...DEFAULT_VIEW, sort: 'relevance' as const, query: 'sql' }, 'q=sql'],
    [{ ...DEFAULT_VIEW, query: 'sql' }, 'sort=newest&q=sql'],
    [{ ...DEFAULT_VIEW, batch: 'upload-1' }, 'batch=upload-1'],
  ])('a view is written back shortly, and read back the same', (view, search) => {
    const written = viewToSearch({ ...view, statuses: [...view.statuses] });
    expect(written).toBe(search);
    expect(parseView(written).statuses.sort()).toEqual([...view.statuses].sort());
  });
});

describe('filters decided on the row', () => {
  test.each([
    ['https://www.example.com/a', 'example.com'],
    ['https://blog.example.com/a', 'blog.example.com'],
    ['javascript:alert(1)', ''],
    ['not a url', ''],
  ])('the site of %s is %s', (url, site) => expect(siteOf(url)).toBe(site));

  test.each([
    [{ site: 'example.com' }, 'https://www.example.com/a', '', true],
    [{ site: 'example.com' }, 'https://blog.example.com/a', '', true],
    [{ site: 'example.com' }, 'https://notexample.com/a', '', false],
    [{ hasTakeaway: true }, 'https://a.example/', '  ', false],
    [{ hasTakeaway: true }, 'https://a.example/', 'Measure first', true],
  ])('%o on %s with takeaway %j: %s', (change, url, note, kept) => {
    expect(rowMatches({ ...DEFAULT_VIEW, ...change }, { url, note })).toBe(kept);
  });
});
