// A page that did not load, or a feed, is not a learning item: the popup's save, the keyboard
// shortcut and the context menu all store nothing, mark the icon, and (without a popup to say
// it in) the shortcut and menu say why in the page's toast — with "Save the link anyway" where
// the popup offers it — or in a notification where no script may run. Driven through the
// worker's real listeners with a fake browser and an in-memory IndexedDB.
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Capture } from '../../../src/core/item/model';
import { followUpsSettled } from '../../../src/background/save-follow-ups';
import { db } from '../../../src/db/db';
import type { SaveResult } from '../../../src/messaging/save';
import { installExtensionApis } from '../fake-extension-apis';
import { fromContentScript, FROM_POPUP } from '../senders';
import { deliver, fakeNotifications, openTab, pageCapture, pageReads as readsIn } from './save-fixtures';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

const apis = installExtensionApis();
const notifications = fakeNotifications();
// The worker's messages come back as their key and substitutions, so tests can read them.
apis.i18n.getMessage = (key: string, subs?: string | string[]) => [key, ...[subs ?? []].flat()].join(' ');

const NOW = Date.UTC(2026, 10, 25, 10, 0);
const URL_404 = 'https://blog.example.org/gone';

const capture = (url: string, httpStatus: number | null): Capture =>
  pageCapture(url, {
    title: 'Page not found',
    text: 'Sorry, we could not find that page. Try the search.',
    httpStatus,
  });

/** The data of each toast drawn in a tab. */
let toasts: unknown[] = [];

/**
 * The page as the extractor reads it (or the browser's refusal to run any script there); the
 * toast's call (the one that carries data) draws it.
 */
const pageReads = (result: Capture | Error) =>
  readsIn(apis, result instanceof Error ? result : (args) => (args.length ? (toasts.push(args[0]), true) : result));

const askSave = (payload: object) => deliver<SaveResult>({ type: 'save-tab', payload }, FROM_POPUP);

beforeAll(async () => {
  await import('../../../src/background/service-worker');
});

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  vi.clearAllMocks();
  toasts = [];
  await db().items.clear();
  await fakeBrowser.storage.session.clear();
});

describe('from the popup', () => {
  test.each([
    [404, '404 Not Found'],
    [500, '500 Internal Server Error'],
  ])('a page that answered %i is refused with its status, and nothing is stored', async (status) => {
    const tab = await openTab(URL_404);
    pageReads(capture(URL_404, status));
    const result = await askSave({ tabId: tab.id, via: 'popup' });
    expect(result).toEqual({ ok: false, reason: 'not-loaded', failure: { kind: 'http-error', status }, url: URL_404 });
    expect(apis.action.setBadgeText).toHaveBeenCalledWith({ text: '!', tabId: tab.id });
    expect(await db().items.count()).toBe(0);
    // The popup says it itself: no notification.
    expect(notifications.create).not.toHaveBeenCalled();
  });

  test("the browser's error page is refused", async () => {
    const url = 'https://unreachable.example.net/post';
    const tab = await openTab(url);
    pageReads(new Error('Frame with ID 0 is showing error page'));
    const result = await askSave({ tabId: tab.id, via: 'popup' });
    expect(result).toMatchObject({ ok: false, reason: 'not-loaded', failure: { kind: 'error-page' } });
    expect(await db().items.count()).toBe(0);
  });

  test('"Save the link anyway" keeps the address and title, marked, without the error text', async () => {
    const tab = await openTab(URL_404);
    pageReads(capture(URL_404, 404));
    const result = await askSave({ tabId: tab.id, via: 'popup', anyway: true });
    expect(result).toMatchObject({ ok: true, unreadable: 'not-loaded' });
    const [item] = await db().items.toArray();
    expect(item).toMatchObject({
      url: URL_404,
      capture: 'none',
      text: '',
      loadFailure: { kind: 'http-error', status: 404 },
    });
    // The icon's mark follows the answer.
    await followUpsSettled();
    expect(apis.action.setBadgeText).toHaveBeenCalledWith({ text: '!', tabId: tab.id });
  });

  test('a soft 404 (answering 200) is saved as any page', async () => {
    const tab = await openTab(URL_404);
    pageReads(capture(URL_404, 200));
    expect(await askSave({ tabId: tab.id, via: 'popup' })).toMatchObject({ ok: true, unreadable: null });
    expect(await db().items.count()).toBe(1);
  });

  test.each(['https://www.linkedin.com/feed/', 'https://x.com/home', 'https://x.com/search?q=sql'])(
    '%s is a feed: refused without reading it',
    async (url) => {
      const tab = await openTab(url);
      expect(await askSave({ tabId: tab.id, via: 'popup' })).toEqual({ ok: false, reason: 'feed', url });
      expect(apis.scripting.executeScript).not.toHaveBeenCalled();
      expect(await db().items.count()).toBe(0);
    },
  );
});

