import { expect, test } from 'vitest';
import type { Activity } from '../../../../src/core/tracking/model';
import { registrableDomain } from '../../../../src/core/tracking/domain';
import { activityOfDaySites, addSiteSeconds, daySitesFromActivity } from '../../../../src/core/tracking/day-sites';
import { timeReport } from '../../../../src/core/tracking/time-report';

const row = (day: string, host: string, by: Activity['byCategory'], category: Activity['category'] = 'neutral') => {
  const seconds = Object.values(by ?? {}).reduce((a, b) => a + b, 0);
  return { day, host, category, seconds, byCategory: by };
};

test.each([
  ['a first second on a new day', undefined, { 'poki.com': { distraction: 30 } }],
  ['more on the same host and category', { 'poki.com': { distraction: 60 } }, { 'poki.com': { distraction: 90 } }],
  [
    'another category of the same host, kept apart',
    { 'poki.com': { learning: 10 } },
    { 'poki.com': { learning: 10, distraction: 30 } },
  ],
  [
    'another host, the others untouched',
    { 'mdn.dev': { learning: 10 } },
    { 'mdn.dev': { learning: 10 }, 'poki.com': { distraction: 30 } },
  ],
])('adding 30 distraction seconds on poki.com: %s', (_, before, after) => {
  const day = '2026-11-25';
  const old = before ? { day, sites: before } : undefined;
  expect(addSiteSeconds(old, day, 'poki.com', 'distraction', 30)).toEqual({ day, sites: after });
  // The row given is never changed in place (it may be Dexie's cached copy).
  if (old) expect(old.sites).toEqual(before);
});

test('activity rows fold into one row a day, mixed hosts and rows from before byCategory alike', () => {
  const rows: Activity[] = [
    row('2026-11-25', 'poki.com', { distraction: 120 }, 'distraction'),
    row('2026-11-25', 'www.linkedin.com', { neutral: 300, learning: 60 }),
    // Older rows have one category and no split.
    { day: '2026-11-24', host: 'mdn.dev', category: 'learning', seconds: 45 },
    row('2026-11-24', 'poki.com', { distraction: 0 }),
  ];
  expect(daySitesFromActivity(rows)).toEqual([
    { day: '2026-11-24', sites: { 'mdn.dev': { learning: 45 }, 'poki.com': {} } },
    {
      day: '2026-11-25',
      sites: { 'poki.com': { distraction: 120 }, 'www.linkedin.com': { neutral: 300, learning: 60 } },
    },
  ]);
});

test('read back as activity rows, each host keeps its split and its largest share as its category', () => {
  const back = [
    ...activityOfDaySites([
      { day: 'd', sites: { a: { neutral: 300, learning: 60 }, b: { learning: 5, distraction: 5 } } },
    ]),
  ];
  expect(back).toEqual([
    { day: 'd', host: 'a', category: 'neutral', seconds: 360, byCategory: { neutral: 300, learning: 60 } },
    { day: 'd', host: 'b', category: 'learning', seconds: 10, byCategory: { learning: 5, distraction: 5 } },
  ]);
});

test('the time report over the day rows is the report over the activity they come from', () => {
  const rows: Activity[] = [];
  for (let d = 1; d <= 28; d++) {
    const day = `2026-11-${String(d).padStart(2, '0')}`;
    for (let h = 0; h < 30; h++) {
      const host = `h${h}.site${h % 7}.${h % 2 ? 'example.com' : 'example.co.uk'}`;
      rows.push(
        h % 5 ? row(day, host, { [['learning', 'distraction', 'neutral'][h % 3]!]: d * h + 1 }) : row(day, host, {}),
      );
    }
  }
  const folded = daySitesFromActivity(rows);
  expect(folded).toHaveLength(28);
  expect(timeReport(activityOfDaySites(folded), registrableDomain)).toEqual(timeReport(rows, registrableDomain));
});
