// TZ is Europe/London in unit tests (vitest.config.ts): weeks across daylight-saving changes.
import { describe, expect, test } from 'vitest';
import type { DayTotals } from '../../../../src/core/week/day-totals';
import { previousCounted, weekSpan } from '../../../../src/core/week/model';
import { learningStreak, summarizeWeek, type WeekGoalItem, type WeekMembers } from '../../../../src/core/week/summary';
import { WEEK_CASES } from './cases';
import { goal } from '../../goal-fixtures';

const local = (s: string) => new Date(s).getTime();
const key = (t: number) => {
  const d = new Date(t);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
const day = (d: string, learning: number, distraction = 0): DayTotals => ({
  day: d,
  learning,
  distraction,
  neutral: 0,
});
const members = (over: Partial<WeekMembers>): WeekMembers => ({
  saved: [],
  finished: [],
  savedBefore: [],
  finishedBefore: [],
  goalItems: [],
  ...over,
});
const summary = (over: Partial<Parameters<typeof summarizeWeek>[0]>) =>
  summarizeWeek({
    now: local('2026-11-25T12:00'),
    weekStartsOn: 1,
    offset: 0,
    days: [],
    members: members({}),
    goals: [],
    ...over,
  });

describe('summarizeWeek', () => {
  test('minutes this week against last week', () => {
    const s = summary({
      days: [
        day('2026-11-23', 1800, 600),
        day('2026-11-25', 1200),
        day('2026-11-17', 600, 1800),
        day('2026-11-22', 60, 60),
      ],
    });
    // Wednesday noon against last Wednesday noon: last Sunday's minutes are not counted yet.
    expect([s.learningMinutes, s.distractionMinutes, s.learningChange, s.distractionChange]).toEqual([50, 10, 40, -20]);
    expect(s.samePoint).toBe(true);
    expect(s.days.map((d) => [d.day, d.learningMinutes, d.distractionMinutes])).toEqual([
      ['2026-11-23', 30, 10],
      ['2026-11-24', 0, 0],
      ['2026-11-25', 20, 0],
      ['2026-11-26', 0, 0],
      ['2026-11-27', 0, 0],
      ['2026-11-28', 0, 0],
      ['2026-11-29', 0, 0],
    ]);
  });

  test.each([
    ['Monday', 1, '2026-11-23', '2026-11-16'],
    ['Sunday', 0, '2026-11-22', '2026-11-15'],
    ['Saturday', 6, '2026-11-21', '2026-11-14'],
  ])('a week starting on %s', (_, startsOn, key, previousKey) => {
    const s = summary({ weekStartsOn: startsOn as 0 | 1 | 6 });
    expect([s.week.key, s.previous.key, s.days[0]!.day]).toEqual([key, previousKey, key]);
  });

  test('the week clocks go back still has seven days, each on its own date', () => {
    const s = summary({ now: local('2026-10-25T12:00'), days: [day('2026-10-25', 3600)] });
    expect(s.days.map((d) => d.day)).toEqual([
      '2026-10-19',
      '2026-10-20',
      '2026-10-21',
      '2026-10-22',
      '2026-10-23',
      '2026-10-24',
      '2026-10-25',
    ]);
    expect(s.days[6]!.learningMinutes).toBe(60);
    expect(new Date(s.days[6]!.date).getHours()).toBe(0);
  });

  test('items saved and finished: the sizes of the sets, against last week up to the same point', () => {
    const s = summary({
      members: members({ saved: ['a', 'b'], finished: ['b'], savedBefore: ['c'], finishedBefore: [] }),
    });
    expect([s.saved, s.finished, s.savedChange, s.finishedChange]).toEqual([2, 1, 1, 1]);
  });

  test('goal progress by items and by minutes, active goals only', () => {
    const goals = [
      goal({ id: 'a', title: 'A', weeklyItems: 2 }),
      goal({ id: 'b', title: 'B', weeklyMinutes: 30 }),
      goal({ id: 'c', title: 'C', status: 'achieved' }),
    ];
    const at = (d: string) => new Date(d).getTime();
    const tied = (over: Partial<WeekGoalItem> & Pick<WeekGoalItem, 'id' | 'goalIds'>): WeekGoalItem => ({
      status: 'unread',
      savedAt: at('2026-11-24T10:00'),
      doneAt: null,
      readingMinutes: 5,
      engagedSeconds: 0,
      ...over,
    });
    const goalItems = [
      tied({ id: 'i1', goalIds: ['a'] }),
      tied({
        id: 'i2',
        goalIds: ['a', 'b'],
        status: 'done',
        savedAt: at('2026-11-01T10:00'),
        doneAt: at('2026-11-25T08:00'),
        readingMinutes: 12,
      }),
      // Time on the page counts when it is more than the reading time.
      tied({
        id: 'i3',
        goalIds: ['b'],
        status: 'done',
        savedAt: 0,
        doneAt: at('2026-11-24T08:00'),
        readingMinutes: 2,
        engagedSeconds: 300,
      }),
      tied({ id: 'i4', goalIds: ['c'] }),
      // Archived keeps its doneAt but is not learning done: only saved.
      tied({ id: 'i5', goalIds: ['b'], status: 'archived', doneAt: at('2026-11-24T12:00') }),
    ];
    const m = members({ saved: ['i1', 'i4', 'i5'], finished: ['i2', 'i3'], goalItems });
    const s = summary({ goals, members: m });
    expect(
      s.goals.map((g) => [
        g.goal.id,
        g.progress.items,
        g.progress.minutes,
        g.progress.itemsShare,
        g.progress.minutesShare,
      ]),
    ).toEqual([
      // Learning done: the finished item counts; the one only saved is shown apart.
      ['a', 1, 12, 0.5, null],
      ['b', 2, 17, null, 17 / 30],
    ]);
    expect(s.goals.map((g) => g.progress.saved)).toEqual([1, 1]);
  });

  test("time this week on a learning site that names a goal adds to that goal's minutes only", () => {
    const goals = [
      goal({ id: 'de', title: 'DE', weeklyMinutes: 60 }),
      goal({ id: 'ps', title: 'PS', weeklyMinutes: 60 }),
    ];
    const sites = {
      activity: [
        { day: '2026-11-24', host: 'docs.getdbt.com', category: 'learning' as const, seconds: 1500 },
        // Last week's time is not this week's.
        { day: '2026-11-20', host: 'docs.getdbt.com', category: 'learning' as const, seconds: 6000 },
      ],
      settings: { learning: ['docs.getdbt.com'], siteGoals: { 'docs.getdbt.com': ['de'] } },
    };
    const s = summary({ goals, sites });
    expect(s.goals.map((g) => [g.goal.id, g.progress.minutes, g.progress.minutesShare])).toEqual([
      ['de', 25, 25 / 60],
      ['ps', 0, 0],
    ]);
  });

  test.each(WEEK_CASES)('$label', ({ now, startsOn, start, end, previousStart, dayKeys }) => {
    const s = summary({
      now,
      weekStartsOn: startsOn,
      days: [day(dayKeys[0]!, 600), day(dayKeys[6]!, 1200, 120), day(key(start - 1), 60)],
    });
    expect([s.week.start, s.week.end, s.previous.start, s.week.key]).toEqual([start, end, previousStart, dayKeys[0]]);
    expect(s.days.map((d) => d.day)).toEqual(dayKeys);
    expect(s.days.map((d) => d.learningMinutes)).toEqual([10, 0, 0, 0, 0, 0, 20]);
    expect([s.learningMinutes, s.distractionMinutes]).toEqual([30, 2]);
    expect(s.samePoint).toBe(true);
    // Last week counts up to the same point: `now` a week back, that moment included.
    const counted = previousCounted(weekSpan(now, startsOn, 0));
    expect([counted.from, counted.to]).toEqual([previousStart, new Date(now).setDate(new Date(now).getDate() - 7) + 1]);
  });

  test('an earlier week is measured against the whole week before it', () => {
    const s = summary({ offset: -1, days: [day('2026-11-18', 600), day('2026-11-11', 1200), day('2026-11-15', 600)] });
    expect([s.week.key, s.learningMinutes, s.learningChange, s.samePoint]).toEqual(['2026-11-16', 10, -20, false]);
  });

  test('the first day of the week: last week up to the same hour of its first day', () => {
    const s = summary({
      now: local('2026-11-23T06:00'),
      days: [day('2026-11-23', 600), day('2026-11-16', 4800), day('2026-11-17', 6000)],
    });
    // A quarter of last Monday (80 min) is 20 min; this Monday so far has 10.
    expect([s.learningMinutes, s.learningChange]).toEqual([10, -10]);
    expect(previousCounted(weekSpan(local('2026-11-23T06:00'), 1, 0)).to).toBe(local('2026-11-16T06:00') + 1);
  });

  test('an empty week against an empty week is no change', () => {
    const s = summary({});
    expect([s.learningChange, s.distractionChange, s.savedChange, s.finishedChange]).toEqual([0, 0, 0, 0]);
  });

  test('across a daylight-saving change the same point is the same wall-clock time', () => {
    // Clocks went back on Sunday 25 October 2026 (Europe/London).
    const span = weekSpan(local('2026-10-28T12:00'), 1, 0);
    expect(previousCounted(span)).toEqual({ from: local('2026-10-19T00:00'), to: local('2026-10-21T12:00') + 1 });
  });

  test('an earlier week counts the whole week before it', () => {
    const span = weekSpan(local('2026-11-25T12:00'), 1, -1);
    expect([span.samePoint, previousCounted(span)]).toEqual([
      false,
      { from: local('2026-11-09T00:00'), to: local('2026-11-16T00:00') },
    ]);
  });

  test('an empty week is all zeros', () => {
    const s = summary({});
    expect([s.learningMinutes, s.distractionMinutes, s.saved, s.finished, s.goals.length]).toEqual([0, 0, 0, 0, 0]);
    expect(s.days).toHaveLength(7);
  });
});

describe('learningStreak', () => {
  const now = local('2026-11-25T18:00');
  test.each([
    ['no learning', [], 0],
    ['today only', [day('2026-11-25', 300)], 1],
    ['three days to today', [day('2026-11-23', 60), day('2026-11-24', 900), day('2026-11-25', 300)], 3],
    ['up to yesterday: today is not over yet', [day('2026-11-23', 600), day('2026-11-24', 600)], 2],
    [
      'a gap ends it',
      [day('2026-11-21', 600), day('2026-11-23', 600), day('2026-11-24', 600), day('2026-11-25', 60)],
      3,
    ],
    ['less than a minute does not count', [day('2026-11-24', 59), day('2026-11-25', 600)], 1],
    ['distraction is not learning', [day('2026-11-25', 0, 3600)], 0],
    ['across the night clocks go back', [day('2026-10-24', 600), day('2026-10-25', 600), day('2026-10-26', 600)], 3],
  ])('%s', (_, days, expected) => {
    const at = _ === 'across the night clocks go back' ? local('2026-10-26T09:00') : now;
    expect(learningStreak(days, at)).toBe(expected);
  });
});