describe('the post most in view, offered on a feed instead of the feed', () => {
  const FEED = 'https://x.com/home';
  const POST = 'https://x.com/carol/status/1861100000000000000';
  const post = (url: string, text: string): Capture => ({
    ...capture(url, null),
    kind: 'tweet',
    title: `Carol Chen on X: “${text}”`,
    author: 'Carol Chen',
    handle: 'carol',
    text,
  });
  /** The feed script names `key` as the post in view, and reads `read` back when asked for it. */
  function feedShows(key: unknown, read: Capture | null) {
    apis.scripting.executeScript.mockImplementation(async (injection: { args?: unknown[] }) => [
      { result: injection.args ? read : key },
    ]);
  }
  async function ask(type: string, payload: object) {
    return deliver({ type, payload }, FROM_POPUP);
  }

  test('is offered by its author and first words, and saved as that post', async () => {
    const tab = await openTab(FEED);
    feedShows(POST, post(POST, 'Write the test first, then the code: the test is the spec you can run.'));
    expect(await ask('post-in-view', { tabId: tab.id })).toEqual({
      post: {
        url: POST,
        author: 'Carol Chen',
        words: 'Write the test first, then the code: the test is the spec you can run.',
      },
    });
    expect(await askSave({ tabId: tab.id, via: 'popup', post: POST })).toMatchObject({ ok: true, firstSavedAt: null });
    const items = await db().items.toArray();
    expect(items.map((i) => [i.url, i.via, i.kind])).toEqual([[POST, 'popup', 'tweet']]);
  });

  test.each([
    ['another post than the one named', 'https://x.com/carol/status/1861100000000000001'],
    ['a page of another site', 'https://bank.example/transfer'],
  ])('a post read back as %s is neither offered nor saved', async (_, readUrl) => {
    const tab = await openTab(FEED);
    feedShows(POST, post(readUrl, 'Send your password to this address'));
    expect(await ask('post-in-view', { tabId: tab.id })).toEqual({ post: null });
    expect(await askSave({ tabId: tab.id, via: 'popup', post: POST })).toEqual({
      ok: false,
      reason: 'feed',
      url: FEED,
    });
    expect(await db().items.count()).toBe(0);
  });

  test("a permalink of another site is not even read: the worker trusts the post's id only for the tab's own site", async () => {
    const tab = await openTab(FEED);
    const other = 'https://www.linkedin.com/feed/update/urn:li:activity:7100000000000000000/';
    feedShows(other, post(other, 'A post'));
    expect(await ask('post-in-view', { tabId: tab.id })).toEqual({ post: null });
    expect(await askSave({ tabId: tab.id, via: 'popup', post: other })).toMatchObject({ ok: false, reason: 'feed' });
    // Only the question "which post?" ran in the page: nothing was read under the other address.
    expect(apis.scripting.executeScript.mock.calls.filter(([i]) => (i as { args?: unknown[] }).args)).toEqual([]);
  });

  test("the shortcut on a feed offers that post in the page's toast, and accepting it saves the post", async () => {
    const tab = await openTab(FEED);
    const text = 'Write the test first, then the code.';
    apis.scripting.executeScript.mockImplementation(async (injection: { func?: unknown; args?: unknown[] }) => {
      const [arg] = injection.args ?? [];
      // The toast's call carries its data; the feed script's read carries the permalink.
      if (typeof arg === 'object') return [{ result: (toasts.push(arg), true) }];
      return [{ result: arg === POST ? post(POST, text) : POST }];
    });
    await apis.commands.onCommand.trigger('save-page', tab);
    expect(await db().items.count()).toBe(0);
    expect(toasts).toEqual([{ refused: 'feedPageRefused', offer: 'postInViewAsk Carol Chen', quote: text }]);
    const accept = () => deliver({ type: 'toast-accept', payload: {} }, fromContentScript(tab));
    expect(await accept()).toEqual({ ok: true });
    const items = await db().items.toArray();
    expect(items.map((i) => [i.url, i.via, i.text])).toEqual([[POST, 'shortcut', text]]);
    expect(await accept()).toEqual({ ok: false });
  });

  test('a post saved already is not rewritten by what the feed shows now', async () => {
    const tab = await openTab(FEED);
    feedShows(POST, post(POST, 'Write the test first.'));
    await askSave({ tabId: tab.id, via: 'popup', post: POST });
    feedShows(POST, post(POST, 'Forged text under the same id.'));
    const again = await askSave({ tabId: tab.id, via: 'popup', post: POST });
    expect(again).toMatchObject({ ok: true, firstSavedAt: NOW });
    const [item] = await db().items.toArray();
    expect(item!.text).toBe('Write the test first.');
  });
});

