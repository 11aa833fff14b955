// The worker's handlers, driven through the real listeners it registers at start-up, with a
// fake browser and a real (in-memory) IndexedDB.
import { FROM_POPUP } from '../senders';
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Capture } from '../../../src/core/item/model';
import { followUpsSettled } from '../../../src/background/save-follow-ups';
import { db } from '../../../src/db/db';
import type { SaveResult } from '../../../src/messaging/save';
import { installExtensionApis } from '../fake-extension-apis';
import { goal } from '../goal-fixtures';
import { deliver, fakeNotifications, pageCapture as readable, pageReads as readsAs } from './save-fixtures';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

const apis = installExtensionApis();
// The fake's notifications have events but no create: the highlight's confirmation needs one.
const notifications = fakeNotifications();

const ask = (message: unknown, sender: object) => deliver<SaveResult | undefined>(message, sender);
const NOW = Date.UTC(2026, 10, 25, 10, 0);
const OWN = FROM_POPUP;

const pageCapture = (url: string, over: Partial<Capture> = {}): Capture => readable(url, { author: 'Ada', ...over });
const pageReads = (result: Capture | Error | ((args: unknown[]) => unknown)) => readsAs(apis, result);

// The fake browser's tabs have no titles; the worker reads them with tabs.get.
const titles = new Map<number, string>();
const fakeGet = fakeBrowser.tabs.get.bind(fakeBrowser.tabs);
fakeBrowser.tabs.get = async (id: number) => ({ ...(await fakeGet(id)), title: titles.get(id) });

async function openTab(url: string, title = 'Tab title') {
  const tab = await fakeBrowser.tabs.create({ url, active: true });
  titles.set(tab.id!, title);
  return { ...tab, title };
}

beforeAll(async () => {
  await import('../../../src/background/service-worker');
});

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  vi.clearAllMocks();
  await db().items.clear();
});

describe('install', () => {
  test('creates the three context menus', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await vi.waitFor(() => expect(apis.contextMenus.create).toHaveBeenCalledTimes(3));
    const menus = apis.contextMenus.create.mock.calls.map(([m]) => [m.id, m.contexts[0], m.title]);
    expect(menus).toEqual([
      ['save-page', 'page', 'menuSavePage'],
      ['save-link', 'link', 'menuSaveLink'],
      ['highlight-selection', 'selection', 'menuHighlight'],
    ]);
  });
});

