/// <reference types="chrome" />
// Your time, end to end in Chromium against the built extension: where the time went (per
// category and registrable domain, for a day, a week and a month, a site's category changed in
// place and kept), "does the nudge help?" from seeded nudges and day totals, and the setting
// that turns the card off. The extension's clock is set to Wednesday 25 November 2026, noon.
import { format } from 'date-fns/format';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { goal } from '../unit/goal-fixtures';
import { seriousViolations } from './a11y.mjs';
import { hasClosedShadow } from './closed-shadow.mjs';
import { launch, unfold, type Launched } from './harness.mjs';
import { seedRows } from './seed';
import type { Activity } from '../../src/core/tracking/model';
import { readStore, trackerState } from './tracking-helpers.mjs';

const NOW = new Date(2026, 10, 25, 12).getTime();
const TODAY = format(NOW, 'yyyy-MM-dd');
const at = (day: number, hour: number, minute = 0) => new Date(2026, 10, day, hour, minute).getTime();

const activity = (day: string, host: string, category: string, seconds: number) => ({
  day,
  host,
  category,
  seconds,
  byCategory: { [category]: seconds },
});
const ACTIVITY = [
  activity(TODAY, 'poki.com', 'distraction', 600),
  activity(TODAY, 'games.poki.com', 'distraction', 300),
  activity(TODAY, 'news.bbc.co.uk', 'neutral', 240),
  activity(TODAY, 'blog.example.org', 'neutral', 120),
  activity(TODAY, 'developer.mozilla.org', 'learning', 900),
  activity('2026-11-24', 'www.bbc.co.uk', 'neutral', 360),
  activity('2026-11-24', 'farmville.com', 'distraction', 180),
  activity('2026-11-10', 'farmville.com', 'distraction', 3600),
  activity('2026-10-20', 'farmville.com', 'distraction', 7200),
];

const tracking = (sw: Worker) =>
  sw.evaluate(() => chrome.storage.sync.get('tracking').then((s: Record<string, unknown>) => s.tracking));
const setTracking = (sw: Worker, value: object) => sw.evaluate((v) => chrome.storage.sync.set({ tracking: v }), value);

/** The rows of one category's table: domain and seconds, as drawn. */
const sites = (page: Page, category: string) =>
  page
    .getByTestId(`time-${category}`)
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-domain'), Number(r.getAttribute('data-seconds'))]));

/** The extension at NOW, with its options page open once (which creates the database to seed). */
async function launchWithDatabase(): Promise<{ h: Launched; options: Page }> {
  const h = await launch({ now: NOW });
  const options = await h.ctx.newPage();
  await options.goto(`chrome-extension://${h.extensionId}/src/options/index.html#goals`);
  await options.getByRole('button', { name: 'New goal' }).waitFor();
  return { h, options };
}

