/// <reference types="chrome" />
// The Sites page: the built-in sites listed with a switch each (turning one off changes how its
// time is counted), "Saved" after every change, and the card offered on the built-in game sites
// after an explanation, asking their access in one request.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { seriousViolations } from './a11y.mjs';
import { launch, type Launched } from './harness.mjs';
import { settledActivity, trackerState } from './tracking-helpers.mjs';

const tracking = (h: Launched) =>
  h.sw.evaluate(() => chrome.storage.sync.get('tracking').then((s: Record<string, unknown>) => s.tracking));

describe('the Sites page', () => {
  let h: Launched;
  let options: Page;
  beforeAll(async () => {
    h = await launch();
    options = await h.ctx.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/src/options/index.html#sites`);
  });
  afterAll(async () => {
    await h?.close();
  });

  test('lists the built-in sites; switching one off says "Saved" and its time counts as neutral', async () => {
    const defaults = options.getByTestId('sites-defaults');
    const farmville = defaults.getByRole('switch', { name: /farmville\.com/ });
    await expect.poll(() => farmville.isChecked()).toBe(true);
    expect(await defaults.getByRole('switch').count()).toBe(19);
    expect(await defaults.getByRole('switch', { name: /developer\.mozilla\.org/ }).isChecked()).toBe(true);
    expect(await options.getByTestId('sites-saved').textContent()).toBe('');
    expect(await seriousViolations(options), 'the Sites page').toEqual([]);

    await farmville.click();
    await expect.poll(() => options.getByTestId('sites-saved').textContent()).toBe('Saved');
    await expect.poll(() => tracking(h)).toMatchObject({ offDefaults: ['farmville.com'] });
    expect(await farmville.isChecked()).toBe(false);

    // The game site is now neutral: its time is counted as such.
    const game = await h.ctx.newPage();
    await game.goto('http://farmville.com/');
    await game.bringToFront();
    // Counted once the tracker's segment on the game has run a couple of seconds (under load the
    // worker may take longer than that to open it).
    const onGame = async () => {
      const segment = (await trackerState(options))?.segment as { host: string; startedAt: number } | null;
      return segment?.host === 'farmville.com' && Date.now() - segment.startedAt >= 2_000;
    };
    await expect.poll(onGame, { timeout: 30_000 }).toBe(true);
    await options.bringToFront();
    const rows = (await settledActivity(options)) as { host: string; category: string }[];
    expect(rows.filter((r) => r.host === 'farmville.com').map((r) => r.category)).toEqual(['neutral']);
    await game.close();

    // And back on: saved again.
    await farmville.click();
    await expect.poll(() => tracking(h)).toMatchObject({ offDefaults: [] });
    await expect.poll(() => options.getByTestId('sites-saved').textContent()).toBe('Saved');
  });

  test('a schedule: weekdays 9–17 by default, days and a budget outside them, each change saved', async () => {
    const schedule = options.getByTestId('sites-schedule');
    await schedule.getByRole('switch', { name: 'Only on chosen days and hours' }).click();
    await expect
      .poll(() => tracking(h))
      .toMatchObject({ schedule: { days: [1, 2, 3, 4, 5], from: 540, to: 1020, outsideMinutes: null } });
    expect(await schedule.getByRole('checkbox', { name: 'Saturday' }).isChecked()).toBe(false);
    await schedule.getByRole('checkbox', { name: 'Friday' }).click();
    await schedule.getByLabel('To (a time before the start runs past midnight)').fill('12:30');
    const outside = schedule.getByLabel('Budget outside these hours (minutes)');
    await outside.fill('45');
    await outside.press('Tab');
    await expect
      .poll(() => tracking(h))
      .toMatchObject({ schedule: { days: [1, 2, 3, 4], from: 540, to: 750, outsideMinutes: 45 } });
    await expect.poll(() => options.getByTestId('sites-saved').textContent()).toBe('Saved');
    expect(await seriousViolations(options), 'the schedule').toEqual([]);
  });

  test('offers the card on the built-in game sites, explained first, asking access once', async () => {
    const offer = options.getByTestId('sites-card-access');
    expect(await offer.textContent()).toContain('your browser asks once, for all of them');
    // The test browser already has access to every site (harness.mjs), so the request is
    // answered at once, without a prompt; the page says the card will appear.
    await expect
      .poll(() => offer.getByRole('status').textContent())
      .toBe('The card appears on the built-in game sites.');
    expect(await seriousViolations(options), 'the card offer').toEqual([]);
    expect(h.guard.requests).toEqual([]);
  });
});

describe('the Sites page as the extension ships (no access to game sites)', () => {
  let h: Launched;
  afterAll(async () => {
    await h?.close();
  });

  test('the card offer asks for every built-in game site in one request', async () => {
    h = await launch({ allUrls: false });
    const options = await h.ctx.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/src/options/index.html#sites`);
    // Record the request instead of showing the browser's prompt, which headless cannot answer.
    await options.evaluate(() => {
      const g = globalThis as unknown as { __asked: unknown[] };
      g.__asked = [];
      chrome.permissions.request = ((p: chrome.permissions.Permissions) => {
        g.__asked.push(p);
        return Promise.resolve(false);
      }) as typeof chrome.permissions.request;
    });
    const offer = options.getByTestId('sites-card-access');
    await offer.getByRole('button', { name: 'Show the card on the game sites' }).click();
    await expect
      .poll(() => offer.getByRole('status').textContent())
      .toBe(
        'No access given: on these sites you get a notification instead of the card. You can ask again at any time.',
      );
    const asked = (await options.evaluate(() => (globalThis as unknown as { __asked: unknown[] }).__asked)) as {
      origins: string[];
    }[];
    expect(asked).toHaveLength(1);
    expect(asked[0]!.origins).toContain('https://*.farmville.com/*');
    expect(asked[0]!.origins).toContain('http://*.poki.com/*');
    expect(asked[0]!.origins).toHaveLength(14);
  });
});