describe('messages', () => {
  test('save-tab from the popup saves the page and marks the icon', async () => {
    const tab = await openTab('https://blog.example.org/post?utm_source=x');
    pageReads(pageCapture('https://blog.example.org/post?utm_source=x'));
    const result = await ask({ type: 'save-tab', payload: { tabId: tab.id, via: 'popup' } }, OWN);
    expect(result).toMatchObject({
      ok: true,
      firstSavedAt: null,
      unreadable: null,
      item: { url: 'https://blog.example.org/post', via: 'popup', savedAt: NOW },
    });
    // The icon's mark follows the answer.
    await followUpsSettled();
    expect(apis.action.setBadgeText).toHaveBeenCalledWith({ text: '✓', tabId: tab.id });
    expect(await db().items.count()).toBe(1);
  });

  test('a second save of the same page reports the first save and makes no duplicate', async () => {
    const tab = await openTab('https://blog.example.org/post');
    pageReads(pageCapture('https://blog.example.org/post'));
    await ask({ type: 'save-tab', payload: { tabId: tab.id, via: 'popup' } }, OWN);
    vi.setSystemTime(NOW + 60_000);
    pageReads(pageCapture('https://blog.example.org/post#comments', { title: 'Read me (v2)' }));
    const again = await ask({ type: 'save-tab', payload: { tabId: tab.id, via: 'popup' } }, OWN);
    expect(again).toMatchObject({
      ok: true,
      firstSavedAt: NOW,
      item: { title: 'Read me (v2)', updatedAt: NOW + 60_000 },
    });
    expect(await db().items.count()).toBe(1);
  });

  test.each([
    ['another extension', { id: 'someone-else' }],
    ['a web page', { url: 'https://evil.example/' }],
  ])('a message from %s is ignored and writes nothing', async (_, sender) => {
    const tab = await openTab('https://blog.example.org/post');
    pageReads(pageCapture('https://blog.example.org/post'));
    expect(await ask({ type: 'save-tab', payload: { tabId: tab.id, via: 'popup' } }, sender)).toBeUndefined();
    expect(await db().items.count()).toBe(0);
  });

  test('an unknown or malformed message from our own pages is an error naming it', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expect(ask({ type: 'drop-tables' }, OWN)).rejects.toThrow('no handler for message "drop-tables"');
    await expect(ask('save-tab', OWN)).rejects.toThrow('a message without a type');
    expect(warn).toHaveBeenCalledTimes(2);
    warn.mockRestore();
    expect(await db().items.count()).toBe(0);
  });

  test('a restricted page gets a reason and a ! on the icon, and nothing is written', async () => {
    const tab = await openTab('chrome://settings/');
    const result = await ask({ type: 'save-tab', payload: { tabId: tab.id, via: 'popup' } }, OWN);
    expect(result).toEqual({ ok: false, reason: 'restricted', restricted: 'browser-page', url: 'chrome://settings/' });
    expect(apis.action.setBadgeText).toHaveBeenCalledWith({ text: '!', tabId: tab.id });
    expect(apis.scripting.executeScript).not.toHaveBeenCalled();
    expect(await db().items.count()).toBe(0);
  });

  test('a page the script cannot run in is saved with its address and tab title', async () => {
    const tab = await openTab('https://down.example/article', 'Down article');
    // As Chrome refuses pages an organisation protects (runtime_blocked_hosts); error pages are
    // refused instead (save-refusals.test.ts).
    pageReads(new Error('This page cannot be scripted due to an ExtensionsSettings policy.'));
    const result = await ask({ type: 'save-tab', payload: { tabId: tab.id, via: 'popup' } }, OWN);
    expect(result).toMatchObject({
      ok: true,
      unreadable: 'script-refused',
      item: { title: 'Down article', capture: 'none' },
    });
    // The icon's mark follows the answer.
    await followUpsSettled();
    expect(apis.action.setBadgeText).toHaveBeenCalledWith({ text: '!', tabId: tab.id });
  });

  test('a PDF is saved by address without trying to read it', async () => {
    const tab = await openTab('https://example.org/paper.pdf', 'paper.pdf');
    const result = await ask({ type: 'save-tab', payload: { tabId: tab.id, via: 'popup' } }, OWN);
    expect(result).toMatchObject({
      ok: true,
      unreadable: 'pdf',
      item: { url: 'https://example.org/paper.pdf', capture: 'none' },
    });
    expect(apis.scripting.executeScript).not.toHaveBeenCalled();
  });

  test('a tab that has gone answers no-tab', async () => {
    const result = await ask({ type: 'save-tab', payload: { tabId: 987654, via: 'popup' } }, OWN);
    expect(result).toMatchObject({ ok: false, reason: 'no-tab' });
  });
});

describe('goal suggestions on save', () => {
  test('a new item is tied to the clearly matching goal and the suggestions come back', async () => {
    await db().goals.bulkAdd([
      goal({ id: 'sql', title: 'Get better at SQL', keywords: ['query planner'], weeklyItems: 3, order: 0 }),
      goal({ id: 'talk', title: 'Public speaking', color: '#1a7f37', order: 1 }),
    ]);
    const tab = await openTab('https://blog.example.org/planner');
    pageReads(
      pageCapture('https://blog.example.org/planner', {
        title: 'Inside the SQL query planner',
        text: 'How the query planner picks a plan.',
      }),
    );
    const result = await ask({ type: 'save-tab', payload: { tabId: tab.id, via: 'popup' } }, OWN);
    expect(result).toMatchObject({
      ok: true,
      item: { goalIds: ['sql'] },
      suggestions: [{ goalId: 'sql', tie: true, matched: ['query planner', 'SQL'] }],
    });

    // The person unties it; a re-save keeps their choice, and no longer suggests the goal untied.
    const id = result!.ok ? result!.item.id : '';
    await ask({ type: 'item-tag', payload: { itemId: id, goalIds: ['talk'] } }, OWN);
    const again = await ask({ type: 'save-tab', payload: { tabId: tab.id, via: 'popup' } }, OWN);
    expect(again).toMatchObject({ ok: true, item: { goalIds: ['talk'] } });
    expect(again!.ok && again!.suggestions.map((s) => s.goalId)).not.toContain('sql');
    await db().goals.clear();
  });

  test('a page matching only a goal’s title words is suggested, not tied', async () => {
    await db().goals.bulkAdd([
      goal({ id: 'data', title: 'Get better at data engineering', keywords: ['dbt', 'Airflow'], order: 0 }),
    ]);
    const tab = await openTab('https://blog.example.org/jobs');
    pageReads(
      pageCapture('https://blog.example.org/jobs', {
        title: 'Jobs data shows engineering skills in demand',
        text: 'Data from 200 companies on engineering hiring.',
      }),
    );
    const result = await ask({ type: 'save-tab', payload: { tabId: tab.id, via: 'popup' } }, OWN);
    expect(result).toMatchObject({ ok: true, item: { goalIds: [] }, suggestions: [{ goalId: 'data', tie: false }] });
    await db().goals.clear();
  });
});

