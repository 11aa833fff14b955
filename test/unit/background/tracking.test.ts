// The time tracker and nudge, driven through the worker's real listeners with a fake browser,
// a frozen clock and a real (in-memory) IndexedDB.
import { FROM_OPTIONS, fromContentScript } from '../senders';
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Item } from '../../../src/core/item/model';
import { db } from '../../../src/db/db';
import { newCard } from '../../../src/core/review/card';
import { answerReview } from '../../../src/db/review';
import { reviewToOffer } from '../../../src/background/review';
import { installExtensionApis } from '../fake-extension-apis';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));
const apis = installExtensionApis();

const T0 = new Date(2026, 10, 25, 10, 0, 0).getTime();
const DAY = '2026-11-25';
let clock = T0;
const at = (seconds: number) => vi.setSystemTime((clock = T0 + seconds * 1000));

let windowId = 0;
let newTabId = 0;
async function openTab(url: string) {
  return fakeBrowser.tabs.create({ url, active: true, windowId });
}
const flush = () =>
  fakeBrowser.alarms.onAlarm.trigger({
    name: 'flush',
    scheduledTime: clock,
    periodInMinutes: 1,
    persistAcrossSessions: false,
  });
const rows = async () =>
  Object.fromEntries((await db().activity.toArray()).map((r) => [`${r.day} ${r.host} ${r.category}`, r.seconds]));
async function ask(message: unknown, sender: object) {
  const [answer] = await (fakeBrowser.runtime.onMessage.trigger as (...a: unknown[]) => Promise<unknown[]>)(
    message,
    sender,
    () => undefined,
  );
  return answer;
}
const setSettings = (s: object) => fakeBrowser.storage.sync.set({ tracking: s });

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  at(0);
  await import('../../../src/background/service-worker');
  // The fake's "last focused" window is the one focused before the current one (the browser's
  // is the current one): focus a second window so that the tabs' window counts as last focused.
  windowId = (await fakeBrowser.windows.create({ focused: true }))!.id!;
  await fakeBrowser.windows.create({ focused: true });
});

beforeEach(async () => {
  at(0);
  vi.clearAllMocks();
  apis.permissions.contains.mockResolvedValue(false);
  await fakeBrowser.storage.session.clear();
  await fakeBrowser.storage.sync.clear();
  await Promise.all([db().activity.clear(), db().nudges.clear(), db().items.clear(), db().days.clear()]);
  await Promise.all([db().reviewCards.clear(), db().reviewLog.clear()]);
  await fakeBrowser.windows.onFocusChanged.trigger(windowId);
  newTabId = (await openTab('chrome://newtab/')).id!;
});

