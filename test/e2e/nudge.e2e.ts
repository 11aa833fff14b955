/// <reference types="chrome" />
// The nudge's better option, end to end in Chromium: the saved unread item for an active goal is
// offered and opened from the card; and where Learnmark has no access to the site, the same offer
// comes as a system notification whose buttons record the answer.
//
// The budget is spent by seeding today's distraction seconds (tracking.e2e.ts proves the budget
// running out in real time); everything else is the built extension doing its work. The
// extension's clock is set (harness.mjs) to noon on a chosen day, so "today" cannot turn into
// tomorrow between the seeding and the check.
import { format } from 'date-fns/format';
import type { Page, Worker } from 'playwright-core';
import { hasClosedShadow, inClosedShadows, openCopyOfClosedShadow } from './closed-shadow.mjs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { normalizeUrl } from '../../src/core/item/url';
import { goal } from '../unit/goal-fixtures';
import { clearTable, fixturesDir, launch, unfold, type Launched } from './harness.mjs';
import { item, seedRows } from './seed';
import { readStore, settledActivity, stopWorker, trackerState } from './tracking-helpers.mjs';
import type { Activity } from '../../src/core/tracking/model';
import { seriousViolations } from './a11y.mjs';
import { newCard, takeawayCardId } from '../../src/core/review/card';

const NOW = new Date(2026, 10, 25, 12).getTime();
const ARTICLE = 'https://blog.example.org/2024/03/spaced-repetition-for-engineers/';
const GOAL = goal({ id: 'g-memory', title: 'Remember what I read' });
const OFFER = item({
  title: 'Spaced repetition for engineers',
  url: normalizeUrl(ARTICLE)!,
  originalUrl: ARTICLE,
  goalIds: [GOAL.id],
  readingMinutes: 6,
  savedAt: NOW - 60_000,
});
// A shorter unread item tied to no goal: the offer must still be the goal's item.
const OTHER = item({ title: 'A list of nice fonts', readingMinutes: 1, savedAt: NOW - 30_000 });

type NudgeRow = { id: string; host: string; outcome: string; itemId: string | null };

/** Opens the options page (which creates the database) and seeds the goal, items and today's time. */
async function seedOffer(h: Launched, host: string): Promise<Page> {
  const options = await h.ctx.newPage();
  await options.goto(`chrome-extension://${h.extensionId}/src/options/index.html#goals`);
  await options.getByRole('button', { name: 'New goal' }).waitFor();
  await seedRows(options, 'goals', [GOAL]);
  await seedRows(options, 'items', [OFFER, OTHER]);
  // Two minutes on the site already today (the local day of the extension's clock).
  const day = format(NOW, 'yyyy-MM-dd');
  await seedRows(options, 'activity', [
    { day, host, category: 'distraction', seconds: 120, byCategory: { distraction: 120 } },
  ]);
  // And the day's total the popup reads, as the extension keeps it beside.
  await seedRows(options, 'days', [{ day, learning: 0, distraction: 120, neutral: 0 }]);
  return options;
}

const setTracking = (sw: Worker, tracking: object) =>
  sw.evaluate((value) => chrome.storage.sync.set({ tracking: value }), tracking);
const nudgeRows = async (options: Page) => (await readStore(options, 'nudges')) as NudgeRow[];

