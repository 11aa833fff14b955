// TZ is Europe/London in unit tests (vitest.config.ts).
import { describe, expect, test } from 'vitest';
import { goalWeeks } from '../../../../src/core/goal/progress';
import { answerSeconds, pauseTimer, resumeTimer, startTimer, timerSeconds } from '../../../../src/core/review/time';
import { reviewLogs } from '../../../../src/core/review/minutes';
import { weekOf } from '../../../../src/core/week/model';
import { summarizeWeek } from '../../../../src/core/week/summary';
import { goal } from '../../goal-fixtures';

const local = (s: string) => new Date(s).getTime();
const answer = (day: string, seconds: number, goalIds: string[] = []) => ({ day, seconds, goalIds });

describe('the seconds one answer counts', () => {
  test.each<[string, number, number]>([
    ['a few seconds', 12.4, 12],
    ['nothing', 0, 0],
    ['a clock that went back', -30, 0],
    ['a card left on screen for an hour: ten minutes', 3600, 600],
    ['not a number', Number.NaN, 0],
  ])('%s', (_, seconds, expected) => expect(answerSeconds(seconds)).toBe(expected));
});

describe('visible time on a card', () => {
  const T = 1_000_000;
  test.each<[string, number, number]>([
    ['shown and answered: all of it', timerSeconds(startTimer(T, true), T + 20_000), 20],
    [
      'hidden for ten minutes in between: not those',
      timerSeconds(resumeTimer(pauseTimer(startTimer(T, true), T + 15_000), T + 615_000), T + 620_000),
      20,
    ],
    [
      'opened in a background tab: from when it is first seen',
      timerSeconds(resumeTimer(startTimer(T, false), T + 60_000), T + 65_000),
      5,
    ],
    [
      'hidden twice in a row counts once, and nothing while hidden',
      timerSeconds(pauseTimer(pauseTimer(startTimer(T, true), T + 5_000), T + 9_000), T + 50_000),
      5,
    ],
  ])('%s', (_, seconds, expected) => expect(seconds).toBe(expected));
});

describe('review time as learning minutes', () => {
  test('per day, seconds summed before rounding; a goal takes only its items’ answers', () => {
    const rows = [
      answer('2026-11-24', 50, ['g1']),
      answer('2026-11-24', 40, ['g2']),
      answer('2026-11-25', 20, ['g1']),
      answer('2026-11-25', 10, ['g1']),
    ];
    expect(reviewLogs(rows)).toEqual([
      { day: '2026-11-24', minutes: 2, fromReview: true },
      { day: '2026-11-25', minutes: 1, fromReview: true },
    ]);
    expect(reviewLogs(rows, 'g2')).toEqual([{ day: '2026-11-24', minutes: 1, fromReview: true }]);
    expect(reviewLogs(rows, 'g3')).toEqual([]);
  });

  test('count in the week’s learning, its days and the goal’s minutes, never as logged by hand', () => {
    const g = goal({ id: 'g1', title: 'SQL', weeklyMinutes: 60 });
    const s = summarizeWeek({
      now: local('2026-11-25T12:00'),
      weekStartsOn: 1,
      offset: 0,
      days: [{ day: '2026-11-25', learning: 600, distraction: 0, neutral: 0 }],
      members: { saved: [], finished: [], savedBefore: [], finishedBefore: [], goalItems: [] },
      goals: [g],
      reviews: [answer('2026-11-25', 180, ['g1']), answer('2026-11-24', 120, [])],
    });
    expect(s.learningMinutes).toBe(10 + 3 + 2);
    expect(s.days.slice(1, 3).map((d) => d.learningMinutes)).toEqual([2, 13]);
    expect(s.goals[0]!.progress).toMatchObject({ minutes: 3, logged: 0 });
    const [week] = goalWeeks(
      [],
      [weekOf(local('2026-11-25T12:00'), 1)],
      reviewLogs([answer('2026-11-25', 180, ['g1'])], 'g1'),
    );
    expect(week).toMatchObject({ minutes: 3, logged: 0 });
  });
});
