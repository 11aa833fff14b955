// Runs in a zone with daylight-saving changes, so DST weeks are exercised (see vitest.config.ts).
import { describe, expect, test } from 'vitest';
import { goalHistory, goalProgress, orderGoalItems, progressRow } from '../../../../src/core/goal/progress';
import type { Item } from '../../../../src/core/item/model';
import { format } from 'date-fns/format';
import { dayKey, localeWeekStart, weekOf, weekStart } from '../../../../src/core/week/model';
import { WEEK_CASES } from './cases';
import { goal } from '../../goal-fixtures';

const local = (s: string) => new Date(s).getTime();

describe('dayKey', () => {
  test.each([
    ['midnight starts its day', '2026-11-23T00:00', '2026-11-23'],
    ['a minute before midnight is still that day', '2026-11-29T23:59', '2026-11-29'],
    ['the night clocks go forward', '2026-03-29T03:30', '2026-03-29'],
    ['the night clocks go back', '2026-10-25T01:30', '2026-10-25'],
    ['the last day of a year', '2026-12-31T23:00', '2026-12-31'],
    ['a year written with fewer than four digits', '0999-01-05T12:00', '0999-01-05'],
  ])('%s: the local day, as date-fns writes it', (_, at, key) => {
    expect(dayKey(local(at))).toBe(key);
    expect(dayKey(new Date(local(at)))).toBe(format(local(at), 'yyyy-MM-dd'));
  });
});

describe('weekOf', () => {
  test.each([
    ['a Wednesday, weeks from Monday', '2026-11-25T15:00', 1, '2026-11-23', 7 * 24],
    ['a Wednesday, weeks from Sunday', '2026-11-25T15:00', 0, '2026-11-22', 7 * 24],
    ['Monday 00:00 starts its own week', '2026-11-23T00:00', 1, '2026-11-23', 7 * 24],
    ['Sunday 23:59 ends the Monday week', '2026-11-29T23:59', 1, '2026-11-23', 7 * 24],
    ['the week clocks go forward is 167 hours', '2026-03-25T12:00', 1, '2026-03-23', 7 * 24 - 1],
    ['the week clocks go back is 169 hours', '2026-10-21T12:00', 1, '2026-10-19', 7 * 24 + 1],
  ])('%s', (_, at, startsOn, key, hours) => {
    const week = weekOf(local(at), startsOn as 0 | 1);
    expect(week.key).toBe(key);
    expect(week.start).toBe(local(`${key}T00:00`));
    expect((week.end - week.start) / 3_600_000).toBe(hours);
  });

  test.each(WEEK_CASES)('$label', ({ now, startsOn, start, end, previousStart, dayKeys }) => {
    const week = weekOf(now, startsOn);
    expect([week.start, week.end, week.key]).toEqual([start, end, dayKeys[0]]);
    expect(weekOf(now, startsOn, -1)).toEqual({ start: previousStart, end: start, key: expect.any(String) });
  });

  test('an offset moves whole weeks, across a DST change', () => {
    expect(weekOf(local('2026-11-04T12:00'), 1, -2).key).toBe('2026-10-19');
  });

  test.each([
    ['en-US', 0],
    ['en-GB', 1],
    ['de-DE', 1],
    ['not a locale!', 1],
  ])('the week in %s starts on day %i', (locale, day) => {
    expect(localeWeekStart(locale)).toBe(day);
  });

  test.each([
    ['the person’s choice wins over the locale', 3, 'en-US', 3],
    ['Sunday chosen is a choice, not a missing one', 0, 'de-DE', 0],
    ['no choice: the locale’s (en-US, Sunday)', null, 'en-US', 0],
    ['no choice: the locale’s (en-GB, Monday)', null, 'en-GB', 1],
  ] as const)('weekStart: %s', (_, chosen, locale, expected) => {
    expect(weekStart({ weekStartsOn: chosen }, locale)).toBe(expected);
  });
});

