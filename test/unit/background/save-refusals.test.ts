// A page that did not load, or a feed, is not a learning item: the popup's save, the keyboard
// shortcut and the context menu all store nothing, mark the icon, and (without a popup to say
// it in) the shortcut and menu say why in a notification. Driven through the worker's real
// listeners with a fake browser and an in-memory IndexedDB.
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Capture } from '../../../src/core/item/model';
import { db } from '../../../src/db/db';
import type { SaveResult } from '../../../src/messaging/save';
import { installExtensionApis } from '../fake-extension-apis';
import { FROM_POPUP } from '../senders';
import { deliver, fakeNotifications, openTab, pageCapture, pageReads } from './save-fixtures';

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
const askSave = (payload: object) => deliver<SaveResult>({ type: 'save-tab', payload }, FROM_POPUP);

beforeAll(async () => {
  await import('../../../src/background/service-worker');
});

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  vi.clearAllMocks();
  await db().items.clear();
});

describe('from the popup', () => {
  test.each([
    [404, '404 Not Found'],
    [500, '500 Internal Server Error'],
  ])('a page that answered %i is refused with its status, and nothing is stored', async (status) => {
    const tab = await openTab(URL_404);
    pageReads(apis, capture(URL_404, status));
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
    pageReads(apis, new Error('Frame with ID 0 is showing error page'));
    const result = await askSave({ tabId: tab.id, via: 'popup' });
    expect(result).toMatchObject({ ok: false, reason: 'not-loaded', failure: { kind: 'error-page' } });
    expect(await db().items.count()).toBe(0);
  });

  test('"Save the link anyway" keeps the address and title, marked, without the error text', async () => {
    const tab = await openTab(URL_404);
    pageReads(apis, capture(URL_404, 404));
    const result = await askSave({ tabId: tab.id, via: 'popup', anyway: true });
    expect(result).toMatchObject({ ok: true, unreadable: 'not-loaded' });
    const [item] = await db().items.toArray();
    expect(item).toMatchObject({
      url: URL_404,
      capture: 'none',
      text: '',
      loadFailure: { kind: 'http-error', status: 404 },
    });
    expect(apis.action.setBadgeText).toHaveBeenCalledWith({ text: '!', tabId: tab.id });
  });

  test('a soft 404 (answering 200) is saved as any page', async () => {
    const tab = await openTab(URL_404);
    pageReads(apis, capture(URL_404, 200));
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

describe('from the shortcut and the context menu', () => {
  test('the shortcut on a 404 stores nothing, marks the icon and says why', async () => {
    const tab = await openTab(URL_404);
    pageReads(apis, capture(URL_404, 404));
    await apis.commands.onCommand.trigger('save-page', tab);
    expect(await db().items.count()).toBe(0);
    expect(apis.action.setBadgeText).toHaveBeenCalledWith({ text: '!', tabId: tab.id });
    expect(notifications.create).toHaveBeenCalledTimes(1);
    expect(notifications.create.mock.calls[0]![1]).toMatchObject({
      title: 'saveNotSavedTitle',
      message: 'loadFailedStatus 404 Not Found',
    });
  });

  test('"Save page" from the context menu on an error page stores nothing and says why', async () => {
    const url = 'https://unreachable.example.net/post';
    const tab = await openTab(url);
    pageReads(apis, new Error('Frame with ID 0 is showing error page'));
    await apis.contextMenus.onClicked.trigger({ menuItemId: 'save-page', editable: false, pageUrl: url }, tab);
    expect(await db().items.count()).toBe(0);
    expect(notifications.create.mock.calls[0]![1]).toMatchObject({ message: 'loadFailedErrorPage' });
  });

  test('the shortcut on the LinkedIn feed stores nothing and points to the post buttons', async () => {
    const tab = await openTab('https://www.linkedin.com/feed/');
    await apis.commands.onCommand.trigger('save-page', tab);
    expect(await db().items.count()).toBe(0);
    expect(notifications.create.mock.calls[0]![1]).toMatchObject({ message: 'feedPageRefused' });
  });

  test('a save that works shows no notification', async () => {
    const tab = await openTab('https://blog.example.org/fine');
    pageReads(apis, capture('https://blog.example.org/fine', 200));
    await apis.commands.onCommand.trigger('save-page', tab);
    expect(await db().items.count()).toBe(1);
    expect(notifications.create).not.toHaveBeenCalled();
  });
});