describe('from the shortcut and the context menu', () => {
  const NOT_LOADED = { refused: 'loadFailedStatus 404 Not Found', offer: 'saveLinkAnyway', quote: null };
  const anyway = (tab: { id?: number; url?: string }) =>
    deliver({ type: 'toast-accept', payload: {} }, fromContentScript(tab));

  test("the shortcut on a 404 stores nothing, marks the icon and says why in the page's toast", async () => {
    const tab = await openTab(URL_404);
    pageReads(capture(URL_404, 404));
    await apis.commands.onCommand.trigger('save-page', tab);
    expect(await db().items.count()).toBe(0);
    expect(apis.action.setBadgeText).toHaveBeenCalledWith({ text: '!', tabId: tab.id });
    expect(toasts).toEqual([NOT_LOADED]);
    expect(notifications.create).not.toHaveBeenCalled();
  });

  test('"Save the link anyway" in that toast keeps the link, marked, once, and confirms it', async () => {
    const tab = await openTab(URL_404);
    pageReads(capture(URL_404, 404));
    await apis.commands.onCommand.trigger('save-page', tab);
    expect(await anyway(tab)).toEqual({ ok: true });
    const [item] = await db().items.toArray();
    expect(item).toMatchObject({
      url: URL_404,
      via: 'shortcut',
      capture: 'none',
      text: '',
      loadFailure: { kind: 'http-error', status: 404 },
    });
    // Confirmed in the popup's words: only the link was kept, as the page did not load.
    expect(toasts).toEqual([
      NOT_LOADED,
      { resaved: false, tied: 0, suggested: 0, detail: 'unreadableNotLoaded', title: 'blog.example.org/gone' },
    ]);
    // Pressed again (or forged by the page): nothing more.
    expect(await anyway(tab)).toEqual({ ok: false });
  });

  test('"Save the link anyway" keeps nothing from another tab, nor after the tab moved on', async () => {
    const tab = await openTab(URL_404);
    const other = await openTab('https://bank.example/');
    pageReads(capture(URL_404, 404));
    await apis.contextMenus.onClicked.trigger({ menuItemId: 'save-page', editable: false, pageUrl: URL_404 }, tab);
    expect(toasts).toEqual([NOT_LOADED]);
    expect(await anyway(other)).toEqual({ ok: false });
    expect(await anyway({ ...tab, url: 'https://blog.example.org/elsewhere' })).toEqual({ ok: false });
    expect(await db().items.count()).toBe(0);
  });

  test('"Save page" from the context menu on an error page, where no script runs: a notification says why', async () => {
    const url = 'https://unreachable.example.net/post';
    const tab = await openTab(url);
    pageReads(new Error('Frame with ID 0 is showing error page'));
    await apis.contextMenus.onClicked.trigger({ menuItemId: 'save-page', editable: false, pageUrl: url }, tab);
    expect(await db().items.count()).toBe(0);
    expect(notifications.create.mock.calls[0]![1]).toMatchObject({
      title: 'saveNotSavedTitle',
      message: 'loadFailedErrorPage',
    });
  });

  test("the shortcut on the LinkedIn feed stores nothing and points to the post buttons, in the page's toast", async () => {
    const tab = await openTab('https://www.linkedin.com/feed/');
    pageReads(new Error('the feed is never read'));
    apis.scripting.executeScript.mockImplementation(async (injection: { args?: unknown[] }) => [
      { result: injection.args ? (toasts.push(injection.args[0]), true) : undefined },
    ]);
    await apis.commands.onCommand.trigger('save-page', tab);
    expect(await db().items.count()).toBe(0);
    expect(toasts).toEqual([{ refused: 'feedPageRefused', offer: null, quote: null }]);
    expect(notifications.create).not.toHaveBeenCalled();
  });

  test("the browser's own pages: a notification, as no script may run there", async () => {
    const tab = await openTab('chrome://settings/');
    await apis.commands.onCommand.trigger('save-page', tab);
    expect(apis.scripting.executeScript).not.toHaveBeenCalled();
    expect(notifications.create.mock.calls[0]![1]).toMatchObject({ message: 'saveRefusedRestricted' });
  });

  test('a save that works shows no notification', async () => {
    const tab = await openTab('https://blog.example.org/fine');
    pageReads(capture('https://blog.example.org/fine', 200));
    await apis.commands.onCommand.trigger('save-page', tab);
    expect(await db().items.count()).toBe(1);
    expect(notifications.create).not.toHaveBeenCalled();
  });
});

describe('reading ahead when the popup opens', () => {
  test.each([
    ['one of the browser’s pages', 'chrome://settings/', false],
    ['the extension store', 'https://chromewebstore.google.com/detail/x', false],
    ['a feed', 'https://www.linkedin.com/feed/', false],
    ['a PDF', 'https://example.org/paper.pdf', false],
    ['an article', 'https://blog.example.org/post', true],
  ])('%s is read ahead only where a save would read it', async (_, url, read) => {
    const tab = await openTab(url);
    apis.scripting.executeScript.mockImplementation(async (injection: { files?: string[] }) =>
      injection.files ? [{ result: undefined, documentId: 'doc' }] : [{ result: true, documentId: 'doc' }],
    );
    const answer = await deliver({ type: 'save-read-ahead', payload: { tabId: tab.id } }, FROM_POPUP);
    expect(answer).toEqual({ ok: read });
    expect(apis.scripting.executeScript).toHaveBeenCalledTimes(read ? 2 : 0);
  });
});