let n = 0;
const item = (over: Partial<Item>): Item =>
  ({
    id: `i${++n}`,
    url: `https://a.example/${n}`,
    status: 'unread',
    savedAt: 0,
    doneAt: null,
    readingMinutes: 5,
    engagedSeconds: 0,
    goalIds: ['g'],
    ...over,
  }) as Item;

describe('goal progress', () => {
  const now = local('2026-11-25T12:00');
  const g = goal({ id: 'g', title: 'SQL', weeklyItems: 4, weeklyMinutes: 30 });

  test.each([
    ['nothing this week', [item({ savedAt: local('2026-11-10T09:00') })], 0, 0],
    ['saved this week is not learning done: no item, no minutes', [item({ savedAt: local('2026-11-24T09:00') })], 0, 0],
    [
      'finished this week adds its reading time',
      [
        item({
          savedAt: local('2026-11-01T09:00'),
          status: 'done',
          doneAt: local('2026-11-25T08:00'),
          readingMinutes: 12,
        }),
      ],
      1,
      12,
    ],
    [
      'time on the page counts when longer than the reading time',
      [
        item({
          savedAt: local('2026-11-24T09:00'),
          status: 'done',
          doneAt: local('2026-11-24T10:00'),
          readingMinutes: 4,
          engagedSeconds: 1500,
        }),
      ],
      1,
      25,
    ],
    [
      'saved and finished in the week is one item',
      [item({ savedAt: local('2026-11-23T00:00'), status: 'done', doneAt: local('2026-11-23T00:30') })],
      1,
      5,
    ],
    [
      'the Monday midnight edge belongs to this week',
      [
        item({ savedAt: local('2026-11-01T00:00'), status: 'done', doneAt: local('2026-11-23T00:00') }),
        item({ savedAt: local('2026-11-01T00:00'), status: 'done', doneAt: local('2026-11-22T23:59') }),
      ],
      1,
      5,
    ],
  ])('%s', (_, items, count, minutes) => {
    const p = goalProgress(g, items.map(progressRow), now, 1);
    expect([p.items, p.minutes]).toEqual([count, minutes]);
    expect(p.itemsShare).toBe(Math.min(1, count / 4));
    expect(p.minutesShare).toBe(Math.min(1, minutes / 30));
  });

  test('a goal with no targets has no shares', () => {
    const p = goalProgress(goal({ id: 'g', title: 'x' }), [item({ savedAt: now })].map(progressRow), now, 1);
    expect([p.items, p.saved, p.itemsShare, p.minutesShare]).toEqual([0, 1, null, null]);
  });

  test('an archived item keeps its doneAt but counts as finished no more', () => {
    const doneAt = local('2026-11-24T10:00');
    const rows = [item({ savedAt: local('2026-11-01T09:00'), status: 'archived', doneAt })].map(progressRow);
    expect(rows[0]!.doneAt).toBeNull();
    expect([goalProgress(g, rows, now, 1).items, goalProgress(g, rows, now, 1).minutes]).toEqual([0, 0]);
  });

  test('history lists the last weeks, newest first', () => {
    const items = [
      item({ savedAt: local('2026-11-24T09:00') }),
      item({ savedAt: local('2026-11-10T09:00') }),
      item({ savedAt: local('2026-11-11T09:00') }),
    ];
    expect(goalHistory(items.map(progressRow), now, 1, 4).map((w) => [w.week.key, w.saved])).toEqual([
      ['2026-11-23', 1],
      ['2026-11-16', 0],
      ['2026-11-09', 2],
      ['2026-11-02', 0],
    ]);
  });

  test('a goal’s items come unread first, newest first', () => {
    const a = item({ status: 'done', savedAt: 5 });
    const b = item({ status: 'unread', savedAt: 1 });
    const c = item({ status: 'unread', savedAt: 3 });
    const d = item({ status: 'archived', savedAt: 9 });
    expect(orderGoalItems([a, b, c, d]).map((i) => i.id)).toEqual([c, b, a, d].map((i) => i.id));
  });
});
