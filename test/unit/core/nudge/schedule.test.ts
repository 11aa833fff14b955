// Schedules for the budget: weekdays and weekends, windows over midnight, and the days the
// clocks change (TZ is Europe/London in vitest.config.ts: +1 h on 29 Mar 2026, −1 h on 25 Oct 2026).
import { describe, expect, test } from 'vitest';
import { budgetDecision } from '../../../../src/core/nudge/budget';
import {
  budgetMinutesAt,
  inSchedule,
  nextScheduleChange,
  parseSchedule,
  WEEKDAYS_9_TO_5,
  type Schedule,
} from '../../../../src/core/nudge/schedule';
import { validMinutes } from '../../../../src/core/tracking/settings';

const local = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min).getTime();
// 23 Nov 2026 is a Monday.
const MON = (h: number, min = 0) => local(2026, 11, 23, h, min);
const FRI = (h: number, min = 0) => local(2026, 11, 27, h, min);
const SAT = (h: number, min = 0) => local(2026, 11, 28, h, min);
const SUN = (h: number, min = 0) => local(2026, 11, 29, h, min);
/** Friday and Saturday nights, 22:00 to 02:00. */
const LATE: Schedule = { days: [5, 6], from: 22 * 60, to: 2 * 60, outsideMinutes: 60 };
const WEEKEND_ALL_DAY: Schedule = { days: [0, 6], from: 0, to: 0, outsideMinutes: null };

describe('inSchedule', () => {
  test.each([
    ['weekdays 9–17, Monday 08:59', WEEKDAYS_9_TO_5, MON(8, 59), false],
    ['weekdays 9–17, Monday 09:00', WEEKDAYS_9_TO_5, MON(9), true],
    ['weekdays 9–17, Monday 16:59', WEEKDAYS_9_TO_5, MON(16, 59), true],
    ['weekdays 9–17, Monday 17:00 (the end is outside)', WEEKDAYS_9_TO_5, MON(17), false],
    ['weekdays 9–17, Saturday noon', WEEKDAYS_9_TO_5, SAT(12), false],
    ['over midnight, Friday 21:59', LATE, FRI(21, 59), false],
    ['over midnight, Friday 23:30', LATE, FRI(23, 30), true],
    ['over midnight, early Saturday 01:30 (Friday night)', LATE, SAT(1, 30), true],
    ['over midnight, Saturday 02:00', LATE, SAT(2), false],
    ['over midnight, early Sunday 01:00 (Saturday night)', LATE, SUN(1), true],
    ['over midnight, early Friday 01:00 (Thursday night: not chosen)', LATE, FRI(1), false],
    ['whole weekend days, Saturday 00:00', WEEKEND_ALL_DAY, SAT(0), true],
    ['whole weekend days, Sunday 23:59', WEEKEND_ALL_DAY, SUN(23, 59), true],
    ['whole weekend days, Monday 00:00', WEEKEND_ALL_DAY, MON(0), false],
    // Clocks go forward at 01:00 on Sunday 29 March 2026: 00:30 is still Saturday night.
    ['DST forward night, Sunday 00:30', LATE, local(2026, 3, 29, 0, 30), true],
    ['DST forward night, Sunday 02:30 (after the jump)', LATE, local(2026, 3, 29, 2, 30), false],
    // Clocks go back at 02:00 on Sunday 25 October 2026: 01:30 happens twice, both inside.
    ['DST back night, first 01:30', LATE, local(2026, 10, 25, 1, 30), true],
    ['DST back night, second 01:30', LATE, local(2026, 10, 25, 1, 30) + 3_600_000, true],
  ])('%s', (_, schedule, now, expected) => {
    expect(inSchedule(schedule, now)).toBe(expected);
  });
});

describe('budgetMinutesAt', () => {
  test.each([
    ['no schedule: the daily budget all day', null, SAT(3), 30],
    ['inside the window: the daily budget', WEEKDAYS_9_TO_5, MON(10), 30],
    ['outside, no budget set there: none', WEEKDAYS_9_TO_5, MON(18), null],
    ['outside, a budget of its own', LATE, MON(18), 60],
  ] as const)('%s', (_, schedule, now, expected) => {
    expect(budgetMinutesAt(30, schedule, now)).toBe(expected);
  });
});