describe('tracking', () => {
  test('tab switches, a flush and a blur are counted exactly, by category', async () => {
    await openTab('https://www.farmville.com/play');
    const { tracker } = (await fakeBrowser.storage.session.get('tracker')) as { tracker: { segment: unknown } };
    expect(tracker.segment).toMatchObject({ host: 'farmville.com', startedAt: T0 }); // written the moment it opened
    at(30);
    await flush();
    at(50);
    await openTab('https://developer.mozilla.org/en-US/docs/Web');
    at(60);
    await fakeBrowser.windows.onFocusChanged.trigger(fakeBrowser.windows.WINDOW_ID_NONE);
    at(600);
    await flush();
    expect(await rows()).toEqual({
      [`${DAY} farmville.com distraction`]: 50,
      [`${DAY} developer.mozilla.org learning`]: 10,
    });
  });

  test('a blur reported while a window of the browser still has the focus (a move between two windows) keeps counting', async () => {
    const lastFocused = vi.spyOn(fakeBrowser.windows, 'getLastFocused');
    try {
      await openTab('https://poki.com/');
      at(20);
      lastFocused.mockImplementation(() => Promise.resolve({ focused: true } as never));
      await fakeBrowser.windows.onFocusChanged.trigger(fakeBrowser.windows.WINDOW_ID_NONE);
      at(50);
      // Focus really leaves the browser: from then on nothing counts.
      lastFocused.mockImplementation(() => Promise.resolve({ focused: false } as never));
      await fakeBrowser.windows.onFocusChanged.trigger(fakeBrowser.windows.WINDOW_ID_NONE);
      at(400);
      await flush();
      expect(await rows()).toEqual({ [`${DAY} poki.com distraction`]: 50 });
    } finally {
      lastFocused.mockRestore();
    }
  });

  test('idle and locked time is not counted', async () => {
    await openTab('https://poki.com/');
    at(20);
    await apis.idle.onStateChanged.trigger('idle');
    at(200);
    await apis.idle.onStateChanged.trigger('active');
    at(210);
    await apis.idle.onStateChanged.trigger('locked');
    at(400);
    await flush();
    expect(await rows()).toEqual({ [`${DAY} poki.com distraction`]: 30 });
    await apis.idle.onStateChanged.trigger('active');
  });

  test('a closed tab ends its segment; a corrupt session entry is dropped, then tracking resumes', async () => {
    const tab = await openTab('https://news.example/a');
    at(15);
    // As the browser does: another tab becomes active, and the closed one is reported removed.
    // (The fake's tabs.remove looks the window up by tab id, so the events are fired directly.)
    await fakeBrowser.tabs.update(newTabId, { active: true });
    await fakeBrowser.tabs.onRemoved.trigger(tab.id!, { windowId, isWindowClosing: false });
    await fakeBrowser.storage.session.set({ tracker: { segment: { tabId: 'x' }, idle: 7 } });
    await openTab('https://news.example/b');
    at(25);
    await flush();
    expect(await rows()).toEqual({ [`${DAY} news.example neutral`]: 25 });
  });

  test("a saved item's page is learning and adds to the item's engagedSeconds", async () => {
    await db().items.add({
      id: 'i1',
      url: 'https://x.com/ada/status/1',
      engagedSeconds: 5,
      status: 'unread',
      goalIds: [],
      savedAt: 1,
    } as unknown as Item);
    await openTab('https://twitter.com/ada/status/1?s=20');
    at(42);
    await flush();
    expect(await rows()).toEqual({ [`${DAY} twitter.com learning`]: 42 });
    expect((await db().items.get('i1'))?.engagedSeconds).toBe(47);
  });

  test('paused: nothing is counted', async () => {
    await setSettings({ paused: true });
    await openTab('https://poki.com/');
    at(100);
    await flush();
    expect(await rows()).toEqual({});
  });
});

describe('site category', () => {
  test('the time report sets a site rule through the worker; a web page cannot', async () => {
    const tracking = async () => ((await fakeBrowser.storage.sync.get('tracking')) as { tracking?: object }).tracking;
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const message = { type: 'site-category', payload: { pattern: 'poki.com', category: 'learning' } };
    await expect(ask(message, fromContentScript({ id: 4, url: 'https://poki.com/' }))).rejects.toThrow(/refused/);
    expect(await tracking()).toBeUndefined();
    expect(await ask(message, FROM_OPTIONS)).toEqual({ ok: true });
    expect(await tracking()).toMatchObject({ learning: ['poki.com'], offDefaults: ['poki.com'] });
    // Time on it now counts as learning.
    await openTab('https://games.poki.com/');
    at(30);
    await flush();
    expect(await rows()).toEqual({ [`${DAY} games.poki.com learning`]: 30 });
    expect(
      await ask({ type: 'site-category', payload: { pattern: 'not a site', category: 'neutral' } }, FROM_OPTIONS),
    ).toEqual({ ok: false });
  });
});

