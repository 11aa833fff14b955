import { describe, expect, test } from 'vitest';
import { formatStamp, HLC_ZERO, parseStamp, receive, tick, type Hlc } from '../../../../src/core/sync/hlc';

const HOUR = 3_600_000;
const T = Date.UTC(2026, 10, 30, 12);

describe('tick', () => {
  test.each<[string, Hlc, number, Hlc]>([
    ['follows wall time', { wall: T - 5, counter: 3 }, T, { wall: T, counter: 0 }],
    ['counts within one millisecond', { wall: T, counter: 3 }, T, { wall: T, counter: 4 }],
    ['never goes back when the wall clock does', { wall: T, counter: 0 }, T - 2 * HOUR, { wall: T, counter: 1 }],
    [
      'borrows a millisecond when the counter is full',
      { wall: T, counter: 36 ** 4 - 1 },
      T,
      { wall: T + 1, counter: 0 },
    ],
  ])('%s', (_, last, now, expected) => {
    expect(tick(last, now)).toEqual(expected);
  });

  test('a thousand ticks in one millisecond give stamps that sort in order', () => {
    let clock = HLC_ZERO;
    const stamps: string[] = [];
    for (let i = 0; i < 1000; i++) {
      clock = tick(clock, T);
      stamps.push(formatStamp(clock, 'dev'));
    }
    expect([...stamps].sort()).toEqual(stamps);
    expect(new Set(stamps).size).toBe(1000);
  });
});

describe('receive', () => {
  test('an edit made after seeing a stamp from a clock hours ahead sorts after it', () => {
    const ahead = formatStamp({ wall: T + 3 * HOUR, counter: 7 }, 'a');
    const behind = tick(receive({ wall: T - 10, counter: 0 }, ahead, T), T + 1);
    expect(formatStamp(behind, 'b') > ahead).toBe(true);
  });

  test.each<[string, Hlc, string, number, Hlc]>([
    [
      'takes wall time when it is later',
      { wall: T - 9, counter: 2 },
      formatStamp({ wall: T - 5, counter: 9 }, 'x'),
      T,
      { wall: T, counter: 0 },
    ],
    [
      'takes the remote stamp when it is later',
      { wall: T, counter: 2 },
      formatStamp({ wall: T + HOUR, counter: 9 }, 'x'),
      T,
      { wall: T + HOUR, counter: 9 },
    ],
    [
      'keeps its own when it is later',
      { wall: T + HOUR, counter: 2 },
      formatStamp({ wall: T, counter: 9 }, 'x'),
      T,
      { wall: T + HOUR, counter: 2 },
    ],
    ['ignores what is no stamp', { wall: T, counter: 2 }, 'not a stamp', T - 1, { wall: T, counter: 2 }],
  ])('%s', (_, last, remote, now, expected) => {
    expect(receive(last, remote, now)).toEqual(expected);
  });
});

test('stamps sort by time, then counter, then device', () => {
  const stamps = [
    formatStamp({ wall: T, counter: 1 }, 'b'),
    formatStamp({ wall: T, counter: 1 }, 'a'),
    formatStamp({ wall: T + 1, counter: 0 }, 'a'),
    formatStamp({ wall: T, counter: 10 }, 'a'),
    formatStamp({ wall: 5, counter: 0 }, 'z'),
  ];
  expect([...stamps].sort().map((s) => [parseStamp(s), s.split('.')[2]])).toEqual([
    [{ wall: 5, counter: 0 }, 'z'],
    [{ wall: T, counter: 1 }, 'a'],
    [{ wall: T, counter: 1 }, 'b'],
    [{ wall: T, counter: 10 }, 'a'],
    [{ wall: T + 1, counter: 0 }, 'a'],
  ]);
});
