import { expect, test } from 'vitest';
import type { Nudge, NudgeOutcome } from '../../../../src/core/nudge/model';
import { nudgeReadout } from '../../../../src/core/nudge/readout';
import { emptyDay, type DayTotals } from '../../../../src/core/week/day-totals';

// Friday 27 November 2026, 18:00 in London; weeks from Monday.
const NOW = new Date(2026, 10, 27, 18).getTime();
const at = (day: number, hour: number, minute = 0) => new Date(2026, 10, day, hour, minute).getTime();

let ids = 0;
const nudge = (when: number, outcome: NudgeOutcome, leftAfterMinutes?: number): Nudge => ({
  id: String(++ids),
  at: when,
  host: 'poki.com',
  trigger: 'budget',
  outcome,
  itemId: null,
  ...(leftAfterMinutes === undefined ? {} : { leftAt: when + leftAfterMinutes * 60_000 }),
});
/** A day with hourly figures: distraction minutes per hour given, the rest zero. */
const day = (key: string, minutesByHour: Record<number, number> = {}): DayTotals => {
  const byHour = new Array<number>(24).fill(0);
  for (const [h, m] of Object.entries(minutesByHour)) byHour[Number(h)] = m * 60;
  return { ...emptyDay(key), distractionByHour: byHour };
};

const readout = (nudges: Nudge[], days: DayTotals[]) => nudgeReadout({ nudges, days, weekStartsOn: 1, now: NOW });

test('nine weeks, newest first, each with its own counts; no nudges reads as zero and "nothing to tell"', () => {
  const weeks = readout([], []);
  expect(weeks.map((w) => w.key)).toEqual([
    '2026-11-23',
    '2026-11-16',
    '2026-11-09',
    '2026-11-02',
    '2026-10-26',
    '2026-10-19',
    '2026-10-12',
    '2026-10-05',
    '2026-09-28',
  ]);
  expect(weeks[0]).toMatchObject({ shown: 0, leftWithinFive: 0, hourAfterMinutes: null, sameHoursMinutes: null });
});

test('outcomes are counted per week, repeated "five more minutes" each once', () => {
  const weeks = readout(
    [
      nudge(at(23, 10), 'more-time'),
      nudge(at(23, 10, 15), 'more-time'),
      nudge(at(23, 10, 30), 'swapped'),
      nudge(at(24, 14), 'snoozed'),
      nudge(at(25, 9), 'reclassified'),
      nudge(at(26, 20), 'ignored'),
      nudge(at(17, 11), 'dismissed'),
    ],
    [],
  );
  expect(weeks[0]!.shown).toBe(6);
  expect(weeks[0]!.outcomes).toEqual({
    swapped: 1,
    'more-time': 2,
    snoozed: 1,
    reclassified: 1,
    dismissed: 0,
    ignored: 1,
  });
  expect(weeks[1]!.shown).toBe(1);
  expect(weeks[1]!.outcomes.dismissed).toBe(1);
});

test.each<[string, number | undefined, number]>([
  ['left after 2 minutes', 2, 1],
  ['left after exactly 5 minutes', 5, 1],
  ['left after 6 minutes', 6, 0],
  ['never recorded as leaving', undefined, 0],
])('%s: counted as left within five minutes %i time(s)', (_, leftAfter, count) => {
  expect(readout([nudge(at(24, 14), 'ignored', leftAfter)], [])[0]!.leftWithinFive).toBe(count);
});

test('the hour after a nudge is compared with the same clock hour on days without one', () => {
  const weeks = readout(
    [nudge(at(24, 14, 20), 'swapped'), nudge(at(25, 14, 50), 'ignored')],
    [
      // Tuesday and Wednesday had nudges; 15:00–16:00 afterwards had 4 and 10 minutes.
      day('2026-11-24', { 14: 30, 15: 4 }),
      day('2026-11-25', { 14: 20, 15: 10 }),
      // Monday and Thursday had none: 15:00–16:00 had 20 and 30 minutes.
      day('2026-11-23', { 15: 20 }),
      day('2026-11-26', { 15: 30, 16: 50 }),
      // The week before does not count for this week.
      day('2026-11-20', { 15: 60 }),
    ],
  );
  expect(weeks[0]!.hourAfterMinutes).toBe(7);
  expect(weeks[0]!.sameHoursMinutes).toBe(25);
});

test('days recorded before hourly figures were kept, and hours not over yet, are left out', () => {
  const old: DayTotals = emptyDay('2026-11-23');
  const weeks = readout(
    // At 17:30 today: its hour after (18:00–19:00) is not over at 18:00.
    [nudge(at(27, 17, 30), 'ignored'), nudge(at(24, 9), 'ignored')],
    [old, day('2026-11-24', { 10: 12 }), day('2026-11-26', { 10: 3, 18: 9 }), day('2026-11-27', { 10: 40 })],
  );
  // Only Tuesday's nudge counts; the calm day is Thursday (Monday has no hourly figures).
  expect(weeks[0]!.hourAfterMinutes).toBe(12);
  expect(weeks[0]!.sameHoursMinutes).toBe(3);
});

test('over the clocks going back (25 October), the hour after is the next clock hour', () => {
  const sunday = new Date(2026, 9, 25, 0, 30).getTime();
  const weeks = nudgeReadout({
    nudges: [nudge(sunday, 'ignored')],
    days: [day('2026-10-25', { 1: 8 }), day('2026-10-24', { 1: 2 })],
    weekStartsOn: 1,
    now: NOW,
  });
  const week = weeks.find((w) => w.key === '2026-10-19')!;
  expect(week.hourAfterMinutes).toBe(8);
  expect(week.sameHoursMinutes).toBe(2);
});