describe('where your time went', () => {
  let h: Launched;
  let options: Page;
  beforeAll(async () => {
    ({ h, options } = await launchWithDatabase());
    await seedRows(options, 'activity', ACTIVITY);
  });
  afterAll(async () => {
    await h?.close();
  });

  test('the week, day and month: per category and registrable domain, neutral included', async () => {
    await options.goto(`chrome-extension://${h.extensionId}/src/options/index.html#time`);
    const report = options.getByTestId('time-report');
    await report.waitFor();
    await expect
      .poll(() => sites(options, 'distraction'))
      .toEqual([
        ['poki.com', 900],
        ['farmville.com', 180],
      ]);
    expect(await sites(options, 'neutral')).toEqual([
      ['bbc.co.uk', 600],
      ['example.org', 120],
    ]);
    expect(await sites(options, 'learning')).toEqual([['mozilla.org', 900]]);
    expect(await options.getByRole('button', { name: 'Week', exact: true }).getAttribute('aria-pressed')).toBe('true');
    expect(await options.getByRole('button', { name: 'Next week' }).isDisabled()).toBe(true);
    expect(await seriousViolations(options), 'the time report').toEqual([]);

    // Today only.
    await options.getByRole('button', { name: 'Day', exact: true }).click();
    await expect.poll(() => sites(options, 'distraction')).toEqual([['poki.com', 900]]);
    expect(await options.getByTestId('time-range').textContent()).toContain('Wednesday, November 25, 2026');
    // Yesterday.
    await options.getByRole('button', { name: 'Previous day' }).click();
    await expect.poll(() => sites(options, 'distraction')).toEqual([['farmville.com', 180]]);
    expect(await sites(options, 'learning')).toEqual([]);
    expect(await options.getByTestId('time-learning').textContent()).toContain('No time here.');
    // The month, and the one before it; the address keeps the view.
    await options.getByRole('button', { name: 'Month', exact: true }).click();
    await expect
      .poll(() => sites(options, 'distraction'))
      .toEqual([
        ['farmville.com', 3780],
        ['poki.com', 900],
      ]);
    await options.getByRole('button', { name: 'Previous month' }).click();
    await expect.poll(() => sites(options, 'distraction')).toEqual([['farmville.com', 7200]]);
    expect(new URL(options.url()).hash).toBe('#time/month/-1');
    await options.goBack();
    await expect
      .poll(() => sites(options, 'distraction'))
      .toEqual([
        ['farmville.com', 3780],
        ['poki.com', 900],
      ]);
  });

  test("a site's category is changed in place, through the worker, and it sticks", async () => {
    await options.goto(`chrome-extension://${h.extensionId}/src/options/index.html#time/week/0`);
    const example = options.getByRole('combobox', { name: 'Category of example.org' });
    await expect.poll(() => example.inputValue()).toBe('neutral');
    // The built-in rule deciding mozilla.org's time is the one its row changes.
    expect(await options.getByRole('combobox', { name: 'Category of developer.mozilla.org' }).inputValue()).toBe(
      'learning',
    );
    await example.selectOption('distraction');
    await expect
      .poll(() => options.getByTestId('time-saved').textContent())
      .toBe('Saved: example.org counts as distraction from now on.');
    await expect.poll(() => tracking(h.sw)).toMatchObject({ distraction: ['example.org'] });
    // Time already counted stays where it was, so the totals match the week view.
    expect(await sites(options, 'neutral')).toEqual([
      ['bbc.co.uk', 600],
      ['example.org', 120],
    ]);

    await options.reload();
    await expect
      .poll(() => options.getByRole('combobox', { name: 'Category of example.org' }).inputValue())
      .toBe('distraction');
    // From now on its time counts as a distraction.
    const blog = await h.ctx.newPage();
    await blog.goto('http://blog.example.org/');
    await blog.bringToFront();
    await expect
      .poll(async () => ((await trackerState(options))?.segment as { url?: string } | null)?.url, { timeout: 20_000 })
      .toBe('http://blog.example.org/');
    await blog.close();
    await expect
      .poll(
        async () => {
          const rows = (await readStore(options, 'activity')) as Activity[];
          return rows.find((r) => r.host === 'blog.example.org' && r.day === TODAY)?.byCategory?.distraction ?? 0;
        },
        { timeout: 20_000 },
      )
      .toBeGreaterThan(0);
  });

  test('the popup links its week to this view', async () => {
    await seedRows(options, 'goals', [goal({ id: 'g-sql', title: 'Get better at SQL' })]);
    const popup = await h.ctx.newPage();
    await popup.goto(`chrome-extension://${h.extensionId}/src/popup/index.html`);
    await unfold(popup, 'days');
    const link = popup.getByRole('link', { name: 'Where your time went' });
    expect(await link.getAttribute('href')).toBe(`chrome-extension://${h.extensionId}/src/options/index.html#time`);
    await popup.close();
  });
});

