// TZ is Europe/London in unit tests (vitest.config.ts).
import { describe, expect, test } from 'vitest';
import { goalProgress, goalWeek } from '../../../../src/core/goal/progress';
import { loggedMinutes } from '../../../../src/core/log/entries';
import { summarizeWeek } from '../../../../src/core/week/summary';
import { weekOf } from '../../../../src/core/week/model';
import { goal, logEntry } from '../../goal-fixtures';

const local = (s: string) => new Date(s).getTime();
const entry = logEntry;

describe('loggedMinutes: the entries of local days from ≤ day < to', () => {
  test.each([
    ['none', [], 0],
    ['the first day counts', [entry('2026-11-23', 30)], 30],
    ['the day the range ends does not', [entry('2026-11-30', 30)], 0],
    ['the day before does not', [entry('2026-11-22', 30)], 0],
    ['several add up', [entry('2026-11-23', 30), entry('2026-11-29', 15)], 45],
  ])('%s', (_, entries, expected) => {
    expect(loggedMinutes(entries, '2026-11-23', '2026-11-30')).toBe(expected);
  });
});

describe('log minutes count toward a goal and the week', () => {
  const NOW = local('2026-11-25T12:00');
  test.each([
    // A DST week: Europe/London leaves summer time on Sunday 25 October 2026.
    ['a week that leaves summer time', local('2026-10-22T12:00'), '2026-10-25', 40],
    ['its Monday', local('2026-10-22T12:00'), '2026-10-19', 40],
    ['the Monday after it', local('2026-10-22T12:00'), '2026-10-26', 0],
    ['an ordinary week', NOW, '2026-11-29', 40],
  ])('goalWeek: %s', (_, now, day, minutes) => {
    const w = goalWeek([], weekOf(now, 1), [entry(day, 40)]);
    expect([w.minutes, w.logged]).toEqual([minutes, minutes]);
  });

  test('goalProgress: log minutes fill the minutes target beside finished items', () => {
    const g = goal({ id: 'g', title: 'Data engineering', weeklyMinutes: 60, weeklyItems: null });
    const done = [{ savedAt: NOW, doneAt: NOW, readingMinutes: 20, engagedSeconds: 0 }];
    const p = goalProgress(g, done, NOW, 1, [entry('2026-11-24', 40)]);
    expect([p.minutes, p.logged, p.minutesShare, p.items]).toEqual([60, 40, 1, 1]);
  });

  test('summarizeWeek: an entry adds to the learning total, its day’s bar and only its goals', () => {
    const goals = [
      goal({ id: 'g', title: 'Data engineering', weeklyMinutes: 60 }),
      goal({ id: 'h', title: 'Public speaking', weeklyMinutes: 60 }),
    ];
    const s = summarizeWeek({
      now: NOW,
      weekStartsOn: 1,
      offset: 0,
      days: [{ day: '2026-11-24', learning: 600, distraction: 0, neutral: 0 }],
      members: { saved: [], finished: [], savedBefore: [], finishedBefore: [], goalItems: [] },
      goals,
      logs: [entry('2026-11-24', 40, ['g']), entry('2026-11-18', 15, ['g']), entry('2026-11-19', 25, ['g'])],
    });
    expect(s.learningMinutes).toBe(50);
    expect(s.days.find((d) => d.day === '2026-11-24')!.learningMinutes).toBe(50);
    // Wednesday noon against last Wednesday noon: last Wednesday's entry counts, Thursday's not yet.
    expect(s.learningChange).toBe(50 - 15);
    expect(s.goals.map((x) => [x.goal.id, x.progress.minutes])).toEqual([
      ['g', 40],
      ['h', 0],
    ]);
  });

  test('summarizeWeek: a past week compares with the whole week before it', () => {
    const s = summarizeWeek({
      now: NOW,
      weekStartsOn: 1,
      offset: -1,
      days: [],
      members: { saved: [], finished: [], savedBefore: [], finishedBefore: [], goalItems: [] },
      goals: [],
      logs: [entry('2026-11-22', 10), entry('2026-11-16', 30), entry('2026-11-15', 5)],
    });
    expect([s.learningMinutes, s.learningChange]).toEqual([40, 35]);
  });
});