describe('context menu', () => {
  test('"Save page" saves the page via the context menu', async () => {
    const tab = await openTab('https://blog.example.org/a');
    pageReads(pageCapture('https://blog.example.org/a'));
    await apis.contextMenus.onClicked.trigger({ menuItemId: 'save-page', editable: false, pageUrl: tab.url }, tab);
    const items = await db().items.toArray();
    expect(items).toMatchObject([{ url: 'https://blog.example.org/a', via: 'context-menu', capture: 'full' }]);
  });

  test('"Save link" stores the link address and its text without reading or fetching it', async () => {
    const tab = await openTab('https://news.example/front');
    pageReads(([href]) => (href === 'https://x.com/ada/status/1861000000000000000?s=20' ? 'Ada on B-trees' : null));
    await apis.contextMenus.onClicked.trigger(
      { menuItemId: 'save-link', editable: false, linkUrl: 'https://x.com/ada/status/1861000000000000000?s=20' },
      tab,
    );
    const items = await db().items.toArray();
    expect(items).toMatchObject([
      {
        url: 'https://x.com/ada/status/1861000000000000000',
        title: 'Ada on B-trees',
        kind: 'tweet',
        capture: 'none',
        text: '',
      },
    ]);
    // The link-text lookup and the toast ran in the page: the extractor was never injected.
    const files = apis.scripting.executeScript.mock.calls.flatMap(([injection]) => injection.files ?? []);
    expect(files).toEqual(['assets/toast.js']);
  });

  test('"Save link" on a javascript: link is refused', async () => {
    const tab = await openTab('https://news.example/front');
    await apis.contextMenus.onClicked.trigger(
      { menuItemId: 'save-link', editable: false, linkUrl: 'javascript:alert(1)' },
      tab,
    );
    expect(await db().items.count()).toBe(0);
    expect(apis.action.setBadgeText).toHaveBeenCalledWith({ text: '!', tabId: tab.id });
  });

  test('"Highlight in Learnmark" saves the page first, adds the selection as a highlight, and says so', async () => {
    const tab = await openTab('https://blog.example.org/b');
    pageReads(pageCapture('https://blog.example.org/b'));
    const click = { menuItemId: 'highlight-selection', editable: false, selectionText: ' The key sentence. ' };
    await apis.contextMenus.onClicked.trigger(click, tab);
    const [item] = await db().items.toArray();
    expect(item).toMatchObject({ url: 'https://blog.example.org/b', quote: null, title: 'Read me' });
    expect(await db().highlights.toArray()).toMatchObject([{ itemId: item!.id, exact: 'The key sentence.' }]);
    expect(notifications.create).toHaveBeenCalledWith(
      'highlighted',
      expect.objectContaining({ title: 'highlightedTitle', message: '“The key sentence.”' }),
    );

    // Again on the saved page: not saved again, and the same passage is not added twice.
    apis.scripting.executeScript.mockClear();
    await apis.contextMenus.onClicked.trigger({ ...click, selectionText: 'Another one.' }, tab);
    await apis.contextMenus.onClicked.trigger({ ...click, selectionText: 'Another one.' }, tab);
    expect(await db().items.count()).toBe(1);
    expect((await db().highlights.toArray()).map((h) => h.exact).sort()).toEqual(['Another one.', 'The key sentence.']);
    // Only the small function that reads the selection ran in the page, not the extractor.
    expect(apis.scripting.executeScript.mock.calls.every(([o]) => 'func' in o && !('files' in o))).toBe(true);
  });

  test('a menu that is not ours does nothing', async () => {
    const tab = await openTab('https://blog.example.org/c');
    await apis.contextMenus.onClicked.trigger({ menuItemId: 'other', editable: false }, tab);
    expect(apis.scripting.executeScript).not.toHaveBeenCalled();
  });
});

describe('keyboard command', () => {
  test('save-page saves the tab it was pressed in, via the shortcut', async () => {
    const tab = await openTab('https://blog.example.org/k');
    pageReads(pageCapture('https://blog.example.org/k'));
    await apis.commands.onCommand.trigger('save-page', tab);
    await vi.waitFor(async () => expect(await db().items.count()).toBe(1));
    expect((await db().items.toArray())[0]).toMatchObject({ via: 'shortcut' });
    // The icon's mark follows the answer.
    await followUpsSettled();
    expect(apis.action.setBadgeText).toHaveBeenCalledWith({ text: '✓', tabId: tab.id });
  });

  test('another command does nothing', async () => {
    const tab = await openTab('https://blog.example.org/k');
    await apis.commands.onCommand.trigger('other', tab);
    expect(apis.scripting.executeScript).not.toHaveBeenCalled();
  });
});
