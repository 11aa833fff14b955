/// <reference types="chrome" />
// Time tracking and the budget nudge, end to end: the built extension in Chromium, a game site
// served as farmville.com, the budget set on the options page, and the worker stopped mid-session.
import type { Page, Worker } from 'playwright-core';
import { hasClosedShadow, inClosedShadows } from './closed-shadow.mjs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { clearTable, fixturesDir, launch, type Launched } from './harness.mjs';
import { readStore, settledActivity, stopWorker } from './tracking-helpers.mjs';

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

// The card lives in a closed shadow root: reached through the DevTools protocol (closed-shadow.mjs).
async function waitForCard(page: Page) {
  await expect.poll(() => hasClosedShadow(page, 'learnmark-nudge'), { timeout: 100_000, interval: 500 }).toBe(true);
}
const inCard = async (page: Page, selector: string) => {
  const [element] = await inClosedShadows(page, 'learnmark-nudge', selector);
  if (!element) throw new Error(`no ${selector} in the nudge card`);
  return element;
};

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
    const cardShown = () => hasClosedShadow(game, 'learnmark-nudge');
    expect(await (await inCard(game, '[role=dialog]')).text()).toMatch(/You have spent \d+ min on farmville.com today/);
    // Keyboard users meet the card: focus is on its first offer (no saved item here to swap to).
    expect(await (await inCard(game, ':focus')).text()).toBe('Five more minutes');

    await (await inCard(game, '[data-testid=nudge-more-time]')).click();
    await expect.poll(async () => (await nudges()).map((n) => n.outcome)).toEqual(['more-time']);
    expect(await cardShown()).toBe(false);

    // Not today: recorded, and no further nudge even when the check runs again.
    await forgetNudges();
    await checkNow(h.sw);
    await waitForCard(game);
    await game.keyboard.press('Tab');
    await (await inCard(game, '[data-testid=nudge-not-today]')).click();
    await expect.poll(async () => (await nudges()).map((n) => n.outcome)).toEqual(['snoozed']);
    await checkNow(h.sw);
    await game.waitForTimeout(2_000);
    expect(await cardShown()).toBe(false);

    // Escape dismisses (keyboard), and "this is learning for me" moves the site to learning.
    await forgetNudges();
    await checkNow(h.sw);
    await waitForCard(game);
    await game.keyboard.press('Escape');
    await expect.poll(async () => (await nudges()).map((n) => n.outcome)).toEqual(['dismissed']);
    await forgetNudges();
    await checkNow(h.sw);
    await waitForCard(game);
    const learning = await inCard(game, '[data-testid=nudge-learning]');
    expect(await learning.text()).toBe('farmville.com is learning for me');
    await learning.click();
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
  });
});