describe('nudge', () => {
  beforeEach(async () => {
    await setSettings({ dailyBudgetMinutes: 1 });
    await db().items.add({
      id: 'read-me',
      url: 'https://blog.example.org/post',
      originalUrl: 'https://blog.example.org/post',
      title: 'Read me',
      capture: 'full',
      wordCount: 900,
      readingMinutes: 4,
      status: 'unread',
      goalIds: [],
      savedAt: 1,
    } as unknown as Item);
  });

  test('within budget, the check is scheduled for when the budget runs out', async () => {
    await openTab('https://www.farmville.com/');
    expect((await fakeBrowser.alarms.get('budget'))?.scheduledTime).toBe(T0 + 60_000);
    expect(apis.scripting.executeScript).not.toHaveBeenCalled();
  });

  test('the scheduled budget check nudges when the budget runs out, without waiting for a flush', async () => {
    apis.permissions.contains.mockResolvedValue(false);
    await openTab('https://www.farmville.com/');
    const alarm = await fakeBrowser.alarms.get('budget');
    expect(await db().nudges.count()).toBe(0);
    at(60);
    await fakeBrowser.alarms.onAlarm.trigger({ ...alarm!, name: 'budget' });
    expect(await db().nudges.toArray()).toMatchObject([{ host: 'farmville.com', trigger: 'budget', at: T0 + 60_000 }]);
  });

  test('past the budget the card is injected, the nudge recorded, and "not today" is honoured', async () => {
    apis.permissions.contains.mockResolvedValue(true);
    apis.scripting.executeScript.mockResolvedValue([{ result: undefined }]);
    const tab = await openTab('https://www.farmville.com/');
    at(61);
    await flush();
    expect(apis.permissions.contains).toHaveBeenCalledWith({ origins: ['https://www.farmville.com/*'] });
    const [files, card] = apis.scripting.executeScript.mock.calls.map(([c]) => c);
    expect(files).toMatchObject({ target: { tabId: tab.id }, files: [expect.any(String)] });
    const [nudge] = await db().nudges.toArray();
    expect(nudge).toMatchObject({
      host: 'farmville.com',
      trigger: 'budget',
      outcome: 'ignored',
      itemId: 'read-me',
      at: T0 + 61_000,
    });
    expect(card.args).toEqual([
      { nudgeId: nudge!.id, host: 'farmville.com', minutesToday: 1, item: { title: 'Read me', readingMinutes: 4 } },
    ]);

    // A script on another site, or the feed, cannot answer (or reclassify) for the person.
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    for (const other of [
      { id: 77, url: 'https://x.com/home' },
      { id: tab.id, url: 'https://evil.example/' },
    ]) {
      expect(
        await ask(
          { type: 'nudge-outcome', payload: { nudgeId: nudge!.id, outcome: 'reclassified' } },
          fromContentScript(other),
        ),
      ).toEqual({ ok: false });
    }
    expect(await db().nudges.toArray()).toMatchObject([{ outcome: 'ignored' }]);

    expect(
      await ask({ type: 'nudge-outcome', payload: { nudgeId: nudge!.id, outcome: 'snoozed' } }, fromContentScript(tab)),
    ).toEqual({ ok: true });
    expect(
      await ask(
        { type: 'nudge-outcome', payload: { nudgeId: nudge!.id, outcome: 'more-time' } },
        fromContentScript(tab),
      ),
    ).toEqual({ ok: false });
    at(61 + 3600);
    await flush();
    expect(await db().nudges.toArray()).toMatchObject([{ outcome: 'snoozed' }]);
  });

  test('opted in, with cards left today, the card offers the review instead of an item; choosing it opens the review beside the game', async () => {
    await fakeBrowser.storage.sync.set({ review: { dailyLimit: 5, nudgeReview: true } });
    await db().items.update('read-me', { note: 'Measure first' });
    await db().reviewCards.bulkAdd([
      newCard('takeaway', 'read-me', { id: 'takeaway-read-me', now: T0 - 86_400_000 }),
      // The item of this one has no takeaway (cleared meanwhile): it is not offered.
      newCard('takeaway', 'gone', { id: 'takeaway-gone', now: T0 - 86_400_000 }),
    ]);
    apis.permissions.contains.mockResolvedValue(true);
    apis.scripting.executeScript.mockResolvedValue([{ result: undefined }]);
    const tab = await openTab('https://poki.com/');
    at(61);
    await flush();
    const [nudge] = await db().nudges.toArray();
    expect(nudge).toMatchObject({ itemId: null, offer: 'review' });
    const [, card] = apis.scripting.executeScript.mock.calls.map(([c]) => c);
    expect(card.args).toEqual([
      { nudgeId: nudge!.id, host: 'poki.com', minutesToday: 1, item: null, review: { cards: 1, minutes: 1 } },
    ]);
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await ask(
      { type: 'nudge-outcome', payload: { nudgeId: nudge!.id, outcome: 'swapped' } },
      fromContentScript({ ...tab, index: 3, windowId: 7 }),
    );
    expect(create).toHaveBeenCalledWith({
      url: fakeBrowser.runtime.getURL('src/review/index.html'),
      index: 4,
      windowId: 7,
    });
    expect((await fakeBrowser.tabs.get(tab.id!)).url).toBe('https://poki.com/');
    expect(await db().nudges.get(nudge!.id)).toMatchObject({ outcome: 'swapped' });
  });

  test('the review is offered only when asked for and cards are left today: else the item', async () => {
    await db().items.update('read-me', { note: 'Measure first' });
    await db().reviewCards.add(newCard('takeaway', 'read-me', { id: 'takeaway-read-me', now: T0 }));
    expect(await reviewToOffer(db(), T0)).toBeNull();
    await fakeBrowser.storage.sync.set({ review: { dailyLimit: 1, nudgeReview: true } });
    expect(await reviewToOffer(db(), T0)).toEqual({ cards: 1, minutes: 1 });
    // The day's one answer is made: nothing is left today, and the nudge offers the item again.
    await answerReview(db(), 'takeaway-read-me', 'again', { now: T0, seconds: 20, id: 'r1' });
    expect(await reviewToOffer(db(), T0 + 120_000)).toBeNull();
  });

  test('"open the item" opens it in a new tab beside the game, which stays; "this is learning" reclassifies the site', async () => {
    apis.permissions.contains.mockResolvedValue(true);
    apis.scripting.executeScript.mockResolvedValue([{ result: undefined }]);
    const tab = await openTab('https://poki.com/');
    at(61);
    await flush();
    const [first] = await db().nudges.toArray();
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await ask(
      { type: 'nudge-outcome', payload: { nudgeId: first!.id, outcome: 'swapped' } },
      fromContentScript({ ...tab, index: 3, windowId: 7 }),
    );
    expect((await fakeBrowser.tabs.get(tab.id!)).url).toBe('https://poki.com/');
    expect(create).toHaveBeenCalledWith({ url: 'https://blog.example.org/post', index: 4, windowId: 7 });

    const game = await openTab('https://miniclip.com/');
    at(61 + 601);
    await flush();
    const second = (await db().nudges.toArray()).find((n) => n.host === 'miniclip.com');
    await ask(
      { type: 'nudge-outcome', payload: { nudgeId: second!.id, outcome: 'reclassified' } },
      fromContentScript(game),
    );
    const { tracking } = (await fakeBrowser.storage.sync.get('tracking')) as { tracking: { learning: string[] } };
    expect(tracking.learning).toEqual(['miniclip.com']);
  });

  test('"this page, today" adds a rule for that page until midnight; Undo takes it back once', async () => {
    apis.permissions.contains.mockResolvedValue(true);
    apis.scripting.executeScript.mockResolvedValue([{ result: undefined }]);
    const tab = await openTab('https://poki.com/en/g/chess');
    at(61);
    await flush();
    const [nudge] = await db().nudges.toArray();
    const from = fromContentScript(tab);
    const scope = { what: 'page', until: 'today' };
    expect(
      await ask({ type: 'nudge-outcome', payload: { nudgeId: nudge!.id, outcome: 'reclassified', scope } }, from),
    ).toEqual({ ok: true });
    const tracking = async () => ((await fakeBrowser.storage.sync.get('tracking')) as { tracking: object }).tracking;
    const midnight = new Date(2026, 10, 26).getTime();
    expect(await tracking()).toMatchObject({
      learning: [],
      timed: [{ pattern: 'poki.com/en/g/chess', category: 'learning', until: midnight }],
    });
    expect(await db().nudges.get(nudge!.id)).toMatchObject({ outcome: 'reclassified' });

    // Another site's script cannot undo it; the card can, once.
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(
      await ask(
        { type: 'nudge-undo', payload: { nudgeId: nudge!.id } },
        fromContentScript({ id: 5, url: 'https://evil.example/' }),
      ),
    ).toEqual({ ok: false });
    expect(await ask({ type: 'nudge-undo', payload: { nudgeId: nudge!.id } }, from)).toEqual({ ok: true });
    expect(await tracking()).toMatchObject({ learning: [], timed: [] });
    expect(await db().nudges.get(nudge!.id)).toMatchObject({ outcome: 'dismissed' });
    expect(await ask({ type: 'nudge-undo', payload: { nudgeId: nudge!.id } }, from)).toEqual({ ok: false });
  });

  test('without access to the site, a notification makes the same offer', async () => {
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    await openTab('https://poki.com/');
    at(61);
    await flush();
    expect(apis.scripting.executeScript).not.toHaveBeenCalled();
    const [id, options] = create.mock.calls[0] as unknown as [
      string,
      { message: string; buttons: { title: string }[] },
    ];
    expect(options.buttons.map((b) => b.title)).toEqual(['nudgeOpenItemShort', 'nudgeNotToday']);
    await fakeBrowser.notifications.onButtonClicked.trigger(id, 1);
    expect(await db().nudges.toArray()).toMatchObject([{ host: 'poki.com', outcome: 'snoozed' }]);
  });

  test('the day keeps distraction by clock hour, and a nudge notes when the person left the site', async () => {
    await setSettings({ dailyBudgetMinutes: 1 });
    await openTab('https://www.farmville.com/');
    at(61);
    await flush();
    const [nudge] = await db().nudges.toArray();
    expect(nudge?.leftAt).toBeUndefined();
    at(61 + 60);
    await flush();
    expect((await db().nudges.get(nudge!.id))?.leftAt).toBeUndefined();
    at(61 + 120);
    await openTab('https://example.org/');
    expect((await db().nudges.get(nudge!.id))?.leftAt).toBe(T0 + 181_000);
    // An hour later (11:00) a minute of neutral time: a calm hour, counted as zero distraction.
    at(3600 + 60);
    await flush();
    const day = await db().days.get(DAY);
    expect(day?.distraction).toBe(181);
    expect(day?.distractionByHour?.[10]).toBe(181);
    expect(day?.distractionByHour?.[11]).toBe(0);
    expect(day?.distractionByHour).toHaveLength(24);
  });

  test('with the nudge turned off nothing is shown or recorded; with notifications chosen, no card', async () => {
    apis.permissions.contains.mockResolvedValue(true);
    apis.scripting.executeScript.mockResolvedValue([{ result: undefined }]);
    const notify = vi.spyOn(fakeBrowser.notifications, 'create');
    await setSettings({ dailyBudgetMinutes: 1, nudgeStyle: 'off' });
    await openTab('https://poki.com/');
    at(61);
    await flush();
    expect(await db().nudges.count()).toBe(0);
    expect(await fakeBrowser.alarms.get('budget')).toBeUndefined();
    expect(await rows()).toMatchObject({ [`${DAY} poki.com distraction`]: 61 });

    await setSettings({ dailyBudgetMinutes: 1, nudgeStyle: 'notification' });
    at(121);
    await flush();
    expect(await db().nudges.count()).toBe(1);
    expect(apis.scripting.executeScript).not.toHaveBeenCalled();
    expect(notify).toHaveBeenCalledTimes(1);
  });

  test('earned leisure: finishing an item for a goal adds play to today; reopening takes it back', async () => {
    await db().items.update('read-me', { goalIds: ['g-1'] });
    const earned = async () => (await db().days.get(DAY))?.earned ?? {};
    const finish = (status: string) =>
      ask({ type: 'item-status', payload: { itemId: 'read-me', status } }, FROM_OPTIONS);
    // Off by default: nothing earned.
    await finish('done');
    expect(await earned()).toEqual({});
    await finish('unread');

    await setSettings({ dailyBudgetMinutes: 1, earnedLeisure: { learningMinutes: 10, playMinutes: 5 } });
    await finish('done');
    // A 4-minute read at 10 → 5: two minutes of play, once however often it is finished.
    expect(await earned()).toEqual({ 'item:read-me': 120 });
    await finish('done');
    expect(await earned()).toEqual({ 'item:read-me': 120 });

    // One minute of budget and two earned: no nudge at two minutes, one at three.
    await openTab('https://poki.com/');
    for (const s of [60, 120]) {
      at(s);
      await flush();
    }
    expect(await db().nudges.count()).toBe(0);
    at(180);
    await flush();
    expect(await db().nudges.count()).toBe(1);

    await finish('unread');
    expect(await earned()).toEqual({});
  });

  test('two windows on two game sites at once: one shared budget, one card in each', async () => {
    apis.permissions.contains.mockResolvedValue(true);
    apis.scripting.executeScript.mockResolvedValue([{ result: undefined }]);
    const poki = await openTab('https://poki.com/');
    // The fake browser's idea of the last focused window is not Chrome's: say which tab is in front.
    let front = poki;
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(() => Promise.resolve([front]));
    try {
      const other = (await fakeBrowser.windows.create({ focused: false }))!.id!;
      const mini = await fakeBrowser.tabs.create({ url: 'https://miniclip.com/', active: true, windowId: other });
      at(40);
      front = mini;
      await fakeBrowser.windows.onFocusChanged.trigger(other);
      expect(await db().nudges.count()).toBe(0);
      // 40 s on one and 30 s on the other: neither alone passed the minute, together they did.
      at(70);
      await flush();
      at(75);
      front = poki;
      await fakeBrowser.windows.onFocusChanged.trigger(windowId);
      const nudges = await db().nudges.orderBy('at').toArray();
      expect(nudges.map((n) => [n.host, n.at])).toEqual([
        ['miniclip.com', T0 + 70_000],
        ['poki.com', T0 + 75_000],
      ]);
      const cards = apis.scripting.executeScript.mock.calls
        .map(([c]) => c as { target: { tabId: number }; files?: string[] })
        .filter((c) => c.files);
      expect(cards.map((c) => c.target.tabId)).toEqual([mini.id, poki.id]);
      expect(await rows()).toEqual({
        [`${DAY} poki.com distraction`]: 40,
        [`${DAY} miniclip.com distraction`]: 35,
      });
    } finally {
      query.mockRestore();
    }
  });

  test('at most one nudge per site per ten minutes', async () => {
    apis.permissions.contains.mockResolvedValue(true);
    apis.scripting.executeScript.mockResolvedValue([{ result: undefined }]);
    await openTab('https://poki.com/');
    for (let s = 61; s < 61 + 590; s += 60) {
      at(s);
      await flush();
    }
    expect(await db().nudges.count()).toBe(1);
    at(61 + 600);
    await flush();
    expect(await db().nudges.count()).toBe(2);
  });
});