describe('nextScheduleChange', () => {
  test.each([
    ['before work on Monday: 09:00', WEEKDAYS_9_TO_5, MON(7), MON(9)],
    ['at work on Monday: 17:00', WEEKDAYS_9_TO_5, MON(10), MON(17)],
    ['Friday evening: Monday 09:00', WEEKDAYS_9_TO_5, FRI(18), local(2026, 11, 30, 9)],
    ['Friday 23:00 over midnight: Saturday 02:00', LATE, FRI(23), SAT(2)],
    ['Saturday night over midnight: Sunday 02:00', LATE, SAT(23), SUN(2)],
    ['whole weekend, Friday noon: Saturday 00:00', WEEKEND_ALL_DAY, FRI(12), SAT(0)],
    ['whole weekend, Sunday noon: Monday 00:00', WEEKEND_ALL_DAY, SUN(12), local(2026, 11, 30, 0)],
    // 09:00 on the Monday after the clocks change is still 09:00 local time.
    ['across the change to summer time', WEEKDAYS_9_TO_5, local(2026, 3, 27, 18), local(2026, 3, 30, 9)],
    ['across the change to winter time', WEEKDAYS_9_TO_5, local(2026, 10, 23, 18), local(2026, 10, 26, 9)],
    ['no schedule', null, MON(7), null],
  ] as const)('%s', (_, schedule, now, expected) => {
    expect(nextScheduleChange(schedule, now)).toBe(expected);
  });
});

describe('parseSchedule', () => {
  test.each([
    [
      'a valid one',
      { days: [5, 1, 1, 9], from: 540, to: 1020, outsideMinutes: 60 },
      { days: [1, 5], from: 540, to: 1020, outsideMinutes: 60 },
    ],
    [
      'no budget outside',
      { days: [1], from: 540, to: 1020, outsideMinutes: null },
      { days: [1], from: 540, to: 1020, outsideMinutes: null },
    ],
    ['no day chosen', { days: [], from: 540, to: 1020, outsideMinutes: null }, null],
    ['a time past midnight', { days: [1], from: 540, to: 1440, outsideMinutes: null }, null],
    ['not an object', 'weekdays', null],
  ])('%s', (_, raw, expected) => {
    expect(parseSchedule(raw, validMinutes)).toEqual(expected);
  });
});

describe('the budget follows the schedule', () => {
  const base = { host: 'poki.com', path: '/', siteSeconds: 0, dailyBudgetMinutes: 30, siteLimits: {}, nudgesToday: [] };
  test('inside the window the daily budget is spent: nudge', () => {
    expect(budgetDecision({ ...base, totalSeconds: 31 * 60, schedule: WEEKDAYS_9_TO_5, now: MON(10) }).due).toBe(true);
  });
  test('outside, with no budget there: no nudge, checked again when the window opens', () => {
    expect(budgetDecision({ ...base, totalSeconds: 90 * 60, schedule: WEEKDAYS_9_TO_5, now: MON(7) })).toEqual({
      due: false,
      reason: 'no-budget-now',
      spentSeconds: 90 * 60,
      checkAgainInMs: 2 * 3_600_000,
    });
  });
  test('within the window budget, checked again when it runs out or the window ends, whichever is first', () => {
    const at1650 = budgetDecision({ ...base, totalSeconds: 0, schedule: WEEKDAYS_9_TO_5, now: MON(16, 50) });
    expect(at1650).toMatchObject({ due: false, reason: 'within-budget', checkAgainInMs: 10 * 60_000 });
  });
  test('outside, a budget of its own applies', () => {
    expect(budgetDecision({ ...base, totalSeconds: 45 * 60, schedule: LATE, now: MON(18) }).due).toBe(false);
    expect(budgetDecision({ ...base, totalSeconds: 61 * 60, schedule: LATE, now: MON(18) }).due).toBe(true);
  });
  test('a per-site limit holds all day, whatever the schedule', () => {
    const limited = { ...base, siteLimits: { 'poki.com': 10 }, siteSeconds: 11 * 60, totalSeconds: 11 * 60 };
    expect(budgetDecision({ ...limited, schedule: WEEKDAYS_9_TO_5, now: MON(7) }).due).toBe(true);
  });
});
