/// <reference types="chrome" />
// First run: installing Learnmark opens its welcome page once, a local page that loads nothing;
// a restarted worker does not open it again. The popup's gear opens the settings.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { seriousViolations } from './a11y.mjs';
import { launch, WELCOME_PATH, type Launched } from './harness.mjs';
import { stopWorker } from './tracking-helpers.mjs';

let h: Launched;

/** The tabs showing the welcome page, by the tabs API (Playwright may not list every tab). */
const welcomeTabs = () =>
  h.sw.evaluate(
    (url) =>
      chrome.tabs.query({}).then((tabs) => tabs.filter((t) => (t.url || t.pendingUrl || '').startsWith(url)).length),
    `chrome-extension://${h.extensionId}/${WELCOME_PATH}`,
  );

describe('first run', () => {
  beforeAll(async () => {
    h = await launch({ keepWelcome: true });
  });
  afterAll(async () => {
    await h?.close();
  });

  test('the install opens the welcome page once: what it does, pin, shortcut, goals, the card on game sites, privacy', async () => {
    await expect.poll(welcomeTabs, { timeout: 10_000 }).toBe(1);
    const shown = () => h.ctx.pages().find((p) => p.url().includes(WELCOME_PATH));
    await expect.poll(() => shown() !== undefined, { timeout: 10_000 }).toBe(true);
    const page = shown() as Page;
    await page.getByRole('heading', { name: 'Welcome to Learnmark', level: 1 }).waitFor();
    expect(await page.getByTestId('welcome-lines').locator('li').count()).toBe(3);
    expect(await page.getByRole('heading', { name: 'Pin Learnmark' }).isVisible()).toBe(true);
    expect(await page.getByRole('img', { name: /puzzle-piece Extensions button/ }).isVisible()).toBe(true);
    expect(await page.getByTestId('welcome-shortcut').innerText()).toBe('Press Alt+Shift+S on any page to save it.');
    expect(await page.locator('code').innerText()).toBe('chrome://extensions/shortcuts');
    expect(await page.getByText('no account, no server of ours, no analytics').isVisible()).toBe(true);
    // The promise names the one way data leaves besides an export: the person's own sync, encrypted.
    expect(await page.getByText('sync encrypts everything on this computer first').isVisible()).toBe(true);
    // The card on the built-in game sites is offered here too, explained first. The test browser
    // already has access to every site (harness.mjs), so it says the card will appear;
    // sites.e2e.ts proves the one request for all of them as the extension ships.
    const offer = page.getByTestId('sites-card-access');
    await page.getByRole('heading', { name: 'The card on game sites', level: 2 }).waitFor();
    expect(await offer.textContent()).toContain('your browser asks once, for all of them');
    await expect
      .poll(() => offer.getByRole('status').textContent())
      .toBe('The card appears on the built-in game sites.');
    expect(await seriousViolations(page), 'welcome page').toEqual([]);

    // The goals link leads to the settings' goals section, in the same tab.
    await page.getByRole('link', { name: 'Set up goals' }).click();
    await page.waitForURL(/\/src\/options\/index\.html#goals$/);
    await page.getByRole('heading', { name: 'Goals' }).waitFor();
    // Closed, so that the gear below opens a new options tab (an open one is only focused).
    await page.close();
  });

  test('a restarted worker does not open the welcome page again', async () => {
    const page = await h.ctx.newPage();
    await page.goto(h.popupUrl(1));
    const before = await welcomeTabs();
    const stop = await stopWorker(h.ctx, h.sw, page);
    expect(stop.stopped).toBe(true);
    // Wake it with a message, as any page would.
    await page.evaluate(() => chrome.runtime.sendMessage({ type: 'goal-delete', payload: { id: 'none' } }));
    expect(await stop.markerGone()).toBe(true);
    await stop.detach();
    const tabs = await page.evaluate(() => chrome.tabs.query({}).then((all) => all.map((t) => t.url ?? '')));
    expect(tabs.filter((u) => u.includes(WELCOME_PATH))).toHaveLength(before);
  });

  test('the popup has a gear that opens the settings', async () => {
    const popup = await h.ctx.newPage();
    await popup.goto(h.popupUrl(1));
    const opened = h.ctx.waitForEvent('page', { predicate: (p) => p.url().includes('/src/options/index.html') });
    await popup.getByRole('button', { name: 'Settings' }).click();
    const options = await opened;
    await options.getByRole('heading', { name: 'Goals' }).waitFor();
    expect(await seriousViolations(popup), 'popup with the gear').toEqual([]);
  });

  test('the extension made no network request', () => {
    expect(h.guard.requests).toEqual([]);
  });
});
