import { expect, test } from 'vitest';
import type { Activity } from '../../../../src/core/tracking/model';
import { registrableDomain } from '../../../../src/core/tracking/domain';
import { periodRange, timeReport, type Period } from '../../../../src/core/tracking/time-report';

test.each([
  ['news.bbc.co.uk', 'bbc.co.uk'],
  ['www.bbc.co.uk', 'bbc.co.uk'],
  ['farmville.com', 'farmville.com'],
  ['games.poki.com', 'poki.com'],
  ['someone.github.io', 'someone.github.io'],
  ['localhost', 'localhost'],
  ['127.0.0.1', '127.0.0.1'],
])('the registrable domain of %s is %s', (host, domain) => {
  expect(registrableDomain(host)).toBe(domain);
});

// Wednesday 25 November 2026, 15:00 in London (TZ in vitest.config.ts).
const AT = new Date(2026, 10, 25, 15).getTime();

test.each<[Period, number, 0 | 1, string, string]>([
  ['day', 0, 1, '2026-11-25', '2026-11-25'],
  ['day', -25, 1, '2026-10-31', '2026-10-31'],
  ['week', 0, 1, '2026-11-23', '2026-11-29'],
  ['week', 0, 0, '2026-11-22', '2026-11-28'],
  ['week', -1, 1, '2026-11-16', '2026-11-22'],
  ['month', 0, 1, '2026-11-01', '2026-11-30'],
  ['month', -1, 1, '2026-10-01', '2026-10-31'],
  ['month', 2, 1, '2027-01-01', '2027-01-31'],
])('the %s %i periods away (week from day %i) runs %s to %s', (period, offset, weekStartsOn, first, last) => {
  const range = periodRange(period, AT, weekStartsOn, offset);
  expect([range.firstDay, range.lastDay]).toEqual([first, last]);
  expect(range.end).toBeGreaterThan(range.start);
});

test('a day of 25 hours (clocks back on 25 October) is one day long in the report', () => {
  const range = periodRange('day', new Date(2026, 9, 25, 12).getTime(), 1);
  expect(range.end - range.start).toBe(25 * 3_600_000);
});

const row = (host: string, category: Activity['category'], seconds: number, day = '2026-11-25'): Activity => ({
  day,
  host,
  category,
  seconds,
});

test('time is summed per category and per registrable domain, most time first, neutral included', () => {
  const report = timeReport(
    [
      row('news.bbc.co.uk', 'neutral', 300),
      row('www.bbc.co.uk', 'neutral', 100, '2026-11-24'),
      row('farmville.com', 'distraction', 200),
      row('poki.com', 'distraction', 600),
      row('games.poki.com', 'distraction', 60),
      // A saved item's page on a neutral site: its seconds split by what they counted as.
      {
        day: '2026-11-25',
        host: 'medium.com',
        category: 'neutral',
        seconds: 500,
        byCategory: { neutral: 300, learning: 200 },
      },
    ],
    registrableDomain,
  );
  expect(report.map((g) => [g.category, g.seconds])).toEqual([
    ['learning', 200],
    ['distraction', 860],
    ['neutral', 700],
  ]);
  expect(report[1]!.sites).toEqual([
    { domain: 'poki.com', seconds: 660, hosts: ['poki.com', 'games.poki.com'] },
    { domain: 'farmville.com', seconds: 200, hosts: ['farmville.com'] },
  ]);
  expect(report[2]!.sites.map((s) => [s.domain, s.seconds])).toEqual([
    ['bbc.co.uk', 400],
    ['medium.com', 300],
  ]);
  expect(report[0]!.sites.map((s) => s.domain)).toEqual(['medium.com']);
});

test('with no activity every category is there, empty', () => {
  expect(timeReport([], registrableDomain)).toEqual([
    { category: 'learning', seconds: 0, sites: [] },
    { category: 'distraction', seconds: 0, sites: [] },
    { category: 'neutral', seconds: 0, sites: [] },
  ]);
});
