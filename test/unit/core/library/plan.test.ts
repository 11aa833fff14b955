import { describe, expect, test } from 'vitest';
import { keepInAll, planView, selectAfterClick } from '../../../../src/core/library/plan';
import { DEFAULT_VIEW } from '../../../../src/core/library/view';
import { pastViews } from '../../../../src/core/library/lists';

const DAY = 86_400_000;

describe('a view as index lookups', () => {
  test.each([
    [
      'the default view hides the archive: its keys, fewer, are read to leave out',
      DEFAULT_VIEW,
      [{ index: 'status', values: ['archived'], except: true }],
    ],
    [
      'two statuses of three, sorted by reading time: the one left out is read to leave out',
      { ...DEFAULT_VIEW, statuses: ['unread', 'archived'], sort: 'reading' },
      [{ index: 'status', values: ['done'], except: true }],
    ],
    [
      'one status of three by reading time: its keys are read',
      { ...DEFAULT_VIEW, statuses: ['unread'], sort: 'reading' },
      [{ index: 'status', values: ['unread'] }],
    ],
    [
      'one status in date order: no lookup, the compound index orders it',
      { ...DEFAULT_VIEW, statuses: ['unread'] },
      [],
    ],
    ['every status: no status lookup', { ...DEFAULT_VIEW, statuses: ['unread', 'done', 'archived'] }, []],
    [
      'unread, or done with a takeaway (From your past): the archive left out, the takeaway decided on the row',
      { ...DEFAULT_VIEW, unreadOrTakeaway: true, from: 10, to: 20 },
      [{ index: 'status', values: ['archived'], except: true }],
    ],
    [
      'goal, kind and tag each an index',
      { ...DEFAULT_VIEW, statuses: ['archived', 'done'], goalId: 'g', kind: 'video', tag: 'sql' },
      [
        { index: 'status', values: ['unread'], except: true },
        { index: 'goalIds', values: ['g'] },
        { index: 'kind', values: ['video'] },
        { index: 'tags', values: ['sql'] },
      ],
    ],
  ] as const)('%s', (_, view, lookups) => {
    expect(planView({ ...view, statuses: [...view.statuses] }).lookups).toEqual(lookups);
  });

  test.each([
    ['one goal', { goalId: 'g', anyActiveGoal: false }, ['g']],
    ['any active goal: the ones active now', { anyActiveGoal: true }, ['a1', 'a2']],
    ['one goal named wins over any active goal', { goalId: 'g', anyActiveGoal: true }, ['g']],
  ] as const)('goals: %s', (_, change, values) => {
    expect(planView({ ...DEFAULT_VIEW, ...change }, ['a1', 'a2']).lookups).toContainEqual({ index: 'goalIds', values });
  });

  test('any active goal with none active finds nothing: an empty lookup, not no filter', () => {
    expect(planView({ ...DEFAULT_VIEW, anyActiveGoal: true }, []).lookups).toContainEqual({
      index: 'goalIds',
      values: [],
    });
  });

  test('one status in date order reads its range of [status+savedAt], dates bounding it', () => {
    expect(planView({ ...DEFAULT_VIEW, statuses: ['unread'], from: 10, to: 20 })).toMatchObject({
      order: '[status+savedAt]',
      from: ['unread', 10],
      to: ['unread', 20],
      reverse: true,
    });
    expect(planView({ ...DEFAULT_VIEW, statuses: ['done'], sort: 'oldest' })).toMatchObject({
      from: ['done', 0],
      to: ['done', Number.MAX_SAFE_INTEGER],
      reverse: false,
    });
  });

  test('From your past reads its window of saving times, newest first', () => {
    const [past] = pastViews(100 * DAY);
    expect(planView(past!)).toMatchObject({ order: 'savedAt', from: 65 * DAY, to: 79 * DAY, reverse: true });
  });

  test('a query is scored apart: no lookup, ranked when the sort is relevance, newest first among equals', () => {
    expect(planView({ ...DEFAULT_VIEW, query: 'Query plann', sort: 'relevance' })).toMatchObject({
      lookups: [{ index: 'status', values: ['archived'], except: true }],
      rank: true,
      reverse: true,
    });
    expect(planView({ ...DEFAULT_VIEW, query: 'Query plann', sort: 'oldest' })).toMatchObject({ rank: false });
    expect(planView({ ...DEFAULT_VIEW, query: null, sort: 'relevance' })).toMatchObject({ rank: false, reverse: true });
  });

  test('dates bound the savedAt range; newest first reads it backwards', () => {
    expect(planView({ ...DEFAULT_VIEW, from: 10, to: 20 })).toMatchObject({ from: 10, to: 20, reverse: true });
    expect(planView({ ...DEFAULT_VIEW, sort: 'oldest' })).toMatchObject({ from: 0, reverse: false });
  });

  test('by reading time, the order is readingMinutes and dates become a lookup', () => {
    expect(planView({ ...DEFAULT_VIEW, sort: 'reading' })).toMatchObject({ order: 'readingMinutes', reverse: false });
    expect(planView({ ...DEFAULT_VIEW, sort: 'reading', from: 10, to: null }).lookups).toContainEqual({
      index: 'savedAt',
      from: 10,
      to: Number.MAX_SAFE_INTEGER,
    });
  });
});

describe('keepInAll', () => {
  test.each([
    [['a', 'b', 'c'], [], ['a', 'b', 'c']],
    [['c', 'b', 'a'], [new Set(['a', 'c', 'z'])], ['c', 'a']],
    [['c', 'b', 'a'], [new Set(['a', 'b', 'c']), new Set(['b'])], ['b']],
    [['a'], [new Set<string>()], []],
  ])('%j kept in %j: %j, in the first order', (ordered, sets, kept) => {
    expect(keepInAll(ordered, sets)).toEqual(kept);
  });

  test('ids in a set to leave out are left out', () => {
    expect(keepInAll(['c', 'b', 'a'], [], [new Set(['b'])])).toEqual(['c', 'a']);
    expect(keepInAll(['c', 'b', 'a'], [new Set(['a', 'b'])], [new Set(['a'])])).toEqual(['b']);
  });
});

describe('selection by click and shift-click', () => {
  const ids = ['a', 'b', 'c', 'd', 'e'];
  test.each([
    ['a click selects one', [], 'c', null, false, ['c']],
    ['a click on a selected row unselects it', ['c'], 'c', 'c', false, []],
    ['shift-click selects the run from the anchor', ['b'], 'd', 'b', true, ['b', 'c', 'd']],
    ['backwards too', [], 'a', 'c', true, ['a', 'b', 'c']],
    ['shift-click with no anchor is a click', [], 'b', null, true, ['b']],
    ['an anchor filtered away is no anchor', [], 'b', 'zz', true, ['b']],
  ])('%s', (_, selected, clicked, anchor, shift, after) => {
    expect([...selectAfterClick(new Set(selected), ids, clicked, anchor, shift)].sort()).toEqual(after);
  });
});
