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
