// The fake tab and page the save-path tests share: a page as the extractor reads it, a tab to
// save from, the extractor's answer through the fake scripting API, the notifications the fake
// browser lacks, and delivering a message to the worker's listener as the browser would.
import { fakeBrowser } from '@webext-core/fake-browser';
import type { Tabs } from 'webextension-polyfill';
import { vi } from 'vitest';
import type { SaveDeps } from '../../../src/background/save';
import type { Capture } from '../../../src/core/item/model';
import type { LearnmarkDb } from '../../../src/db/db';
import type { installExtensionApis } from '../fake-extension-apis';

/** A readable article at `url`, as the extractor returns it; `over` changes any field. */
export function pageCapture(url: string, over: Partial<Capture> = {}): Capture {
  return {
    url,
    kind: 'article',
    title: 'Read me',
    author: null,
    siteName: 'Blog',
    excerpt: null,
    lang: 'en',
    handle: null,
    canonicalUrl: null,
    publishedAt: null,
    text: 'Three short words',
    ...over,
  };
}

/** An active tab on `url` in the fake browser (it has an id the worker can use). */
export const openTab = (url: string): Promise<Tabs.Tab> => fakeBrowser.tabs.create({ url, active: true });

/** A tab as the browser describes it, for calling the save path directly without the fake's tabs. */
export const tabAt = (url: string, id = 7): Tabs.Tab => ({
  id,
  url,
  title: 'T',
  index: 0,
  highlighted: true,
  active: true,
  pinned: false,
  incognito: false,
});

/**
 * The page the extractor reads in any tab: loading its file succeeds (or `result` is the
 * browser's refusal to run a script there), and the call that reads answers `result`, or what
 * `result(args)` returns.
 */
export function pageReads(
  apis: ReturnType<typeof installExtensionApis>,
  result: Capture | Error | ((args: unknown[]) => unknown),
) {
  apis.scripting.executeScript.mockImplementation(async (injection: { files?: string[]; args?: unknown[] }) => {
    if (result instanceof Error) throw result;
    if (injection.files) return [{ result: undefined }];
    return [{ result: typeof result === 'function' ? result(injection.args ?? []) : result }];
  });
}

/** The fake's notifications have events but no create or clear: spies for both, installed. */
export function fakeNotifications() {
  const notifications = {
    create: vi.fn(async (id: string, _options: { title: string; message: string }) => id),
    clear: vi.fn(async (_id: string) => true),
  };
  Object.assign(fakeBrowser.notifications, notifications);
  return notifications;
}

/** Delivers `message` from `sender` to the worker's listener as the browser would; its answer. */
export async function deliver<T = unknown>(message: unknown, sender: object): Promise<T> {
  const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown[]>;
  const [answer] = await trigger(message, sender, () => undefined);
  return answer as T;
}

let ids = 0;
/**
 * The save path's dependencies for calling it directly: `database` and a page that reads as
 * `capture`, a fixed clock, fresh ids, and follow-ups run at once unless `over` says otherwise.
 */
export const saveDeps = (database: () => LearnmarkDb, capture: Capture, over: Partial<SaveDeps> = {}): SaveDeps => ({
  database,
  extract: async () => capture,
  tabOpen: async () => true,
  feedPost: async () => null,
  badge: async () => undefined,
  now: () => 1000,
  newId: () => `id-${++ids}`,
  later: (task) => void task(),
  ...over,
});
