import { fakeBrowser } from '@webext-core/fake-browser';
import { format } from 'date-fns/format';
import { beforeEach, expect, test, vi } from 'vitest';
import { refreshWeekBadge } from '../../../src/background/week-badge';
import { badgeText } from '../../../src/core/week/display-settings';
import { db } from '../../../src/db/db';
import { installExtensionApis } from '../fake-extension-apis';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));
const apis = installExtensionApis();
const NOW = new Date(2026, 10, 25, 12).getTime(); // a Wednesday

beforeEach(async () => {
  vi.clearAllMocks();
  await fakeBrowser.storage.sync.clear();
  await db().days.clear();
  await db().days.bulkPut([
    { day: format(NOW, 'yyyy-MM-dd'), learning: 1500, distraction: 300, neutral: 0 },
    { day: '2026-11-23', learning: 300, distraction: 0, neutral: 0 },
    { day: '2026-11-20', learning: 6000, distraction: 0, neutral: 0 }, // last week: not counted
  ]);
});

test('off by default: the icon has no week text', async () => {
  expect(await refreshWeekBadge(NOW)).toBe('');
  expect(apis.action.setBadgeText).toHaveBeenCalledWith({ text: '' });
});

test('on: this week’s learning minutes, from the person’s week start', async () => {
  await fakeBrowser.storage.sync.set({ display: { weekBadge: true, weekStartsOn: 1 } });
  expect(await refreshWeekBadge(NOW)).toBe('30');
  expect(apis.action.setBadgeText).toHaveBeenLastCalledWith({ text: '30' });
  // A week starting on Wednesday leaves Monday out.
  await fakeBrowser.storage.sync.set({ display: { weekBadge: true, weekStartsOn: 3 } });
  expect(await refreshWeekBadge(NOW)).toBe('25');
});

test.each([
  [0, ''],
  [7, '7'],
  [99, '99'],
  [100, '1h'],
  [725, '12h'],
])('badgeText(%i) = %j', (minutes, text) => {
  expect(badgeText(minutes)).toBe(text);
});
