/// <reference types="chrome" />
// The weekly popup, end to end: a database seeded with known items and activity, and the
// popup showing exactly those numbers; the same for every first day of the week and a day on
// every weekday; finishing an item with a takeaway; search; hostile content shown as text; a
// screenshot for review; axe. The extension's clock is set (harness.mjs): noon on a chosen
// date, so the weeks are the same whatever day the suite runs.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { addDays } from 'date-fns/addDays';
import { format } from 'date-fns/format';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { seriousViolations } from './a11y.mjs';
import { clearTable, launch, readItems, repoRoot, unfold, type Launched } from './harness.mjs';
import { goal } from '../unit/goal-fixtures';
import { item, seedRows } from './seed';

const ARTICLE = 'https://engineering.example.com/posts/query-planner.html';
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** Noon on a local date (month 1-12): the clock the tests set. */
const noon = (year: number, month: number, day: number) => new Date(year, month - 1, day, 12).getTime();
/** Local midnight `days` days from the date of `t`, worked out by hand rather than by the code under test. */
const midnight = (t: number, days = 0) => {
  const d = new Date(t);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + days).getTime();
};
/** The first moment of the week containing `t`, for weeks starting on `firstDay` (0 Sunday). */
const weekStartOf = (t: number, firstDay: number) => midnight(t, -((new Date(t).getDay() - firstDay + 7) % 7));

// A Friday, weeks from Monday: the last three days (the streak) fall in this week, a week ago
// in the last one.
const now = noon(2026, 11, 27);
const dayKey = (offset: number) => format(addDays(now, offset), 'yyyy-MM-dd');
const at = (offset: number) => addDays(now, offset).getTime();
const monday = weekStartOf(now, 1);
const inThisWeek = (offset: number) => at(offset) >= monday;

// Learning on the last three days (a streak of 3), and a day a week ago.
const DAYS = [
  { day: dayKey(0), learning: 1800, distraction: 600, neutral: 0 },
  { day: dayKey(-1), learning: 300, distraction: 0, neutral: 0 },
  { day: dayKey(-2), learning: 300, distraction: 0, neutral: 0 },
  { day: dayKey(-7), learning: 600, distraction: 1200, neutral: 0 },
];
const minutesIn = (thisWeek: boolean, key: 'learning' | 'distraction') =>
  DAYS.filter((d, i) => [0, -1, -2, -7].map(inThisWeek)[i] === thisWeek).reduce((s, d) => s + d[key], 0) / 60;

const GOAL = goal({ id: 'g-sql', title: 'Get better at SQL', keywords: ['sql'], weeklyItems: 2 });
const ITEMS = [
  item({
    title: 'Reading EXPLAIN plans',
    savedAt: at(0),
    goalIds: [GOAL.id],
    text: 'The planner chooses a bitmap heap scan when selectivity is middling.',
  }),
  item({
    title: '<img src=x onerror="document.title=`pwned`">Hostile title',
    savedAt: at(0) - 1000,
    url: 'https://seed.example/hostile',
    originalUrl: 'javascript:alert(1)',
  }),
  item({ title: 'T'.repeat(5000), savedAt: at(0) - 2000 }),
  item({ title: 'Finished today', savedAt: at(-14), status: 'done', doneAt: at(0), note: 'Measure before tuning' }),
  item({ title: 'Saved a week ago', savedAt: at(-7) }),
];

let h: Launched;
let popup: Page;

