/// <reference types="chrome" />
// The weekly popup, end to end: a database seeded with known items and activity, and the
// popup showing exactly those numbers; finishing an item with a takeaway; search; hostile
// content shown as text; a screenshot for review; axe.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { addDays, format, startOfWeek } from 'date-fns';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { seriousViolations } from './a11y.mjs';
import { launch, readItems, repoRoot, type Launched } from './harness.mjs';
import { goal } from '../unit/goal-fixtures';
import { item, seedRows } from './seed';

const ARTICLE = 'https://engineering.example.com/posts/query-planner.html';
const now = Date.now();
const dayKey = (offset: number) => format(addDays(now, offset), 'yyyy-MM-dd');
const at = (offset: number) => addDays(now, offset).getTime();
const monday = startOfWeek(now, { weekStartsOn: 1 }).getTime();
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
    h = await launch();
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
    expect(await stat('stat-learning')).toEqual([learning, learning - minutesIn(false, 'learning')]);
    expect(await stat('stat-distraction')).toEqual([distraction, distraction - minutesIn(false, 'distraction')]);
    expect(await stat('stat-saved')).toEqual([3, 2]);
    expect(await stat('stat-finished')).toEqual([1, 1]);
    expect(await popup.getByTestId('streak').getAttribute('data-value')).toBe('3');
    expect(await popup.getByTestId('goal-progress').innerText()).toContain('1/2 items');
    const today = popup
      .getByTestId('week-chart')
      .locator('g[role=img]')
      .nth((new Date(now).getDay() + 6) % 7);
    expect(await today.getAttribute('aria-label')).toMatch(/30 min learning, 10 min distraction/);
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
    expect((await stat('stat-saved'))[0]).toBe(1);
    await popup.getByRole('button', { name: 'Next week' }).click();
    await popup.getByRole('heading', { name: 'This week' }).waitFor();
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

  test('the extension made no network request of its own', () => {
    expect(h.guard.requests).toEqual([]);
  });
});