describe('the nudge card offers the day’s review, when asked for', () => {
  const GAME = 'http://farmville.com/';
  let h: Launched;
  let options: Page;
  // Two takeaways whose cards are due: the better option is the review, not the item.
  const NOTED = [
    item({ id: 'i-n1', title: 'Noted one', note: 'Sleep on it', savedAt: NOW - 90_000 }),
    item({ id: 'i-n2', title: 'Noted two', note: 'Write it down', savedAt: NOW - 95_000 }),
  ];
  beforeAll(async () => {
    h = await launch({ now: NOW });
    options = await seedOffer(h, 'farmville.com');
    await seedRows(options, 'items', NOTED);
    await seedRows(
      options,
      'reviewCards',
      NOTED.map((i) => newCard('takeaway', i.id, { id: takeawayCardId(i.id), now: NOW - 86_400_000 })),
    );
    await setTracking(h.sw, { dailyBudgetMinutes: 1 });
  });
  afterAll(async () => {
    await h?.close();
  });

  test('opted in from Options → Review: "Review 2 cards (about 1 min)" opens the review in a new tab beside the game', async () => {
    await options.goto(`chrome-extension://${h.extensionId}/src/options/index.html#review`);
    await options.getByLabel(/offer today's review instead/).check();
    await options.getByRole('status').getByText('Saved').waitFor();
    expect(await seriousViolations(options)).toEqual([]);

    const game = await h.ctx.newPage();
    await game.goto(GAME);
    await game.bringToFront();
    await expect.poll(() => hasClosedShadow(game, 'learnmark-nudge'), { timeout: 20_000 }).toBe(true);
    expect(await inClosedShadows(game, 'learnmark-nudge', '[data-testid=nudge-swap]')).toEqual([]);
    const [review] = await inClosedShadows(game, 'learnmark-nudge', '[data-testid=nudge-review]');
    expect(await review!.text()).toContain('Review 2 cards (about 1 min)');
    const opened = h.ctx.waitForEvent('page');
    await review!.click();
    const page = await opened;
    await page.getByTestId('review-card').getByText('What did you take away from this?').waitFor();
    expect(game.url()).toBe(GAME);
    const tabs = await options.evaluate(() => chrome.tabs.query({}));
    const gameTab = tabs.find((t) => t.url === GAME)!;
    expect(tabs.find((t) => t.url?.endsWith('/src/review/index.html'))).toMatchObject({
      index: gameTab.index + 1,
      windowId: gameTab.windowId,
    });
    await expect
      .poll(async () => (await nudgeRows(options)).map(({ outcome, itemId }) => ({ outcome, itemId })))
      .toEqual([{ outcome: 'swapped', itemId: null }]);
    expect(h.guard.requests).toEqual([]);
  });
});

describe('a save while the card is up', () => {
  const GAME = 'http://farmville.com/';
  let h: Launched;
  let options: Page;
  beforeAll(async () => {
    h = await launch({ now: NOW });
    options = await seedOffer(h, 'farmville.com');
    await setTracking(h.sw, { dailyBudgetMinutes: 1 });
  });
  afterAll(async () => {
    await h?.close();
  });

  test('the save toast and the card share the page without covering each other', async () => {
    const game = await h.ctx.newPage();
    await game.setViewportSize({ width: 1000, height: 700 });
    await game.goto(GAME);
    await game.bringToFront();
    await expect.poll(() => hasClosedShadow(game, 'learnmark-nudge'), { timeout: 20_000 }).toBe(true);
    // Saved as the shortcut saves (headless Chromium cannot press it): through the worker.
    const tabId = await h.tabIdOf(GAME);
    await options.evaluate(
      (id) => chrome.runtime.sendMessage({ type: 'save-tab', payload: { tabId: id, via: 'shortcut' } }),
      tabId,
    );
    await expect.poll(() => hasClosedShadow(game, 'learnmark-toast')).toBe(true);
    const [card] = await inClosedShadows(game, 'learnmark-nudge', '.card');
    const [toast] = await inClosedShadows(game, 'learnmark-toast', '.toast');
    const a = await card!.look();
    const b = await toast!.look();
    const apart =
      a.left + a.width <= b.left ||
      b.left + b.width <= a.left ||
      a.top + a.height <= b.top ||
      b.top + b.height <= a.top;
    expect(apart, `card ${JSON.stringify(a)} and toast ${JSON.stringify(b)}`).toBe(true);
    expect(a.onTop && b.onTop).toBe(true);
  });
});

describe('the nudge card offers the saved item for a goal', () => {
  const GAME = 'http://farmville.com/';
  let h: Launched;
  let options: Page;
  const BARN = 'http://farmville.com/play/barn';
  beforeAll(async () => {
    h = await launch({ now: NOW, pages: [{ url: BARN, file: `${fixturesDir}/farmville.com/index.html` }] });
    options = await seedOffer(h, 'farmville.com');
    await setTracking(h.sw, { dailyBudgetMinutes: 1 });
  });
  afterAll(async () => {
    await h?.close();
  });

  test('the card appears without taking focus or keys from the game; "Read … instead" opens a new tab beside it', async () => {
    const game = await h.ctx.newPage();
    await game.goto(GAME);
    await game.bringToFront();
    // The person is playing: focus is on the game board.
    await game.focus('#game');
    const active = () => game.evaluate(() => document.activeElement?.id || document.activeElement?.localName);
    // The card is in a closed shadow root: read through the DevTools protocol (closed-shadow.mjs).
    await expect.poll(() => hasClosedShadow(game, 'learnmark-nudge'), { timeout: 20_000 }).toBe(true);
    expect(await active()).toBe('game');
    // "Five more minutes" waits a visible pause (5 s from the card's appearance) before it counts.
    const [more] = await inClosedShadows(game, 'learnmark-nudge', '[data-testid=nudge-more-time]');
    expect(await more!.attr('aria-disabled')).toBe('true');
    expect(await more!.text()).toMatch(/^Five more minutes \(in [1-5] s\)On farmville.com only$/);
    const [dialog] = await inClosedShadows(game, 'learnmark-nudge', '[role=dialog]');
    expect(await dialog!.text()).toContain('You have spent 2 min on farmville.com today.');
    expect(await dialog!.text()).toContain('Alt+Shift+L moves to this card');
    // axe cannot enter a closed root: it checks an open copy of the card's tree, then it goes.
    const copy = await openCopyOfClosedShadow(game, 'learnmark-nudge');
    expect(copy.buttons).toBeGreaterThan(3);
    expect(await seriousViolations(game, 'learnmark-open-copy'), 'the card').toEqual([]);
    await copy.remove();
    const [swap] = await inClosedShadows(game, 'learnmark-nudge', '[data-testid=nudge-swap]');
    expect(await swap!.text()).toContain('Read “Spaced repetition for engineers” instead');
    expect(await swap!.text()).toContain('6 min read, for one of your goals');
    // The game's own script can neither read the card nor answer it.
    expect(
      await game.evaluate(() => {
        const host = document.querySelector('learnmark-nudge')!;
        (host as HTMLElement).click();
        return [host.shadowRoot, host.getAttributeNames(), host.textContent];
      }),
    ).toEqual([null, [], '']);

    // A key press still goes to the game, which stays where it was.
    await game.keyboard.press('Space');
    await expect.poll(() => game.locator('#keys').textContent()).toBe('[ ]');
    expect(await active()).toBe('game');
    expect(game.url()).toBe(GAME);

    // The shortcut moves focus into the card, Escape gives it back to the game.
    await game.keyboard.press('Alt+Shift+KeyL');
    await expect.poll(active).toBe('learnmark-nudge');
    await game.keyboard.press('Escape');
    await expect.poll(active).toBe('game');
    // Neither the shortcut's L nor Escape reached the game (only the modifiers pressed alone).
    expect(await game.locator('#keys').textContent()).toBe('[ ][Alt][Shift]');

    await expect.poll(() => more!.attr('aria-disabled'), { timeout: 10_000 }).toBe(null);
    // (The pause is over; the person reads instead.)
    expect(await more!.text()).toBe('Five more minutesOn farmville.com only');
    expect(await nudgeRows(options)).toMatchObject([{ outcome: 'ignored' }]);

    const opened = h.ctx.waitForEvent('page');
    await swap!.click();
    const article = await opened;
    await article.waitForURL(ARTICLE, { timeout: 10_000 });
    // The game tab is as it was; the item is in the tab right after it.
    expect(game.url()).toBe(GAME);
    const tabs = await options.evaluate(() => chrome.tabs.query({}));
    const gameTab = tabs.find((t) => t.url === GAME)!;
    expect(tabs.find((t) => t.url === ARTICLE)).toMatchObject({ index: gameTab.index + 1, windowId: gameTab.windowId });
    await expect
      .poll(async () => (await nudgeRows(options)).map(({ host, outcome, itemId }) => ({ host, outcome, itemId })))
      .toEqual([{ host: 'farmville.com', outcome: 'swapped', itemId: OFFER.id }]);
    expect(await hasClosedShadow(game, 'learnmark-nudge')).toBe(false);

    // Time on the item's page is learning and adds to its engaged seconds.
    await article.waitForTimeout(3_000);
    await options.bringToFront();
    const rows = (await settledActivity(options)) as { host: string; byCategory?: Record<string, number> }[];
    expect(rows.find((r) => r.host === 'blog.example.org')?.byCategory?.learning).toBeGreaterThan(2.5);
    const saved = (await readStore(options, 'items')) as { id: string; engagedSeconds: number }[];
    expect(saved.find((i) => i.id === OFFER.id)?.engagedSeconds).toBeGreaterThan(2.5);
    expect(h.guard.requests).toEqual([]);
  });
  test('"this is learning for me": this page, today, confirmed in one line, and Undo takes it back', async () => {
    await clearTable(options, 'nudges');
    const barn = await h.ctx.newPage();
    await barn.goto(BARN);
    await barn.bringToFront();
    await expect.poll(() => hasClosedShadow(barn, 'learnmark-nudge'), { timeout: 20_000 }).toBe(true);
    const one = async (testId: string) =>
      (await inClosedShadows(barn, 'learnmark-nudge', `[data-testid=${testId}]`))[0]!;
    // Its label names no site: what it covers is picked next (the least, this page today, first).
    expect(await (await one('nudge-learning')).text()).toBe('This is learning for me');
    await (await one('nudge-learning')).click();
    // This page and today are chosen unless the person picks otherwise.
    expect(await (await one('nudge-what-page')).attr('type')).toBe('radio');
    await (await one('nudge-learning-confirm')).click();
    const [status] = await inClosedShadows(barn, 'learnmark-nudge', '[role=status]');
    await expect.poll(() => status!.text()).toBe('This page counts as learning until midnight.');
    const tracking = () =>
      h.sw.evaluate(() => chrome.storage.sync.get('tracking').then((s: Record<string, unknown>) => s.tracking));
    const midnight = new Date(2026, 10, 26).getTime();
    await expect.poll(tracking).toMatchObject({
      learning: [],
      timed: [{ pattern: 'farmville.com/play/barn', category: 'learning', until: midnight }],
    });
    await expect.poll(async () => (await nudgeRows(options)).map((n) => n.outcome)).toEqual(['reclassified']);

    await (await one('nudge-undo')).click();
    await expect.poll(() => status!.text()).toBe('Undone: it counts as before.');
    await expect.poll(tracking).toMatchObject({ learning: [], timed: [] });
    await expect.poll(async () => (await nudgeRows(options)).map((n) => n.outcome)).toEqual(['dismissed']);
    expect(barn.url()).toBe(BARN);
    expect(h.guard.requests).toEqual([]);
  });
});

describe('without access to the site, the nudge is a notification', () => {
  const HOST = 'idlegames.example.net';
  const SITE = `http://${HOST}/`;
  let h: Launched;
  let options: Page;
  beforeAll(async () => {
    // The extension as it ships: no <all_urls>, so a site added to the list is not granted.
    h = await launch({
      now: NOW,
      allUrls: false,
      pages: [{ url: SITE, file: `${fixturesDir}/farmville.com/index.html` }],
    });
    options = await seedOffer(h, HOST);
    // What the options page writes when the person adds the site and declines the access prompt.
    await setTracking(h.sw, { distraction: [HOST], dailyBudgetMinutes: 1 });
    // Record what the worker asks the notification for (the headless browser shows none).
    await h.sw.evaluate(() => {
      const g = globalThis as unknown as { __created: unknown[] };
      g.__created = [];
      const create = chrome.notifications.create.bind(chrome.notifications);
      chrome.notifications.create = ((...args: unknown[]) => {
        g.__created.push(args);
        return (create as (...a: unknown[]) => unknown)(...args);
      }) as typeof chrome.notifications.create;
    });
  });
  afterAll(async () => {
    await h?.close();
  });

  const notificationIds = () =>
    options.evaluate(() => chrome.notifications.getAll().then((all) => Object.keys(all as object)));
  const created = () =>
    h.sw.evaluate(
      () => (globalThis as unknown as { __created: [string, chrome.notifications.NotificationOptions][] }).__created,
    );
  /** Clicks a notification button the only way headless Chromium allows: dispatching the event. */
  const clickButton = (id: string, index: number) =>
    h.sw.evaluate(
      ([id, index]) =>
        (chrome.notifications.onButtonClicked as unknown as { dispatch: (id: string, index: number) => void }).dispatch(
          id,
          index,
        ),
      [id, index] as const,
    );

  async function nudgeNotification(page: Page): Promise<string> {
    await page.goto(SITE);
    await page.bringToFront();
    let id = '';
    await expect
      .poll(async () => (id = (await notificationIds()).find((n) => n.startsWith('nudge:')) ?? ''), { timeout: 20_000 })
      .not.toBe('');
    // No card: the extension may not run in the page.
    expect(await page.locator('#learnmark-nudge').count()).toBe(0);
    return id;
  }

  test('the notification offers the item and "not today"; its buttons record the answer', async () => {
    expect(await h.sw.evaluate((origin) => chrome.permissions.contains({ origins: [origin] }), `${SITE}*`)).toBe(false);
    const page = await h.ctx.newPage();
    const first = await nudgeNotification(page);
    const [nudge] = await nudgeRows(options);
    expect(nudge).toMatchObject({ host: HOST, outcome: 'ignored', itemId: OFFER.id });
    expect(first).toMatch(new RegExp(`^nudge:${nudge!.id}:\\d+:1$`));
    const calls = await created();
    expect(calls.map(([callId]) => callId)).toEqual([first]);
    expect(calls[0]![1]).toMatchObject({
      title: 'Time for something better?',
      message: `You have spent 2 min on ${HOST} today.`,
      contextMessage: 'For the card with all choices, allow Learnmark on this site: Options → Sites and time.',
      buttons: [{ title: 'Read: Spaced repetition for engineers' }, { title: 'Not today' }],
    });

    // "Read: …" (button 0): the item opens in a new tab, the site's tab stays, the answer is
    // `swapped`, the notification goes.
    const opened = h.ctx.waitForEvent('page');
    await clickButton(first, 0);
    await (await opened).waitForURL(ARTICLE, { timeout: 10_000 });
    expect(page.url()).toBe(SITE);
    await expect.poll(async () => (await nudgeRows(options))[0]?.outcome).toBe('swapped');
    await expect.poll(notificationIds).toEqual([]);

    // Back on the site with the ten-minute gap cleared: a new notification; "Not today" (button 1).
    await clearTable(options, 'nudges');
    await page.bringToFront();
    const second = await nudgeNotification(page);
    await clickButton(second, 1);
    await expect.poll(async () => (await nudgeRows(options)).map((n) => n.outcome)).toEqual(['snoozed']);
    await expect.poll(notificationIds).toEqual([]);
    expect(page.url()).toBe(SITE);
    // Snoozed until midnight: the next budget check brings no new notification.
    await h.sw.evaluate(() => chrome.alarms.create('budget', { when: Date.now() }));
    await page.waitForTimeout(2_000);
    expect(await notificationIds()).toEqual([]);
    expect(h.guard.requests).toEqual([]);
  });
});

describe('earned leisure', () => {
  let h: Launched;
  let options: Page;
  const SQL = goal({ id: 'g-sql', title: 'Get better at SQL' });
  // Six and ten minutes' reads for the goal: at 10 → 5 they earn three and five minutes of play.
  const SHORT = item({
    title: 'Window functions in six minutes',
    goalIds: [SQL.id],
    readingMinutes: 6,
    savedAt: NOW - 9e5,
  });
  const LONG = item({ title: 'Indexes, explained', goalIds: [SQL.id], readingMinutes: 10, savedAt: NOW - 6e5 });
  beforeAll(async () => {
    h = await launch({ now: NOW });
    options = await h.ctx.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/src/options/index.html#goals`);
    await options.getByRole('button', { name: 'New goal' }).waitFor();
    await seedRows(options, 'goals', [SQL]);
    await seedRows(options, 'items', [SHORT, LONG]);
    // Twenty minutes of play today, of a thirty-minute budget.
    await seedRows(options, 'days', [
      {
        day: format(NOW, 'yyyy-MM-dd'),
        learning: 0,
        distraction: 1200,
        neutral: 0,
        distractionByHour: Array(24).fill(50),
      },
    ]);
    await setTracking(h.sw, { dailyBudgetMinutes: 30, earnedLeisure: { learningMinutes: 10, playMinutes: 5 } });
  });
  afterAll(async () => {
    await h?.close();
  });

  test('finishing tied items (popup, library) and logging learning raise the play left; reopening and Undo take it back', async () => {
    const popup = await h.openPopupFor(options);
    const play = popup.getByTestId('play-left');
    const left = async () => Number(await play.getAttribute('data-value'));
    await expect.poll(left).toBe(600);
    expect(await play.innerText()).toBe('Play left today: 10 min');

    // Finished in the popup: three minutes more.
    await unfold(popup, 'upnext', 'days');
    const upNext = popup.getByTestId('up-next');
    await upNext.getByRole('button', { name: new RegExp(`^Done\\W+${SHORT.title}$`) }).click();
    await upNext.getByTestId('takeaway-form').getByRole('button', { name: 'Done' }).click();
    await expect.poll(left).toBe(780);
    expect(await play.innerText()).toBe('Play left today: 13 min · 3 min earned by learning');

    // Twenty minutes logged for the goal: ten more; Undo takes them back.
    await popup.getByRole('button', { name: 'Log learning' }).click();
    const form = popup.getByTestId('log-form');
    await form.getByLabel('What did you learn from?').fill('SQL katas');
    await form.getByLabel('Minutes').fill('20');
    await form.getByRole('button', { name: /^Get better at SQL/ }).click();
    await form.getByRole('button', { name: 'Log it' }).click();
    await expect.poll(left).toBe(1380);
    await popup.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(left).toBe(780);

    // Finished in bulk in the library: five minutes more, shown in the open popup.
    const library = await h.ctx.newPage();
    await library.goto(`chrome-extension://${h.extensionId}/src/library/index.html`);
    await library.getByLabel(`Select ${LONG.title}`).click();
    await library.getByRole('button', { name: 'Mark done' }).click();
    await library.getByRole('status').getByText('Changed 1 items.').waitFor();
    await expect.poll(left).toBe(1080);

    // Both reopened: the play they earned is taken back, so the popup shows the budget alone.
    await library.getByLabel(`Select ${SHORT.title}`).click();
    await library.getByLabel(`Select ${LONG.title}`).click();
    await library.getByRole('button', { name: 'Mark unread' }).click();
    await library.getByRole('status').getByText('Changed 2 items.').waitFor();
    await expect.poll(left).toBe(600);
    expect(await play.innerText()).toBe('Play left today: 10 min');
    expect(await seriousViolations(popup)).toEqual([]);
    expect(h.guard.requests).toEqual([]);
  });
});

describe('two windows on two game sites at once', () => {
  let h: Launched;
  let options: Page;
  const FARM = 'http://farmville.com/';
  const POKI = 'https://poki.com/';
  const day = format(NOW, 'yyyy-MM-dd');
  beforeAll(async () => {
    h = await launch({ now: NOW, pages: [{ url: POKI, file: `${fixturesDir}/farmville.com/index.html` }] });
    options = await seedOffer(h, 'farmville.com');
    // 20 s on farmville.com and 30 s on poki.com today: of a one-minute budget, neither site
    // alone comes near it; together they leave ten seconds.
    await seedRows(options, 'activity', [
      { day, host: 'farmville.com', category: 'distraction', seconds: 20, byCategory: { distraction: 20 } },
      { day, host: 'poki.com', category: 'distraction', seconds: 30, byCategory: { distraction: 30 } },
    ]);
    await seedRows(options, 'days', [{ day, learning: 0, distraction: 50, neutral: 0 }]);
    await setTracking(h.sw, { dailyBudgetMinutes: 1 });
  });
  afterAll(async () => {
    await h?.close();
  });

  const secondsOn = async (host: string) =>
    ((await readStore(options, 'activity')) as Activity[])
      .filter((r) => r.day === day && r.host === host)
      .reduce((sum, r) => sum + r.seconds, 0);
  const front = async () => ((await trackerState(options))?.segment as { host: string } | null)?.host;
  /** The dialogs of Learnmark's cards in a page: the hosts and, inside their closed roots, the cards. */
  const cards = async (page: Page) => ({
    hosts: await page.locator('learnmark-nudge').count(),
    dialogs: (await inClosedShadows(page, 'learnmark-nudge', '[role=dialog]')).length,
  });

  test('time on both counts toward the one budget; each game gets its own card; the popup shows none left', async () => {
    // The popup's play left already sums both sites' time: 60 − 20 − 30 seconds.
    const before = await h.openPopupFor(options);
    await expect.poll(() => before.getByTestId('play-left').getAttribute('data-value')).toBe('10');
    await before.close();

    // farmville.com in front: its ten more seconds spend the budget, and its card appears.
    const farm = await h.ctx.newPage();
    await farm.goto(FARM);
    await farm.bringToFront();
    await expect.poll(front, { timeout: 10_000 }).toBe('farmville.com');
    await expect.poll(() => cards(farm), { timeout: 20_000 }).toEqual({ hosts: 1, dialogs: 1 });

    // poki.com in a second window, which takes the focus.
    const opened = h.ctx.waitForEvent('page', (p) => p.url() === POKI);
    const win = await options.evaluate((url) => chrome.windows.create({ url, focused: true }), POKI);
    const poki = await opened;
    // The new tab's address is committed a moment after the page exists: wait for it.
    const windowOf = async (url: string) =>
      (await options.evaluate(() => chrome.tabs.query({}))).find((t) => t.url === url)?.windowId;
    await expect.poll(() => windowOf(POKI)).toBe(win!.id);
    expect(await windowOf(FARM)).not.toBe(win!.id);
    await expect.poll(front, { timeout: 10_000 }).toBe('poki.com');
    // farmville.com's stay was counted when the focus left it: more than its 20 s, under the minute.
    await expect.poll(() => secondsOn('farmville.com')).toBeGreaterThan(20);
    expect(await secondsOn('farmville.com')).toBeLessThan(60);

    // The budget is already spent: poki.com gets a card of its own, in its own page, and
    // farmville.com keeps its one.
    await expect.poll(() => cards(poki), { timeout: 20_000 }).toEqual({ hosts: 1, dialogs: 1 });
    const [dialog] = await inClosedShadows(poki, 'learnmark-nudge', '[role=dialog]');
    expect(await dialog!.text()).toContain('on poki.com today');
    expect(await cards(farm)).toEqual({ hosts: 1, dialogs: 1 });
    // The worker records poki.com's nudge as it shows the card: wait for the row.
    const hostsNudged = async () => ((await nudgeRows(options)) as NudgeRow[]).map((n) => n.host).sort();
    await expect.poll(hostsNudged).toEqual(['farmville.com', 'poki.com']);
    const nudges = (await nudgeRows(options)) as (NudgeRow & { at: number })[];
    // One budget: poki.com alone was far from the minute when its card came.
    const segment = (await trackerState(options))?.segment as { host: string; startedAt: number };
    expect(segment.host).toBe('poki.com');
    const pokiNudge = nudges.find((n) => n.host === 'poki.com')!;
    expect(30 + (pokiNudge.at - segment.startedAt) / 1000).toBeLessThan(60);
    // Neither page navigated.
    expect([farm.url(), poki.url()]).toEqual([FARM, POKI]);

    // The popup's play left, from the day's total both sites add to, is spent.
    const popup = await h.openPopupFor(options, { url: POKI });
    await expect.poll(() => popup.getByTestId('play-left').getAttribute('data-value')).toBe('0');
    await popup.close();
    expect(h.guard.requests).toEqual([]);
  });
});

describe('the card in hard places', () => {
  let h: Launched;
  let options: Page;
  const POKI = 'https://poki.com/';
  const MINICLIP = 'http://miniclip.com/';
  const CRAZY = 'http://crazygames.com/';
  const FRIV = 'http://friv.com/';
  const GAME_PAGE = `${fixturesDir}/farmville.com/index.html`;
  beforeAll(async () => {
    h = await launch({
      now: NOW,
      pages: [
        { url: POKI, file: GAME_PAGE },
        { url: CRAZY, file: GAME_PAGE },
      ],
    });
    options = await seedOffer(h, 'poki.com');
    await setTracking(h.sw, { dailyBudgetMinutes: 1 });
  });
  afterAll(async () => {
    await h?.close();
  });

  const card = async (page: Page, testId: string) =>
    (await inClosedShadows(page, 'learnmark-nudge', `[data-testid=${testId}]`))[0]!;
  const outcomes = async (host: string) =>
    (await nudgeRows(options)).filter((n) => n.host === host).map((n) => n.outcome);
  /** The game in front, once its card is in the page. */
  async function gameWithCard(url: string): Promise<Page> {
    const game = await h.ctx.newPage();
    await game.goto(url);
    await game.bringToFront();
    await expect.poll(() => hasClosedShadow(game, 'learnmark-nudge'), { timeout: 20_000 }).toBe(true);
    return game;
  }

  test('a page that unsets every style and removes what it did not add to its body: the card stays readable and usable', async () => {
    const game = await gameWithCard(MINICLIP);
    // The page's own guard works: what was added to its body is gone.
    expect(await game.locator('aside').count()).toBe(0);
    const [section] = await inClosedShadows(game, 'learnmark-nudge', '[role=dialog]');
    expect(await section!.text()).toContain('on miniclip.com today');
    // Its own look, in view (once it has slid in), above the full-window game.
    await expect.poll(async () => (await section!.look()).inView).toBe(true);
    expect(await section!.look()).toMatchObject({
      inView: true,
      onTop: true,
      color: 'rgb(27, 31, 36)',
      background: 'rgb(255, 255, 255)',
      fontSize: '14px',
    });
    const { width, height } = await section!.look();
    expect(width).toBeGreaterThan(200);
    expect(height).toBeGreaterThan(100);
    const notToday = await card(game, 'nudge-not-today');
    expect((await notToday.look()).onTop).toBe(true);
    await notToday.click();
    await expect.poll(() => outcomes('miniclip.com')).toEqual(['snoozed']);
    expect(await hasClosedShadow(game, 'learnmark-nudge')).toBe(false);
    await game.close();
  });

  test('a page that removes what it did not add to <html>: the card goes back into the body and works', async () => {
    const game = await gameWithCard(FRIV);
    // The page's guard works (its own test node is gone), and the card is in the page, in the body.
    expect(await game.locator('aside').count()).toBe(0);
    expect(await game.evaluate(() => document.querySelector('learnmark-nudge')?.parentElement?.localName)).toBe('body');
    const [section] = await inClosedShadows(game, 'learnmark-nudge', '[role=dialog]');
    await expect.poll(async () => (await section!.look()).inView).toBe(true);
    await (await card(game, 'nudge-not-today')).click();
    await expect.poll(() => outcomes('friv.com')).toEqual(['snoozed']);
    expect(await hasClosedShadow(game, 'learnmark-nudge')).toBe(false);
    await game.close();
  });

  test('a single-page app moving to another path: time keeps counting, one nudge, the card still works', async () => {
    const game = await gameWithCard(CRAZY);
    const seconds = async () =>
      ((await readStore(options, 'activity')) as Activity[])
        .filter((r) => r.host === 'crazygames.com')
        .reduce((sum, r) => sum + r.seconds, 0);
    const before = await seconds();

    await game.evaluate(() => history.pushState({}, '', '/level/2'));
    const movedAt = Date.now();
    // The worker follows the page to its new path on the same site, counting on.
    await expect
      .poll(async () => ((await trackerState(options))?.segment as { host: string; path: string } | null)?.path)
      .toBe('/level/2');
    expect(((await trackerState(options))?.segment as { host: string }).host).toBe('crazygames.com');
    // "Five more minutes" opens after its pause: still the same card, and it answers.
    const more = await card(game, 'nudge-more-time');
    await expect.poll(() => more.attr('aria-disabled'), { timeout: 10_000 }).toBe(null);
    expect((await inClosedShadows(game, 'learnmark-nudge', '[role=dialog]')).length).toBe(1);
    await more.click();
    await expect.poll(() => outcomes('crazygames.com')).toEqual(['more-time']);
    const leftAt = Date.now();
    await options.bringToFront();
    const rows = (await settledActivity(options)) as Activity[];
    const counted = rows.filter((r) => r.host === 'crazygames.com').reduce((sum, r) => sum + r.seconds, 0);
    // Every second on the new path counted (less a little for the worker's own reaction).
    expect(counted - before).toBeGreaterThanOrEqual((leftAt - movedAt) / 1000 - 1);
    expect(await outcomes('crazygames.com')).toEqual(['more-time']);
    // Those five minutes are crazygames.com's only: the popup's play left stays spent and names
    // the one site that has them.
    const popup = await h.openPopupFor(options);
    const moreOn = popup.getByTestId('play-more');
    await moreOn.waitFor();
    expect(await popup.getByTestId('play-left').getAttribute('data-value')).toBe('0');
    expect(await moreOn.getAttribute('data-host')).toBe('crazygames.com');
    expect(Number(await moreOn.getAttribute('data-value'))).toBeGreaterThan(0);
    expect(await moreOn.innerText()).toMatch(/^\+ \d+ min on crazygames\.com only \(five more minutes asked there\)$/);
    await popup.close();
    await game.close();
  });

  test('the worker stopped while the card shows: its buttons still answer, once', async () => {
    const game = await gameWithCard(POKI);
    expect(await outcomes('poki.com')).toEqual(['ignored']);

    // Last in this file: the restarted worker runs on the real clock (harness.mjs cannot reach
    // a worker the browser restarts on its own to set it again).
    const stop = await stopWorker(h.ctx, h.sw, options);
    expect(stop.stopped).toBe(true);
    await (await card(game, 'nudge-not-today')).click();
    // The click woke a new worker, which recorded the answer.
    await expect.poll(() => outcomes('poki.com'), { timeout: 15_000 }).toEqual(['snoozed']);
    expect(await stop.markerGone()).toBe(true);
    await stop.detach();
    expect(await hasClosedShadow(game, 'learnmark-nudge')).toBe(false);
    expect(game.url()).toBe(POKI);
    await game.close();
  });
});
