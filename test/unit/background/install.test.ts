import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, expect, test, vi } from 'vitest';
import { onInstalled } from '../../../src/background/install';
import { installExtensionApis } from '../fake-extension-apis';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));
const apis = installExtensionApis();

beforeEach(() => vi.clearAllMocks());

test.each([
  ['install', 1],
  ['update', 0],
  ['browser_update', 0],
] as const)('on %s the welcome page opens %i time(s), and the menus are (re)created', async (reason, opened) => {
  const welcome = vi.fn(async () => undefined);
  await onInstalled({ reason }, welcome);
  expect(welcome).toHaveBeenCalledTimes(opened);
  expect(apis.contextMenus.create).toHaveBeenCalledTimes(3);
});

test('the worker opens the welcome page in a new tab on install', async () => {
  await import('../../../src/background/service-worker');
  const before = (await fakeBrowser.tabs.query({})).length;
  await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
  const tabs = await fakeBrowser.tabs.query({});
  expect(tabs).toHaveLength(before + 1);
  expect(tabs.at(-1)!.url).toMatch(/src\/welcome\/index\.html$/);
  await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9' });
  expect(await fakeBrowser.tabs.query({})).toHaveLength(before + 1);
});
