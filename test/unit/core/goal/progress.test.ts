// TZ is Europe/London in unit tests (vitest.config.ts).
import { describe, expect, test } from 'vitest';
import {
  goalProgress,
  goalWeek,
  goalWeeks,
  progressRow,
  weeksBack,
  weeksSince,
  type ProgressRow,
} from '../../../../src/core/goal/progress';
import { weekOf } from '../../../../src/core/week/model';
import { goal } from '../../goal-fixtures';

const local = (s: string) => new Date(s).getTime();
const NOW = local('2026-11-25T12:00');
const WEEK = weekOf(NOW, 1);
const row = (over: Partial<ProgressRow>): ProgressRow => ({
  savedAt: null,
  doneAt: null,
  readingMinutes: 5,
  engagedSeconds: 0,
  ...over,
});

describe('goalWeek: progress is learning done', () => {
  test.each([
    ['saved this week, not finished: saved only', row({ savedAt: local('2026-11-24T09:00') }), [0, 1, 0]],
    [
      'saved and finished this week: finished, once',
      row({ savedAt: local('2026-11-24T09:00'), doneAt: NOW }),
      [1, 0, 5],
    ],
    ['saved before, finished this week', row({ savedAt: local('2026-10-01T09:00'), doneAt: NOW }), [1, 0, 5]],
    ['finished last week', row({ savedAt: local('2026-11-17T09:00'), doneAt: local('2026-11-18T09:00') }), [0, 0, 0]],
    [
      'focused time on the page counts when larger than the reading time',
      row({ doneAt: NOW, readingMinutes: 4, engagedSeconds: 25 * 60 }),
      [1, 0, 25],
    ],
    ['an imported item with no reading time, finished', row({ doneAt: NOW, readingMinutes: 0 }), [1, 0, 0]],
    ['the first moment of the week', row({ doneAt: WEEK.start }), [1, 0, 5]],
    ['the last moment of last week', row({ doneAt: WEEK.start - 1, savedAt: WEEK.start - 1 }), [0, 0, 0]],
  ])('%s', (_, r, [items, saved, minutes]) => {
    const w = goalWeek([r], WEEK);
    expect([w.items, w.saved, w.minutes]).toEqual([items, saved, minutes]);
  });

  test('an archived item keeps its finish date but is not learning done', () => {
    const r = progressRow({ savedAt: 1, doneAt: NOW, status: 'archived', readingMinutes: 5, engagedSeconds: 0 });
    expect(goalWeek([r], WEEK).items).toBe(0);
  });
});

describe('goalProgress: each target its own share, never above 1', () => {
  test.each([
    ['no targets', { weeklyItems: null, weeklyMinutes: null }, [null, null]],
    ['items only', { weeklyItems: 2, weeklyMinutes: null }, [0.5, null]],
    ['minutes only', { weeklyItems: null, weeklyMinutes: 10 }, [null, 0.5]],
    ['both, one met and one not', { weeklyItems: 1, weeklyMinutes: 60 }, [1, 5 / 60]],
  ])('%s', (_, targets, shares) => {
    const rows = [row({ doneAt: NOW }), row({ savedAt: NOW }), row({ savedAt: NOW })];
    const p = goalProgress(goal({ id: 'g', title: 'G', ...targets }), rows, NOW, 1);
    expect([p.itemsShare, p.minutesShare]).toEqual(shares);
    expect([p.items, p.saved]).toEqual([1, 2]);
  });
});

describe('weeksSince: the weeks a goal has lived through, this one included', () => {
  test.each([
    ['created this week', '2026-11-24T09:00', 1],
    ['created on the first moment of this week', '2026-11-23T00:00', 1],
    ['created the last moment of last week', '2026-11-22T23:59', 2],
    ['created mid-week three weeks ago', '2026-11-05T12:00', 4],
    ['created before the clocks went back', '2026-10-21T12:00', 6],
    ['created years ago: capped', '2020-01-01T12:00', 26],
    ['created later than now (a clock set back): one week', '2026-12-24T12:00', 1],
  ])('%s', (_, created, weeks) => {
    expect(weeksSince(local(created), NOW, 1)).toBe(weeks);
  });
});

test('goalWeeks, in one pass, gives each week what goalWeek gives it alone', () => {
  const rows: ProgressRow[] = Array.from({ length: 60 }, (_, i) => ({
    savedAt: local('2026-08-01T09:00') + i * 2.5 * 86_400_000,
    doneAt: i % 3 ? null : local('2026-08-02T18:00') + i * 2.5 * 86_400_000,
    readingMinutes: i % 7,
    engagedSeconds: (i % 5) * 300,
  }));
  const logs = [
    { day: '2026-10-25', minutes: 20 },
    { day: '2026-10-26', minutes: 5 },
    { day: '2026-11-25', minutes: 15 },
  ];
  const weeks = weeksBack(NOW, 1, 20);
  expect(goalWeeks(rows, weeks, logs)).toEqual(weeks.map((w) => goalWeek(rows, w, logs)));
});