describe('the weekly popup', () => {
  beforeAll(async () => {
    h = await launch({ now });
    const options = await h.ctx.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/src/options/index.html#goals`);
    await options.getByRole('button', { name: 'New goal' }).waitFor();
    await options.evaluate(() => chrome.storage.sync.set({ display: { weekStartsOn: 1 } }));
    await seedRows(options, 'goals', [GOAL]);
    await seedRows(options, 'items', ITEMS);
    await seedRows(options, 'days', DAYS);
    await options.close();
    const tab = await h.ctx.newPage();
    await tab.goto(ARTICLE);
    popup = await h.openPopupFor(tab);
    await popup.setViewportSize({ width: 360, height: 900 });
    await popup.getByTestId('week').waitFor();
    // The day by day and the lists are folded below the week; this popup opens them once.
    await unfold(popup, 'days', 'upnext', 'latest');
  });
  afterAll(async () => {
    await h?.close();
  });

  const stat = async (id: string) => {
    const el = popup.getByTestId(id);
    return [Number(await el.getAttribute('data-value')), Number(await el.getAttribute('data-change'))];
  };

  test('shows exactly the seeded week', async () => {
    const learning = minutesIn(true, 'learning');
    const distraction = minutesIn(true, 'distraction');
    // Friday noon against last Friday noon: half of last Friday's time (its only day) counts.
    expect(await stat('stat-learning')).toEqual([learning, learning - minutesIn(false, 'learning') / 2]);
    expect(await stat('stat-distraction')).toEqual([distraction, distraction - minutesIn(false, 'distraction') / 2]);
    expect(await popup.getByTestId('stat-learning').innerText()).toContain(
      `+${learning - minutesIn(false, 'learning') / 2} min vs this time last week`,
    );
    expect(await stat('stat-saved')).toEqual([3, 2]);
    expect(await stat('stat-finished')).toEqual([1, 1]);
    expect(await popup.getByTestId('streak').getAttribute('data-value')).toBe('3');
    // Progress is learning done: the tied item saved today is shown apart, not counted.
    expect(await popup.getByTestId('goal-progress').innerText()).toContain('0/2 finished · 1 saved');
    expect(await popup.getByTestId('goal-items-bar').evaluate((e) => (e as HTMLProgressElement).value)).toBe(0);
    const today = popup.getByTestId('week-chart').locator('g[role=img]').nth(4);
    expect(await today.getAttribute('aria-label')).toMatch(/^Friday\b.*30 min learning, 10 min distraction/);
  });

  test('hostile content is text, and a javascript: address is never a link', async () => {
    const list = popup.getByTestId('latest-items');
    expect(await list.innerText()).toContain('<img src=x onerror="document.title=`pwned`">Hostile title');
    expect(await popup.locator('img[src=x]').count()).toBe(0);
    expect(await popup.locator('a[href^="javascript:"]').count()).toBe(0);
    expect(await popup.title()).not.toBe('pwned');
    const long = popup.getByTestId('latest-items').locator('.item-title', { hasText: 'TTTT' });
    expect((await long.boundingBox())!.height).toBeLessThan(60);
  });

  test('an item finished with a takeaway counts at once', async () => {
    const upNext = popup.getByTestId('up-next');
    await upNext.getByRole('button', { name: /^Done\W+Reading EXPLAIN plans/ }).click();
    await popup.getByLabel('Your takeaway, in one line (optional)').fill('Check selectivity first');
    await popup.getByTestId('takeaway-form').getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => stat('stat-finished')).toEqual([2, 2]);
    // Finishing the tied item moves its goal, text and bar alike.
    expect(await popup.getByTestId('goal-progress').innerText()).toContain('1/2 finished');
    expect(await popup.getByTestId('goal-progress').innerText()).not.toContain('saved');
    expect(await popup.getByTestId('goal-items-bar').evaluate((e) => (e as HTMLProgressElement).value)).toBe(1);
    const stored = (await readItems(popup)).find((i) => i.title === 'Reading EXPLAIN plans');
    expect(stored).toMatchObject({ status: 'done', note: 'Check selectivity first' });
    expect(typeof stored?.doneAt).toBe('number');
  });

  test('search finds an item by a word in its text, and by its takeaway', async () => {
    const search = popup.getByRole('searchbox', { name: 'Search everything you saved' });
    await search.fill('bitmap');
    const results = popup.getByTestId('search-results');
    await expect
      .poll(() => results.locator('li').allInnerTexts())
      .toEqual([expect.stringContaining('Reading EXPLAIN plans')]);
    await search.fill('tuning');
    await expect.poll(() => results.locator('li').allInnerTexts()).toEqual([expect.stringContaining('Finished today')]);
    await search.fill('zebra');
    await results.getByText('No items match.').waitFor();
    await search.fill('');
    await popup.getByTestId('week').waitFor();
  });

  test('earlier weeks can be browsed', async () => {
    await popup.getByRole('button', { name: 'Previous week' }).click();
    await popup.getByRole('heading', { name: 'Last week' }).waitFor();
    // Only "Saved a week ago" and its day's time; "Finished today" was saved the week before.
    await expect.poll(() => stat('stat-saved')).toEqual([1, 0]);
    expect(await stat('stat-learning')).toEqual([minutesIn(false, 'learning'), minutesIn(false, 'learning')]);
    expect(await stat('stat-finished')).toEqual([0, 0]);
    expect(await popup.getByTestId('stat-learning').innerText()).toContain('vs last week');
    // A week with nothing in it reads "0 min", on the cards and the chart, never blank.
    await popup.getByRole('button', { name: 'Previous week' }).click();
    await expect.poll(() => stat('stat-learning')).toEqual([0, 0]);
    expect(await popup.getByTestId('stat-distraction').locator('.stat-value').innerText()).toBe('0 min');
    expect(await popup.getByTestId('stat-learning').innerText()).toContain('±0 min vs last week');
    const monday = popup.getByTestId('week-chart').locator('g[role=img]').first();
    expect(await monday.getAttribute('aria-label')).toMatch(/0 min learning, 0 min distraction/);
    await popup.getByRole('button', { name: 'Next week' }).click();
    await popup.getByRole('heading', { name: 'Last week' }).waitFor();
    await popup.getByRole('button', { name: 'Next week' }).click();
    await popup.getByRole('heading', { name: 'This week' }).waitFor();
    await expect.poll(() => stat('stat-saved')).toEqual([3, 2]);
  });

  test('a screenshot of the popup, light and dark, for review; no serious axe violations', async () => {
    const dir = join(repoRoot, 'test-results');
    mkdirSync(dir, { recursive: true });
    await popup.screenshot({ path: join(dir, 'popup-week.png'), fullPage: true });
    await popup.emulateMedia({ colorScheme: 'dark' });
    await popup.screenshot({ path: join(dir, 'popup-week-dark.png'), fullPage: true });
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.emulateMedia({ colorScheme: 'light' });
    expect(await seriousViolations(popup)).toEqual([]);
  });

  test('the toolbar badge shows this week’s learning minutes once turned on', async () => {
    const options = await h.ctx.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/src/options/index.html#preferences`);
    await options.getByLabel("Show this week's learning minutes on the toolbar icon").check();
    const expected = String(minutesIn(true, 'learning'));
    await expect.poll(() => h.sw.evaluate(() => chrome.action.getBadgeText({}))).toBe(expected);
    await options.getByLabel("Show this week's learning minutes on the toolbar icon").uncheck();
    await expect.poll(() => h.sw.evaluate(() => chrome.action.getBadgeText({}))).toBe('');
    expect(await seriousViolations(options)).toEqual([]);
    await options.close();
  });

  // One browser, the clock and the first day changed between rounds: each weekday once and
  // each first day once, with "now" at every place in its week (the first day … the last).
  const ROUNDS = WEEKDAYS.map((name, weekday) => {
    const firstDay = (2 * weekday + 1) % 7;
    return { weekday, firstDay, name, first: WEEKDAYS[firstDay] };
  });
  test.each(ROUNDS)('now on a $name, weeks from $first: the week the person chose', async (r) => {
    const clock = noon(2026, 11, 22 + r.weekday); // 2026-11-22 is a Sunday
    const start = weekStartOf(clock, r.firstDay);
    const previousStart = midnight(start, -7);
    const key = (t: number) => format(t, 'yyyy-MM-dd');
    const today = (new Date(clock).getDay() - r.firstDay + 7) % 7;
    await h.setNow(clock);
    await h.sw.evaluate((firstDay) => chrome.storage.sync.set({ display: { weekStartsOn: firstDay } }), r.firstDay);
    for (const table of ['items', 'days']) await clearTable(popup, table);
    await seedRows(popup, 'items', [
      item({ title: 'First moment of the week', savedAt: start }),
      item({ title: 'Saved just now', savedAt: clock - 60_000 }),
      item({ title: 'Last moment of last week', savedAt: start - 1 }),
      item({ title: 'Saved last week', savedAt: previousStart + 3_600_000 }),
      item({ title: 'Saved earlier', savedAt: midnight(start, -30) }),
      item({ title: 'Finished this week', savedAt: midnight(start, -20), status: 'done', doneAt: start + 1 }),
      item({ title: 'Finished last week', savedAt: previousStart + 7_200_000, status: 'done', doneAt: start - 1 }),
      item({ title: 'Finished before', savedAt: midnight(start, -22), status: 'done', doneAt: previousStart - 1 }),
    ]);
    const days = new Map([[key(midnight(start, -1)), 300]]);
    days.set(key(start), 600);
    days.set(key(clock), (days.get(key(clock)) ?? 0) + 1200);
    await seedRows(
      popup,
      'days',
      [...days].map(([day, learning]) => ({ day, learning, distraction: 0, neutral: 0 })),
    );
    await popup.reload();
    await popup.getByRole('heading', { name: 'This week' }).waitFor();
    // Against last week up to the same point (noon, same weekday): the two saved early on its
    // first day count, its last moments not yet; its final day (5 min) counts half on its noon.
    expect(await stat('stat-saved')).toEqual([2, 0]);
    expect(await stat('stat-finished')).toEqual([1, 1]);
    expect(await stat('stat-learning')).toEqual([30, today === 6 ? 27 : 30]);
    const bars = popup.getByTestId('week-chart').locator('g[role=img]');
    expect(await bars.count()).toBe(7);
    expect(await bars.first().getAttribute('aria-label')).toMatch(new RegExp(`^${WEEKDAYS[r.firstDay]}\\b`));
    expect(await bars.nth(today).getAttribute('aria-label')).toMatch(new RegExp(`^${WEEKDAYS[r.weekday]}\\b`));
    expect(await bars.nth(today).getAttribute('aria-label')).toContain(
      today === 0 ? '30 min learning' : '20 min learning',
    );
    if (today > 0) expect(await bars.first().getAttribute('aria-label')).toContain('10 min learning');
  });

  test('the extension made no network request of its own', () => {
    expect(h.guard.requests).toEqual([]);
  });
});
