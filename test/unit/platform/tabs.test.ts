// The one way the worker opens an address: only http(s), whatever an item carries.
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, test, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));
const { openHttpUrl } = await import('../../../src/platform/tabs');

const urls = async () => (await fakeBrowser.tabs.query({})).map((t) => t.url);

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('openHttpUrl', () => {
  test.each([
    ['javascript:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['file:///etc/hostname'],
    ['chrome://settings'],
    ['chrome-extension://abcdefghijklmnop/src/options/index.html'],
    ['about:blank'],
    ['view-source:https://example.com/'],
    ['ftp://example.com/file'],
    ['not a url'],
  ])('refuses %s and opens nothing', async (url) => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://game.example/' });
    const before = await urls();
    expect(await openHttpUrl(url, { tabId: tab.id })).toBe(false);
    expect(await openHttpUrl(url)).toBe(false);
    expect(await urls()).toEqual(before);
    expect(before).toContain('https://game.example/');
  });

  test.each([['https://blog.example.org/post'], ['http://intranet.example/wiki']])(
    'opens %s in a new tab, or in the given tab',
    async (url) => {
      const before = await urls();
      expect(await openHttpUrl(url)).toBe(true);
      expect(await urls()).toEqual([...before, url]);
      const tab = await fakeBrowser.tabs.create({ url: 'https://game.example/' });
      expect(await openHttpUrl(url, { tabId: tab.id })).toBe(true);
      expect((await fakeBrowser.tabs.get(tab.id!)).url).toBe(url);
    },
  );
});

test('opens a new tab right after the given one, in its window, leaving that tab as it was', async () => {
  const game = await fakeBrowser.tabs.create({ url: 'https://game.example/' });
  const create = vi.spyOn(fakeBrowser.tabs, 'create');
  expect(await openHttpUrl('https://blog.example.org/post', { beside: { index: 2, windowId: 5 } })).toBe(true);
  expect(create).toHaveBeenCalledWith({ url: 'https://blog.example.org/post', index: 3, windowId: 5 });
  expect((await fakeBrowser.tabs.get(game.id!)).url).toBe('https://game.example/');
  expect(await openHttpUrl('javascript:alert(1)', { beside: { index: 2, windowId: 5 } })).toBe(false);
  expect(create).toHaveBeenCalledTimes(1);
});
