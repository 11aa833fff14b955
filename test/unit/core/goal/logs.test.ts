// TZ is Europe/London in unit tests (vitest.config.ts).
import { describe, expect, test } from 'vitest';
import { goalLogs, type GoalLogParts } from '../../../../src/core/goal/logs';
import { goalPace } from '../../../../src/core/goal/pace';
import { goal, logEntry } from '../../goal-fixtures';

const entry = (day: string, minutes: number) => logEntry(day, minutes, ['de']);
const parts = (over: Partial<GoalLogParts> = {}): GoalLogParts => ({
  logged: [],
  reviewed: [],
  activity: [],
  settings: { learning: ['docs.getdbt.com'], siteGoals: { 'docs.getdbt.com': ['de'] } },
  ...over,
});

describe('goalLogs: every minute a goal counts besides its finished items, in one list', () => {
  test('entries, site time named for the goal and its review time, each marked by where it came from', () => {
    const logs = goalLogs(
      'de',
      parts({
        logged: [entry('2026-11-23', 30)],
        activity: [{ day: '2026-11-24', host: 'docs.getdbt.com', category: 'learning', seconds: 1200 }],
        reviewed: [
          { day: '2026-11-25', seconds: 180, goalIds: ['de'] },
          { day: '2026-11-25', seconds: 600, goalIds: ['talk'] },
        ],
      }),
    );
    expect(logs.map((l) => [l.day, l.minutes, 'fromSite' in l, 'fromReview' in l])).toEqual([
      ['2026-11-23', 30, false, false],
      ['2026-11-24', 20, true, false],
      ['2026-11-25', 3, false, true],
    ]);
  });

  test('site time counts for no goal its rule does not name', () => {
    const activity = [{ day: '2026-11-24', host: 'docs.getdbt.com', category: 'learning' as const, seconds: 1200 }];
    expect(goalLogs('talk', parts({ activity }))).toEqual([]);
  });

  test('a week met by site time alone is met in the pace (the goals list counts as the view does)', () => {
    const g = goal({
      id: 'de',
      title: 'Data engineering',
      weeklyMinutes: 60,
      createdAt: new Date(2026, 10, 16, 9).getTime(),
    });
    const activity = [{ day: '2026-11-18', host: 'docs.getdbt.com', category: 'learning' as const, seconds: 4200 }];
    const now = new Date(2026, 10, 25, 12).getTime();
    expect(goalPace(g, [], goalLogs('de', parts({ activity })), now, 1)).toEqual({
      weeks: 1,
      met: 1,
      state: 'on-track',
    });
    // Without it, the goal's first (part) week would not count yet: nothing to judge.
    expect(goalPace(g, [], goalLogs('de', parts()), now, 1)).toEqual({ weeks: 0, met: 0, state: 'starting' });
  });
});