describe('does the nudge help?', () => {
  let h: Launched;
  let options: Page;
  beforeAll(async () => {
    ({ h, options } = await launchWithDatabase());
  });
  afterAll(async () => {
    await h?.close();
  });

  test('this week and the last eight, from seeded nudges and day totals, with the caveat', async () => {
    const nudge = (id: string, when: number, outcome: string, leftAfterMinutes?: number) => ({
      id,
      at: when,
      host: 'poki.com',
      trigger: 'budget',
      outcome,
      itemId: null,
      ...(leftAfterMinutes === undefined ? {} : { leftAt: when + leftAfterMinutes * 60_000 }),
    });
    await seedRows(options, 'nudges', [
      nudge('a', at(24, 14, 20), 'swapped', 1),
      nudge('b', at(24, 14, 40), 'more-time'),
      nudge('c', at(24, 14, 55), 'more-time', 3),
      nudge('d', at(25, 9, 10), 'snoozed', 12),
      nudge('e', at(17, 11), 'ignored'),
    ]);
    const day = (key: string, byHour: Record<number, number>) => {
      const hours = new Array<number>(24).fill(0);
      for (const [hour, minutes] of Object.entries(byHour)) hours[Number(hour)] = minutes * 60;
      return { day: key, learning: 0, distraction: 0, neutral: 0, distractionByHour: hours };
    };
    // Nudged at 14:xx on Tuesday and 9:10 today: the hours after are 15:00 and 10:00.
    await seedRows(options, 'days', [
      day('2026-11-24', { 15: 6 }),
      day('2026-11-25', { 10: 2 }),
      day('2026-11-23', { 10: 20, 15: 30 }),
      day('2026-11-22', { 10: 0, 15: 10 }),
    ]);
    await options.goto(`chrome-extension://${h.extensionId}/src/options/index.html#time`);
    const readout = options.getByTestId('nudge-readout');
    await readout.getByRole('table').waitFor();
    expect(await readout.textContent()).toContain('not an experiment');
    const rows = readout.locator('tbody tr');
    expect(await rows.count()).toBe(9);
    const cells = (row: number) =>
      rows
        .nth(row)
        .locator('td')
        .evaluateAll((tds) => tds.map((td) => [td.getAttribute('data-column'), td.textContent]));
    // The locale's week (en-US: from Sunday 22 November).
    expect(Object.fromEntries(await cells(0))).toEqual({
      readoutShown: '4',
      readoutSwapped: '1',
      readoutMoreTime: '2',
      readoutSnoozed: '1',
      readoutReclassified: '0',
      readoutIgnored: '0',
      readoutLeft: '2',
      // 15:00 Tuesday (6) ×3 and 10:00 today (2): 5; Sunday and Monday at 15:00 (10, 30) ×3
      // and 10:00 (0, 20): 140 / 8 = 17.5.
      readoutHourAfter: '5',
      readoutSameHours: '18',
    });
    expect(Object.fromEntries(await cells(1))).toMatchObject({ readoutShown: '1', readoutIgnored: '1' });
    expect(await readout.getByTestId('readout-summary').textContent()).toBe(
      'This week: 4 nudges; after 2 of them you left the site within five minutes. In the hour after a nudge you spent 5 min on distractions, against 18 min in the same hours on days without one.',
    );
    expect(await seriousViolations(options), 'the nudge readout').toEqual([]);
  });
});

describe('the card can be turned off', () => {
  const GAME = 'http://farmville.com/';
  let h: Launched;
  let options: Page;
  beforeAll(async () => {
    ({ h, options } = await launchWithDatabase());
    await seedRows(options, 'activity', [activity(TODAY, 'farmville.com', 'distraction', 120)]);
    await setTracking(h.sw, { dailyBudgetMinutes: 1 });
    await options.goto(`chrome-extension://${h.extensionId}/src/options/index.html#sites`);
  });
  afterAll(async () => {
    await h?.close();
  });

  test('"Don\'t nudge me" stops the card; choosing the card again brings it back', async () => {
    const style = options.getByTestId('sites-nudge-style');
    await style.getByRole('radio', { name: /^Don't nudge me/ }).check();
    await expect.poll(() => tracking(h.sw)).toMatchObject({ nudgeStyle: 'off' });
    expect(await seriousViolations(options), 'the nudge settings').toEqual([]);

    const game = await h.ctx.newPage();
    await game.goto(GAME);
    await game.bringToFront();
    // A second page of the game: once the tracker has moved to it, the budget check of the
    // first page has run (the tracker's steps run one after another).
    await game.goto(`${GAME}?level=2`);
    await expect
      .poll(async () => ((await trackerState(options))?.segment as { url?: string } | null)?.url, {
        timeout: 20_000,
      })
      .toBe(`${GAME}?level=2`);
    expect(await readStore(options, 'nudges')).toEqual([]);
    expect(await hasClosedShadow(game, 'learnmark-nudge')).toBe(false);

    await options.bringToFront();
    await style.getByRole('radio', { name: /^Show the card/ }).check();
    await expect.poll(() => tracking(h.sw)).toMatchObject({ nudgeStyle: 'card' });
    // Back to the game (the tab's activation runs the budget check again): the card comes.
    await game.bringToFront();
    await expect.poll(() => hasClosedShadow(game, 'learnmark-nudge'), { timeout: 20_000 }).toBe(true);
    expect(await readStore(options, 'nudges')).toHaveLength(1);
  });
});
