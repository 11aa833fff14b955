// The confirmation of a save that has no popup to show it in (shortcut, context menu, feed
// button): the toast in the page with the counts of goals tied and suggested, a notification
// where no script may run, and Edit opening the editor window for that item only. Also the
// bad input of a save: a second press while the first runs, a tab closed during the save.
// Driven through the worker's real listeners with a fake browser and an in-memory IndexedDB.
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Capture } from '../../../src/core/item/model';
import { db } from '../../../src/db/db';
import { installExtensionApis } from '../fake-extension-apis';
import { goal } from '../goal-fixtures';
import { fromContentScript } from '../senders';
import { deliver, fakeNotifications, openTab, pageCapture } from './save-fixtures';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

const apis = installExtensionApis();
const notifications = fakeNotifications();
const windows = { create: vi.fn(async (_options: { type: string; url: string }) => ({ id: 1 })) };
Object.assign(fakeBrowser.windows, windows);

const NOW = Date.UTC(2026, 10, 25, 10, 0);
const URL_A = 'https://blog.example.org/b-trees';
const capture = (url: string): Capture =>
  pageCapture(url, {
    title: 'How databases find rows',
    text: 'A b-tree keeps its nodes wide so lookups stay shallow. Indexes are b-tree pages.',
    httpStatus: 200,
  });

/** The data of each toast drawn in a tab. */
let drawn: unknown[] = [];
const toastsShown = () => drawn;

/** The scripts run in tabs: the extractor answers `read`; the toast draws once its file is loaded. */
function pageReads(read: () => Promise<Capture>, { toastRefused = false } = {}) {
  const installed = new Set<number>();
  apis.scripting.executeScript.mockImplementation(
    async (injection: { target: { tabId: number }; files?: string[]; args?: unknown[] }) => {
      const file = injection.files?.[0];
      if (file === 'assets/toast.js') {
        if (toastRefused) throw new Error('Cannot access contents of the page');
        installed.add(injection.target.tabId);
        return [{ result: undefined }];
      }
      if (file) return [{ result: undefined }];
      // The toast's call carries its data; the extractor's call carries none.
      if (injection.args) {
        if (!installed.has(injection.target.tabId)) return [{ result: false }];
        drawn.push(injection.args[0]);
        return [{ result: true }];
      }
      return [{ result: await read() }];
    },
  );
}
const press = (tab: { id?: number }) => apis.commands.onCommand.trigger('save-page', tab);
const ask = deliver;

beforeAll(async () => {
  await import('../../../src/background/service-worker');
});

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  vi.clearAllMocks();
  drawn = [];
  await db().items.clear();
  await db().goals.clear();
  await fakeBrowser.storage.session.clear();
});

describe('the toast after a save by shortcut', () => {
  test('shows in the tab with the goals suggested, and Edit opens the editor for that item', async () => {
    await db().goals.bulkPut([
      goal({ id: 'g-db', title: 'Databases', keywords: ['b-tree'] }),
      goal({ id: 'g-talk', title: 'Public speaking', keywords: ['slides'] }),
    ]);
    const tab = await openTab(URL_A);
    pageReads(async () => capture(URL_A));
    await press(tab);
    const [item] = await db().items.toArray();
    expect(item).toMatchObject({ url: URL_A, via: 'shortcut', goalIds: [] });
    expect(toastsShown()).toEqual([
      { resaved: false, tied: 0, suggested: 1, detail: null, title: 'How databases find rows' },
    ]);
    expect(notifications.create).not.toHaveBeenCalled();

    // Edit in that tab's toast: the worker opens the editor for the item saved from that tab.
    expect(await ask({ type: 'toast-edit', payload: {} }, fromContentScript({ id: tab.id, url: URL_A }))).toEqual({
      ok: true,
    });
    expect(windows.create).toHaveBeenCalledTimes(1);
    expect(windows.create.mock.calls[0]![0]).toMatchObject({
      type: 'popup',
      url: fakeBrowser.runtime.getURL(`src/edit/index.html?item=${item!.id}`),
    });
    // One Edit per save: asked again (a forged message), nothing more opens.
    expect(await ask({ type: 'toast-edit', payload: {} }, fromContentScript({ id: tab.id, url: URL_A }))).toEqual({
      ok: false,
    });
    expect(windows.create).toHaveBeenCalledTimes(1);
  });

  test('a second toast in the same tab reuses the script loaded the first time', async () => {
    const tab = await openTab(URL_A);
    pageReads(async () => capture(URL_A));
    await press(tab);
    await press(tab);
    const files = apis.scripting.executeScript.mock.calls.flatMap(([i]) => (i as { files?: string[] }).files ?? []);
    expect(files.filter((f) => f === 'assets/toast.js')).toHaveLength(1);
    expect(toastsShown()).toEqual([
      { resaved: false, tied: 0, suggested: 0, detail: null, title: 'How databases find rows' },
      { resaved: true, tied: 0, suggested: 0, detail: null, title: 'How databases find rows' },
    ]);
  });

  test('Edit from a tab nothing was saved from opens nothing', async () => {
    const other = await openTab('https://bank.example/');
    const answer = await ask({ type: 'toast-edit', payload: {} }, fromContentScript({ id: other.id, url: other.url }));
    expect(answer).toEqual({ ok: false });
    expect(windows.create).not.toHaveBeenCalled();
  });

  test('where no script may run, a notification confirms the save and its click edits', async () => {
    const tab = await openTab(URL_A);
    pageReads(async () => capture(URL_A), { toastRefused: true });
    await press(tab);
    const [item] = await db().items.toArray();
    expect(notifications.create).toHaveBeenCalledTimes(1);
    const [id, options] = notifications.create.mock.calls[0]!;
    expect(id).toBe(`saved:${item!.id}`);
    expect(options.message).toContain('toastSaved');
    await fakeBrowser.notifications.onClicked.trigger(id);
    expect(windows.create.mock.calls[0]![0].url).toContain(`item=${item!.id}`);
  });
});

describe('bad input', () => {
  test('a second press while the first save runs: one item, one confirmation', async () => {
    const tab = await openTab(URL_A);
    let reads = 0;
    let finish: () => void = () => undefined;
    pageReads(() => {
      reads += 1;
      return new Promise<Capture>((resolve) => (finish = () => resolve(capture(URL_A))));
    });
    const first = press(tab);
    const second = press(tab);
    await vi.waitFor(() => expect(reads).toBe(1));
    finish();
    await Promise.all([first, second]);
    expect(reads).toBe(1);
    expect(await db().items.count()).toBe(1);
    expect(toastsShown()).toEqual([
      { resaved: false, tied: 0, suggested: 0, detail: null, title: 'How databases find rows' },
    ]);
  });

  test('a tab closed while it was being read: nothing stored, and the person is told', async () => {
    const tab = await openTab(URL_A);
    pageReads(async () => {
      await fakeBrowser.tabs.remove(tab.id!);
      throw new Error(`No tab with id: ${tab.id}.`);
    });
    await press(tab);
    expect(await db().items.count()).toBe(0);
    expect(notifications.create.mock.calls.map(([, o]) => o.message)).toEqual(['saveTabClosed']);
    expect(apis.scripting.executeScript.mock.calls.some(([i]) => (i as { args?: unknown[] }).args)).toBe(false);
  });
});
