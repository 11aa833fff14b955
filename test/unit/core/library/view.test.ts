import { describe, expect, test } from 'vitest';
import { pastViews, upNextView, LATEST_VIEW } from '../../../../src/core/library/lists';
import type { Item } from '../../../../src/core/item/model';
import {
  DEFAULT_VIEW,
  parseView,
  rowMatches,
  siteOf,
  viewMatches,
  viewToSearch,
} from '../../../../src/core/library/view';

describe('a view in the URL', () => {
  test.each([
    ['', DEFAULT_VIEW],
    ['?status=archived', { ...DEFAULT_VIEW, statuses: ['archived'] }],
    ['?status=unread,bogus,unread', { ...DEFAULT_VIEW, statuses: ['unread'] }],
    ['?status=bogus', DEFAULT_VIEW],
    ['?goal=g-1&kind=tweet&tag=sql', { ...DEFAULT_VIEW, goalId: 'g-1', kind: 'tweet', tag: 'sql' }],
    ['?kind=javascript', DEFAULT_VIEW],
    ['?goal=active&status=unread', { ...DEFAULT_VIEW, anyActiveGoal: true, statuses: ['unread'] }],
    ['?site=Example.COM', { ...DEFAULT_VIEW, site: 'example.com' }],
    ['?from=100&to=200', { ...DEFAULT_VIEW, from: 100, to: 200 }],
    ['?from=-5&to=soon', DEFAULT_VIEW],
    ['?takeaway=1&sort=oldest', { ...DEFAULT_VIEW, hasTakeaway: true, sort: 'oldest' }],
    ['?past=1&from=100', { ...DEFAULT_VIEW, unreadOrTakeaway: true, from: 100 }],
    ['?past=yes', DEFAULT_VIEW],
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
    [{ ...DEFAULT_VIEW, anyActiveGoal: true, statuses: ['unread'] as const }, 'status=unread&goal=active'],
    [{ ...DEFAULT_VIEW, anyActiveGoal: true, goalId: 'g-1' }, 'goal=g-1'],
    [{ ...DEFAULT_VIEW, unreadOrTakeaway: true, from: 5, to: 9 }, 'from=5&to=9&past=1'],
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
    [{ site: 'example.com' }, 'https://www.example.com/a', '', 'unread', true],
    [{ site: 'example.com' }, 'https://blog.example.com/a', '', 'unread', true],
    [{ site: 'example.com' }, 'https://notexample.com/a', '', 'unread', false],
    [{ hasTakeaway: true }, 'https://a.example/', '  ', 'done', false],
    [{ hasTakeaway: true }, 'https://a.example/', 'Measure first', 'done', true],
    [{ hasTakeaway: true }, 'https://a.example/', '', 'unread', false],
    [{ unreadOrTakeaway: true }, 'https://a.example/', '', 'unread', true],
    [{ unreadOrTakeaway: true }, 'https://a.example/', 'Measure first', 'done', true],
    [{ unreadOrTakeaway: true }, 'https://a.example/', ' ', 'done', false],
    [{ unreadOrTakeaway: true }, 'https://a.example/', '', 'archived', false],
    [{ unreadOrTakeaway: true, hasTakeaway: true }, 'https://a.example/', '', 'unread', false],
  ] as const)('%o on %s with takeaway %j, %s: %s', (change, url, note, status, kept) => {
    expect(rowMatches({ ...DEFAULT_VIEW, ...change }, { url, note, status })).toBe(kept);
  });
});

describe("the popup's lists as library views", () => {
  const row = (over: Partial<Item>) =>
    ({
      status: 'unread',
      goalIds: [],
      kind: 'article',
      tags: [],
      savedAt: 1,
      url: 'https://a.example/',
      note: '',
      importBatch: null,
      ...over,
    }) as Item;

  test.each([
    ['unread, tied to an active goal', row({ goalIds: ['a'] }), true],
    ['unread, tied to an active goal among others', row({ goalIds: ['old', 'a'] }), true],
    ['unread, tied only to a goal no longer active', row({ goalIds: ['old'] }), false],
    ['unread, tied to none', row({}), false],
    ['done, tied to an active goal', row({ goalIds: ['a'], status: 'done' }), false],
    ['archived, tied to an active goal', row({ goalIds: ['a'], status: 'archived' }), false],
  ])('up next with active goals: %s → %s', (_, item, kept) => {
    expect(viewMatches(upNextView(1), item, ['a'])).toBe(kept);
  });

  test('up next while no goal is active: every unread item, newest first', () => {
    expect(upNextView(0)).toEqual({ ...DEFAULT_VIEW, statuses: ['unread'] });
    expect(viewMatches(upNextView(0), row({}), [])).toBe(true);
    expect(viewMatches(upNextView(0), row({ status: 'done' }), [])).toBe(false);
  });

  test('the views travel in the URL unchanged', () => {
    expect(viewToSearch(upNextView(2))).toBe('status=unread&goal=active');
    expect(parseView(`?${viewToSearch(upNextView(2))}`)).toEqual(upNextView(2));
    expect(viewToSearch(LATEST_VIEW)).toBe('');
    expect(viewMatches(LATEST_VIEW, row({ status: 'archived' }))).toBe(false);
    expect(viewMatches(LATEST_VIEW, row({ status: 'done' }))).toBe(true);
    const [past] = pastViews(70 * DAY);
    expect(parseView(`?${viewToSearch(past!)}`)).toEqual(past);
  });

  const DAY = 86_400_000;
  const NOW = 200 * DAY;
  test.each([
    ['unread, four weeks old', row({ savedAt: NOW - 28 * DAY }), [true, true]],
    [
      'done with a takeaway, four weeks old',
      row({ savedAt: NOW - 28 * DAY, status: 'done', note: 'Key' }),
      [true, true],
    ],
    ['done without a takeaway, four weeks old', row({ savedAt: NOW - 28 * DAY, status: 'done' }), [false, false]],
    [
      'archived with a takeaway, four weeks old',
      row({ savedAt: NOW - 28 * DAY, status: 'archived', note: 'Key' }),
      [false, false],
    ],
    ['unread, six weeks old', row({ savedAt: NOW - 42 * DAY }), [false, true]],
    ['unread, sixteen days old', row({ savedAt: NOW - 16 * DAY }), [false, true]],
    ['unread, a week old', row({ savedAt: NOW - 7 * DAY }), [false, false]],
    ['unread, five months old', row({ savedAt: NOW - 150 * DAY }), [false, false]],
  ])('from your past, three to five weeks then four months: %s → %j', (_, item, kept) => {
    expect(pastViews(NOW).map((view) => viewMatches(view, item))).toEqual(kept);
  });
});
