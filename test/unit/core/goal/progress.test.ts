// TZ is Europe/London in unit tests (vitest.config.ts).
import { describe, expect, test } from 'vitest';
import {
  goalProgress,
  goalWeek,
  goalWeeks,
  progressRow,
  siteLogs,
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

describe('siteLogs: time on a learning site that names the goal', () => {
  const settings = {
    learning: ['getdbt.com', 'docs.getdbt.com', 'airflow.apache.org', 'speaking.org', 'linkedin.com/learning'],
    siteGoals: {
      'getdbt.com': ['speak'],
      'docs.getdbt.com': ['de'],
      'airflow.apache.org': ['de', 'speak'],
      'speaking.org': ['speak'],
      'linkedin.com/learning': ['de'],
    },
  };
  const day = '2026-11-24';
  test.each([
    ['a rule naming the goal counts', { host: 'docs.getdbt.com', category: 'learning', seconds: 600 }, 10],
    ['www. is the host itself', { host: 'www.airflow.apache.org', category: 'learning', seconds: 120 }, 2],
    ['a subdomain counts under its host rule', { host: 'next.docs.getdbt.com', category: 'learning', seconds: 300 }, 5],
    [
      'the most specific rule decides: getdbt.com names another goal',
      { host: 'getdbt.com', category: 'learning', seconds: 600 },
      0,
    ],
    ['a rule naming another goal does not count', { host: 'speaking.org', category: 'learning', seconds: 600 }, 0],
    ['a host no rule names never counts', { host: 'example.com', category: 'learning', seconds: 600 }, 0],
    ['a distraction row never counts', { host: 'docs.getdbt.com', category: 'distraction', seconds: 600 }, 0],
    ['a neutral row never counts', { host: 'docs.getdbt.com', category: 'neutral', seconds: 600 }, 0],
    [
      'a mixed row counts its learning share only',
      { host: 'docs.getdbt.com', category: 'neutral', seconds: 900, byCategory: { neutral: 600, learning: 300 } },
      5,
    ],
    [
      'a rule with a path cannot tell its share of the host',
      { host: 'linkedin.com', category: 'learning', seconds: 600 },
      0,
    ],
    ['a look-alike host is not a subdomain', { host: 'notdocs.getdbt.com', category: 'learning', seconds: 600 }, 0],
  ] as const)('%s', (_, row, minutes) => {
    const logs = siteLogs([{ day, ...row }], settings, 'de');
    expect(logs.reduce((sum, l) => sum + l.minutes, 0)).toBe(minutes);
  });

  test('seconds add up per day before rounding, and count in minutes but not as logged', () => {
    const activity = [
      { day, host: 'docs.getdbt.com', category: 'learning' as const, seconds: 50 },
      { day, host: 'airflow.apache.org', category: 'learning' as const, seconds: 50 },
      { day: '2026-11-10', host: 'docs.getdbt.com', category: 'learning' as const, seconds: 6000 },
    ];
    const logs = siteLogs(activity, settings, 'de');
    expect(logs).toContainEqual({ day, minutes: 2, fromSite: true });
    const w = goalWeek([], WEEK, [...logs, { day, minutes: 15 }]);
    expect([w.minutes, w.logged]).toEqual([17, 15]);
    const [now, , before] = goalWeeks([], weeksBack(NOW, 1, 3), logs);
    expect([now!.minutes, now!.logged, before!.minutes]).toEqual([2, 0, 100]);
  });

  test.each([
    ['a built-in learning site named by override counts', [], 10],
    ['a built-in site the person turned off does not', ['developer.mozilla.org'], 0],
  ])('%s', (_, offDefaults, minutes) => {
    const withBuiltIn = { ...settings, offDefaults, siteGoals: { 'developer.mozilla.org': ['de'] } };
    const activity = [{ day, host: 'developer.mozilla.org', category: 'learning' as const, seconds: 600 }];
    expect(siteLogs(activity, withBuiltIn, 'de').reduce((sum, l) => sum + l.minutes, 0)).toBe(minutes);
  });

  test('no site names the goal: nothing, whatever the activity', () => {
    const activity = [{ day, host: 'docs.getdbt.com', category: 'learning' as const, seconds: 600 }];
    expect(siteLogs(activity, { ...settings, siteGoals: {} }, 'de')).toEqual([]);
  });
});
