import { expect, test } from 'vitest';
import {
  earnedPlaySeconds,
  earnedSecondsOf,
  itemLeisure,
  logLeisure,
  withEarned,
  withLeisureChange,
  withoutEarned,
  type LeisureChange,
} from '../../../../src/core/nudge/earned-leisure';
import type { Item } from '../../../../src/core/item/model';
import type { LogEntry } from '../../../../src/core/log/model';
import type { EarnedLeisure } from '../../../../src/core/tracking/settings';
import { emptyDay } from '../../../../src/core/week/day-totals';

test.each<[string, number, EarnedLeisure | null, number]>([
  ['off (the default): nothing', 30, null, 0],
  ['10 minutes learning → 5 of play, for 30 minutes', 30, { learningMinutes: 10, playMinutes: 5 }, 15 * 60],
  ['the same rate for a 4-minute read', 4, { learningMinutes: 10, playMinutes: 5 }, 120],
  ['one for one', 7, { learningMinutes: 1, playMinutes: 1 }, 7 * 60],
  ['a generous rate', 10, { learningMinutes: 5, playMinutes: 15 }, 30 * 60],
  ['a 3-minute read at 10 → 1: 18 s', 3, { learningMinutes: 10, playMinutes: 1 }, 18],
  ['no learning: nothing', 0, { learningMinutes: 10, playMinutes: 5 }, 0],
])('%s', (_, minutes, rate, seconds) => {
  expect(earnedPlaySeconds(minutes, rate)).toBe(seconds);
});

test('each source earns once; taking it back leaves the others', () => {
  const day = emptyDay('2026-11-25');
  const one = withEarned(day, 'item:a', 120);
  const again = withEarned(one, 'item:a', 120);
  expect(again).toBe(one);
  const two = withEarned(one, 'log:b', 300);
  expect(earnedSecondsOf(two)).toBe(420);
  expect(earnedSecondsOf(withoutEarned(two, 'item:a'))).toBe(300);
  expect(withEarned(day, 'item:c', 0)).toBe(day);
  expect(earnedSecondsOf(undefined)).toBe(0);
  expect(withoutEarned(day, 'item:a')).toBe(day);
});

const RATE: EarnedLeisure = { learningMinutes: 10, playMinutes: 5 };
const MON = new Date(2026, 10, 23, 10).getTime();
const TUE = new Date(2026, 10, 24, 23, 59).getTime();
const item = (over: Partial<Item>): Item =>
  ({ id: 'i', status: 'unread', doneAt: null, goalIds: ['g'], readingMinutes: 8, engagedSeconds: 0, ...over }) as Item;

test.each<[string, Partial<Item>, Partial<Item>, EarnedLeisure | null, LeisureChange | null]>([
  [
    'finishing an item for a goal earns on the day it was finished',
    {},
    { status: 'done', doneAt: TUE },
    RATE,
    { source: 'item:i', day: '2026-11-24', op: 'earn', seconds: 240 },
  ],
  [
    'its focused time when longer than its reading time',
    {},
    { status: 'done', doneAt: MON, engagedSeconds: 20 * 60 },
    RATE,
    { source: 'item:i', day: '2026-11-23', op: 'earn', seconds: 600 },
  ],
  ['an item for no goal earns nothing', { goalIds: [] }, { status: 'done', doneAt: MON, goalIds: [] }, RATE, null],
  ['off: finishing earns nothing', {}, { status: 'done', doneAt: MON }, null, null],
  [
    'reopening takes back from the day it was finished, even when off',
    { status: 'done', doneAt: TUE },
    { status: 'unread', doneAt: null },
    null,
    { source: 'item:i', day: '2026-11-24', op: 'take-back' },
  ],
  ['archiving keeps it', { status: 'done', doneAt: MON }, { status: 'archived', doneAt: MON }, RATE, null],
  ['done again changes nothing', { status: 'done', doneAt: MON }, { status: 'done', doneAt: MON }, RATE, null],
])('item: %s', (_, before, after, rate, change) => {
  expect(itemLeisure(item(before), item(after), rate)).toEqual(change);
});

const entry = (over: Partial<LogEntry>): LogEntry => ({
  id: 'l',
  title: 'Course',
  kind: 'course',
  minutes: 40,
  day: '2026-11-20',
  goalIds: ['g'],
  note: '',
  createdAt: MON,
  updatedAt: MON,
  ...over,
});

test.each<[string, LogEntry | undefined, LogEntry | null, EarnedLeisure | null, LeisureChange | null]>([
  [
    'a new entry for a goal earns on the day it was logged (not the day it names)',
    undefined,
    entry({}),
    RATE,
    { source: 'log:l', day: '2026-11-23', op: 'set', seconds: 1200 },
  ],
  [
    'an edit to 60 minutes adjusts it, on the day it was first logged',
    entry({}),
    entry({ minutes: 60, updatedAt: TUE }),
    RATE,
    { source: 'log:l', day: '2026-11-23', op: 'set', seconds: 1800 },
  ],
  [
    'an edit that unties every goal sets it to nothing',
    entry({}),
    entry({ goalIds: [] }),
    RATE,
    { source: 'log:l', day: '2026-11-23', op: 'set', seconds: 0 },
  ],
  ['off: saving changes nothing', undefined, entry({}), null, null],
  [
    'deleting takes it back, even when off',
    entry({}),
    null,
    null,
    { source: 'log:l', day: '2026-11-23', op: 'take-back' },
  ],
  ['deleting nothing changes nothing', undefined, null, RATE, null],
])('log entry: %s', (_, before, after, rate, change) => {
  expect(logLeisure(before, after, rate)).toEqual(change);
});

test('a change applied to a day: earn once, set adjusts or removes, take back', () => {
  const day = emptyDay('2026-11-23');
  const source = 'log:l' as const;
  const set = (seconds: number): LeisureChange => ({ source, day: day.day, op: 'set', seconds });
  const once = withLeisureChange(day, { source, day: day.day, op: 'earn', seconds: 60 });
  expect(withLeisureChange(once, { source, day: day.day, op: 'earn', seconds: 90 }).earned).toEqual({ 'log:l': 60 });
  expect(withLeisureChange(once, set(90)).earned).toEqual({ 'log:l': 90 });
  expect(withLeisureChange(once, set(60))).toBe(once);
  expect(withLeisureChange(once, set(0)).earned).toEqual({});
  expect(withLeisureChange(once, { source, day: day.day, op: 'take-back' }).earned).toEqual({});
});
