// TZ is Europe/London in unit tests (vitest.config.ts): summer time ends on Sunday 25 October 2026.
import { describe, expect, test } from 'vitest';
import { goalPace } from '../../../../src/core/goal/pace';
import type { ProgressLog, ProgressRow } from '../../../../src/core/goal/progress';
import { goal } from '../../goal-fixtures';

const local = (s: string) => new Date(s).getTime();
/** Wednesday noon. */
const NOW = local('2026-11-25T12:00');
const finished = (at: string): ProgressRow => ({ savedAt: local(at), doneAt: local(at), readingMinutes: 10 });
const logged = (day: string, minutes: number): ProgressLog => ({ day, minutes });
const weekly = (createdAt: string, over: object = {}) =>
  goal({
    id: 'g',
    title: 'Data engineering',
    weeklyItems: 1,
    weeklyMinutes: null,
    createdAt: local(createdAt),
    ...over,
  });

describe('goalPace: on track while half the weeks since the goal was created met its targets', () => {
  test.each([
    ['created today, nothing done: nothing to judge yet', weekly('2026-11-25T09:00'), [], [], [0, 0, 'starting']],
    [
      'created today, target met already',
      weekly('2026-11-25T09:00'),
      [finished('2026-11-25T10:00')],
      [],
      [1, 1, 'on-track'],
    ],
    // Created on a Thursday: that week is counted only if met, so one full week counts.
    ['created mid-week, the short week missed', weekly('2026-11-12T15:00'), [], [], [1, 0, 'behind']],
    [
      'created mid-week, the next week met',
      weekly('2026-11-12T15:00'),
      [finished('2026-11-17T10:00')],
      [],
      [1, 1, 'on-track'],
    ],
    ['created on a Monday at midnight: its first week is whole', weekly('2026-11-16T00:00'), [], [], [1, 0, 'behind']],
    [
      'empty weeks count against it: one met in three',
      weekly('2026-11-02T00:00'),
      [finished('2026-11-03T10:00')],
      [],
      [3, 1, 'behind'],
    ],
    [
      'two of three weeks met',
      weekly('2026-11-02T00:00'),
      [finished('2026-11-03T10:00'), finished('2026-11-20T10:00')],
      [],
      [3, 2, 'on-track'],
    ],
    [
      'a week met by logged minutes alone',
      weekly('2026-11-16T00:00', { weeklyItems: null, weeklyMinutes: 60 }),
      [],
      [logged('2026-11-22', 60)],
      [1, 1, 'on-track'],
    ],
    [
      'both targets must be met: items without the minutes is not enough',
      weekly('2026-11-16T00:00', { weeklyMinutes: 60 }),
      [finished('2026-11-17T10:00')],
      [],
      [1, 0, 'behind'],
    ],
    [
      // Weeks of 169 hours (the clocks go back on 25 October): every week is still one week.
      'across the end of summer time',
      weekly('2026-10-19T00:00'),
      [finished('2026-10-25T23:30'), finished('2026-10-27T10:00'), finished('2026-11-17T10:00')],
      [],
      [5, 3, 'on-track'],
    ],
  ])('%s', (_, g, rows, logs, [weeks, met, state]) => {
    expect(goalPace(g, rows, logs, NOW, 1)).toEqual({ weeks, met, state });
  });

  test('a goal without a target has no pace', () => {
    expect(goalPace(weekly('2026-11-02T00:00', { weeklyItems: null }), [], [], NOW, 1)).toBeNull();
  });

  test('the first day of the week decides which week an item falls in', () => {
    // Finished on Sunday 15 and Monday 16 November: two weeks from Monday, one from Sunday.
    const g = weekly('2026-11-09T00:00');
    const rows = [finished('2026-11-15T10:00'), finished('2026-11-16T10:00')];
    expect(goalPace(g, rows, [], NOW, 1)).toEqual({ weeks: 2, met: 2, state: 'on-track' });
    expect(goalPace(g, rows, [], NOW, 0)).toEqual({ weeks: 1, met: 1, state: 'on-track' });
  });
});
