/// <reference types="chrome" />
// Time tracking and the budget nudge, end to end: the built extension in Chromium, a game site
// served as farmville.com, the budget set on the options page, and the worker stopped mid-session.
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { clearTable, fixturesDir, launch, type Launched } from './harness.mjs';
import { readStore, settledActivity, stopWorker } from './tracking-helpers.mjs';
import { hasClosedShadow, inClosedShadows } from './closed-shadow.mjs';

const GAME = 'http://farmville.com/';
const NEWS = 'http://news.example.com/';
let h: Launched;
let options: Page;

type Row = { day: string; host: string; category: string; seconds: number };
type NudgeRow = { id: string; host: string; outcome: string; itemId: string | null };
const secondsOn = async (host: string) =>
  ((await readStore(options, 'activity')) as Row[]).filter((r) => r.host === host).reduce((a, r) => a + r.seconds, 0);
const nudges = async () => (await readStore(options, 'nudges')) as NudgeRow[];

/** Forces the budget check now (the alarm the worker set itself would fire a little later). */
const checkNow = (sw: Worker) => sw.evaluate(() => chrome.alarms.create('budget', { when: Date.now() }));
/** Clears the nudges so the ten-minute gap does not hold back the next button's nudge. */
const forgetNudges = () => clearTable(options, 'nudges');

/** Waits for the card (in a closed shadow root: read through closed-shadow.mjs). */
async function waitForCard(page: Page) {
  await expect.poll(() => hasClosedShadow(page, 'learnmark-nudge'), { timeout: 100_000 }).toBe(true);
}
const inCard = async (page: Page, selector: string) => (await inClosedShadows(page, 'learnmark-nudge', selector))[0]!;

describe('time tracking and the nudge', () => {
  beforeAll(async () => {
    h = await launch({ pages: [{ url: NEWS, file: `${fixturesDir}/farmville.com/index.html` }] });
    options = await h.ctx.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/src/options/index.html#sites`);
  });
  afterAll(async () => {
    await h?.close();
  });

  test('a one-minute budget set on the options page brings the nudge; each button does what it says', async () => {
    const budget = options.getByLabel('Daily budget for distraction sites (minutes)');
    await budget.fill('1');
    await budget.press('Tab');
    await options.getByLabel(/Add a distraction site/).fill('farmville.com');
    await options.getByRole('button', { name: 'Add' }).nth(1).click();
    await expect
      .poll(() =>
        h.sw.evaluate(() => chrome.storage.sync.get('tracking').then((s: Record<string, unknown>) => s.tracking)),
      )
      .toMatchObject({ dailyBudgetMinutes: 1, distraction: ['farmville.com'] });

    const game = await h.ctx.newPage();
    await game.goto(GAME);
    await game.bringToFront();
    const shownAt = Date.now();
    await waitForCard(game);
    expect(Date.now() - shownAt).toBeGreaterThan(50_000);
    expect(await (await inCard(game, '[role=dialog]')).text()).toMatch(/You have spent \d+ min on farmville.com today/);
    // The card takes no focus: the page keeps it.
    const active = () => game.evaluate(() => document.activeElement?.localName);
    expect(await active()).toBe('body');

    // "Five more minutes" counts only after its pause.
    const more = await inCard(game, '[data-testid=nudge-more-time]');
    await expect.poll(() => more.attr('aria-disabled'), { timeout: 10_000 }).toBe(null);
    await more.click();
    await expect.poll(async () => (await nudges()).map((n) => n.outcome)).toEqual(['more-time']);
    expect(await hasClosedShadow(game, 'learnmark-nudge')).toBe(false);

    // Not today: recorded, and no further nudge even when the check runs again.
    await forgetNudges();
    await checkNow(h.sw);
    await waitForCard(game);
    await (await inCard(game, '[data-testid=nudge-not-today]')).click();
    await expect.poll(async () => (await nudges()).map((n) => n.outcome)).toEqual(['snoozed']);
    await checkNow(h.sw);
    await game.waitForTimeout(2_000);
    expect(await hasClosedShadow(game, 'learnmark-nudge')).toBe(false);

    // By keyboard: Alt+Shift+L moves into the card, Shift+Tab reaches its close button.
    await forgetNudges();
    await checkNow(h.sw);
    await waitForCard(game);
    await game.keyboard.press('Alt+Shift+KeyL');
    await expect.poll(active).toBe('learnmark-nudge');
    await game.keyboard.press('Shift+Tab');
    await game.keyboard.press('Enter');
    await expect.poll(async () => (await nudges()).map((n) => n.outcome)).toEqual(['dismissed']);
    await expect.poll(active).toBe('body');

    // "This is learning for me", the whole site, always: the site moves to learning.
    await forgetNudges();
    await checkNow(h.sw);
    await waitForCard(game);
    await (await inCard(game, '[data-testid=nudge-learning]')).click();
    await (await inCard(game, '[data-testid=nudge-what-site]')).click();
    await (await inCard(game, '[data-testid=nudge-until-always]')).click();
    await (await inCard(game, '[data-testid=nudge-learning-confirm]')).click();
    await expect
      .poll(() =>
        h.sw.evaluate(() =>
          chrome.storage.sync
            .get('tracking')
            .then((s) => (s.tracking as { learning?: string[] } | undefined)?.learning),
        ),
      )
      .toEqual(['farmville.com']);
    expect(h.guard.requests).toEqual([]);
  });

  test('the worker stopped mid-session loses no time (within two seconds)', async () => {
    const news = await h.ctx.newPage();
    await news.goto(NEWS);
    await news.bringToFront();
    const start = Date.now();
    await news.waitForTimeout(8_000);
    const stop = await stopWorker(h.ctx, h.sw, news);
    expect(stop.stopped, 'the worker holding the marker is gone').toBe(true);
    await news.waitForTimeout(8_000);
    const blank = await h.ctx.newPage();
    await blank.goto('about:blank');
    await blank.bringToFront();
    const end = Date.now();
    // The last switch woke a new worker (not the one that held the marker) which closed the
    // segment; wait for that write, not merely for some seconds (a flush may have written some).
    expect(await stop.markerGone(), 'a new worker runs after the stop').toBe(true);
    await stop.detach();
    await settledActivity(options);
    const recorded = await secondsOn('news.example.com');
    console.log(`tracking e2e: recorded ${recorded.toFixed(2)} s, spent ${((end - start) / 1000).toFixed(2)} s`);
    expect(Math.abs(recorded - (end - start) / 1000)).toBeLessThan(2);
    // The day's time per site (what the time report reads) got the same seconds, in the same writes.
    const daySites = (await readStore(options, 'daySites')) as { sites: Record<string, { neutral?: number }> }[];
    expect(daySites.reduce((a, d) => a + (d.sites['news.example.com']?.neutral ?? 0), 0)).toBeCloseTo(recorded, 6);
  });
});
