import { expect, test } from 'vitest';
import { computerDayOf, withOtherComputers, type DayTotals } from '../../../../src/core/week/day-totals';

const day = (d: string, learning: number, extra: Partial<DayTotals> = {}): DayTotals => ({
  day: d,
  learning,
  distraction: 10,
  neutral: 1,
  ...extra,
});

test.each<[string, DayTotals[], DayTotals[], DayTotals[]]>([
  ['no other computer: this one’s days as they are', [day('2026-11-30', 60)], [], [day('2026-11-30', 60)]],
  [
    'the same day on two computers adds up; hours and play stay this one’s',
    [day('2026-11-30', 60, { earned: { 'item:a': 30 }, distractionByHour: new Array<number>(24).fill(1) })],
    [day('2026-11-30', 40, { distractionByHour: new Array<number>(24).fill(9) })],
    [
      day('2026-11-30', 100, {
        distraction: 20,
        neutral: 2,
        earned: { 'item:a': 30 },
        distractionByHour: new Array<number>(24).fill(1),
      }),
    ],
  ],
  [
    'a day only the other computer counted is there too, in order',
    [day('2026-11-30', 60)],
    [day('2026-11-29', 5), day('2026-11-30', 5)],
    [
      { day: '2026-11-29', learning: 5, distraction: 10, neutral: 1 },
      day('2026-11-30', 65, { distraction: 20, neutral: 2 }),
    ],
  ],
])('withOtherComputers: %s', (_, own, others, expected) => {
  expect(withOtherComputers(own, others.map(computerDayOf))).toEqual(expected);
});

test('what travels of a day: its seconds and hours, never the play earned', () => {
  expect(computerDayOf(day('2026-11-30', 60, { earned: { 'item:a': 30 } }))).toEqual({
    day: '2026-11-30',
    learning: 60,
    distraction: 10,
    neutral: 1,
  });
});
