import { afterEach, beforeEach, expect, test } from 'vitest';
import { openDb, type LearnmarkDb } from '../../../src/db/db';
import { addActivity, siteTimeBetween, type Credit } from '../../../src/db/tracking';

let database: LearnmarkDb;
let n = 0;
beforeEach(() => {
  database = openDb(`tracking-db-${++n}`);
});
afterEach(() => database.delete());

const credit = (over: Partial<Credit>): Credit => ({
  day: '2026-11-25',
  host: 'poki.com',
  category: 'distraction',
  seconds: 60,
  itemId: null,
  hour: 14,
  ...over,
});

test('recorded time goes to the host’s row, the day’s totals and the day’s time per site together', async () => {
  await addActivity(database, [
    credit({}),
    credit({ host: 'mdn.dev', category: 'learning', seconds: 30 }),
    credit({ seconds: 15, hour: 15 }),
    credit({ day: '2026-11-26', host: 'mdn.dev', category: 'neutral', seconds: 20 }),
  ]);
  expect(await database.activity.get(['2026-11-25', 'poki.com'])).toMatchObject({ seconds: 75 });
  expect(await database.days.get('2026-11-25')).toMatchObject({ learning: 30, distraction: 75, neutral: 0 });
  expect(await database.daySites.toArray()).toEqual([
    { day: '2026-11-25', sites: { 'poki.com': { distraction: 75 }, 'mdn.dev': { learning: 30 } } },
    { day: '2026-11-26', sites: { 'mdn.dev': { neutral: 20 } } },
  ]);
  // The report's read: one row a day, back as one row per day and host.
  expect(await siteTimeBetween(database, '2026-11-25', '2026-11-25')).toEqual([
    { day: '2026-11-25', host: 'poki.com', category: 'distraction', seconds: 75, byCategory: { distraction: 75 } },
    { day: '2026-11-25', host: 'mdn.dev', category: 'learning', seconds: 30, byCategory: { learning: 30 } },
  ]);
  expect((await siteTimeBetween(database, '2026-11-24', '2026-11-26')).map((r) => r.day)).toEqual([
    '2026-11-25',
    '2026-11-25',
    '2026-11-26',
  ]);
});

test('a write that fails leaves neither the activity nor the per-site row: one transaction', async () => {
  database.daySites.hook('creating', () => {
    throw new Error('disk full');
  });
  await expect(addActivity(database, [credit({})])).rejects.toThrow('disk full');
  expect(await database.activity.count()).toBe(0);
  expect(await database.days.count()).toBe(0);
});
