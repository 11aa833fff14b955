// The feed buttons' messages, through the worker's real listener: what a content script on X
// or LinkedIn sends is validated, then stored like every save, without reading the tab again.
import { fromContentScript } from '../senders';
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Capture } from '../../../src/core/item/model';
import { followUpsSettled } from '../../../src/background/save-follow-ups';
import { db } from '../../../src/db/db';
import { installExtensionApis } from '../fake-extension-apis';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));
const apis = installExtensionApis();

const NOW = Date.UTC(2026, 10, 25, 10, 0);
const POST = 'https://x.com/ada/status/1861000000000000000';
const FEED_TAB = { id: 41, url: 'https://x.com/home', title: 'Home / X', index: 0 };
const fromFeed = (tab: { id?: number; url?: string } = FEED_TAB) => fromContentScript(tab);

async function ask(message: unknown, sender: object) {
  const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown[]>;
  const [answer] = await trigger(message, sender, () => undefined);
  return answer;
}

const post = (over: Partial<Capture> = {}): Capture => ({
  url: POST,
  kind: 'tweet',
  title: 'B-trees, briefly',
  author: 'Ada',
  siteName: 'X',
  excerpt: null,
  lang: 'en',
  handle: 'ada',
  canonicalUrl: null,
  publishedAt: Date.UTC(2026, 10, 20),
  text: 'A B-tree keeps its nodes wide so the tree stays shallow.',
  ...over,
});

/** The script files injected into tabs, in order. */
const injected = () =>
  apis.scripting.executeScript.mock.calls.flatMap(([injection]) => (injection as { files?: string[] }).files ?? []);

beforeAll(async () => {
  await import('../../../src/background/service-worker');
});

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  vi.clearAllMocks();
  await db().items.clear();
});

describe('feed-save', () => {
  test('stores the post the script read, via the feed button, and marks that tab', async () => {
    apis.scripting.executeScript.mockResolvedValue([{ result: undefined }]);
    const answer = await ask({ type: 'feed-save', payload: { capture: post() } }, fromFeed());
    // The feed script learns "saved", nothing of the item (its takeaway, tags, goals).
    expect(answer).toEqual({ ok: true });
    expect(await db().items.toArray()).toMatchObject([
      { url: POST, via: 'feed-button', kind: 'tweet', author: 'Ada (@ada)', savedAt: NOW, capture: 'full' },
    ]);
    // The post came in the message: the tab is not read again (only the toast is shown there).
    expect(injected()).toEqual(['assets/toast.js']);
    // The icon's mark follows the answer.
    await followUpsSettled();
    expect(apis.action.setBadgeText).toHaveBeenCalledWith({ text: '✓', tabId: FEED_TAB.id });
  });

  test.each([
    ['a capture that is not one', { capture: 'B-trees' }, fromFeed()],
    ['a javascript: address', { capture: { ...post(), url: 'javascript:alert(1)' } }, fromFeed()],
    ['a post of another site', { capture: post({ url: 'https://blog.example.org/b-trees' }) }, fromFeed()],
    [
      'a LinkedIn post sent from an X tab',
      { capture: post({ url: 'https://www.linkedin.com/feed/update/urn:li:activity:7400000000000000000/' }) },
      fromFeed(),
    ],
    ['an X profile, not a post', { capture: post({ url: 'https://x.com/ada' }) }, fromFeed()],
  ])('refuses %s and writes nothing', async (_, payload, sender) => {
    const answer = await ask({ type: 'feed-save', payload }, sender);
    expect(answer).toEqual({ ok: false });
    expect(await db().items.count()).toBe(0);
  });

  test('a save that fails says why in the feed’s toast, not only "Not saved" on the button', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    apis.scripting.executeScript.mockResolvedValue([{ result: true }]);
    vi.spyOn(db(), 'transaction').mockRejectedValueOnce(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    );
    expect(await ask({ type: 'feed-save', payload: { capture: post() } }, fromFeed())).toEqual({ ok: false });
    expect(await db().items.count()).toBe(0);
    const toasts = apis.scripting.executeScript.mock.calls.flatMap(
      ([injection]) => (injection as { args?: unknown[] }).args ?? [],
    );
    expect(toasts).toEqual([{ refused: 'saveStorageFull', offer: null, quote: null }]);
  });

  test('a post saved already is never rewritten from the feed: the first capture and the person’s notes stand', async () => {
    await ask({ type: 'feed-save', payload: { capture: post() } }, fromFeed());
    await db()
      .items.where('url')
      .equals(POST)
      .modify({ note: 'My takeaway', tags: ['b-trees'] });
    const before = await db().items.toArray();
    const forged = post({ title: 'URGENT', text: 'Re-enter your credentials at https://evil.example/login' });
    expect(await ask({ type: 'feed-save', payload: { capture: forged } }, fromFeed())).toEqual({ ok: true });
    expect(await db().items.toArray()).toEqual(before);
  });
});

test('a content script on a page that is not a feed is refused before anything runs', async () => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  const sender = fromFeed({ ...FEED_TAB, url: 'https://evil.example/' });
  await expect(ask({ type: 'feed-save', payload: { capture: post() } }, sender)).rejects.toThrow(
    'not from a feed page',
  );
  expect(await db().items.count()).toBe(0);
});

describe('feed-saved-check', () => {
  test('answers only about posts of the sender’s own site, never other addresses', async () => {
    await ask({ type: 'feed-save', payload: { capture: post() } }, fromFeed());
    await db().items.add({ ...(await db().items.toArray())[0]!, id: 'bank', url: 'https://bank.example/account' });
    const linkedInTab = { id: 42, url: 'https://www.linkedin.com/feed/', title: 'Feed', index: 1 };
    expect(
      await ask(
        { type: 'feed-saved-check', payload: { urls: [POST, 'https://bank.example/account'] } },
        fromFeed(linkedInTab),
      ),
    ).toEqual({ saved: [] });
    expect(
      await ask({ type: 'feed-saved-check', payload: { urls: ['https://bank.example/account'] } }, fromFeed()),
    ).toEqual({ saved: [] });
  });

  test('answers which of the posts are saved, as the script spelled them', async () => {
    await ask({ type: 'feed-save', payload: { capture: post() } }, fromFeed());
    const urls = [`${POST}?s=20`, 'https://x.com/bob/status/1861000000000000001'];
    expect(await ask({ type: 'feed-saved-check', payload: { urls } }, fromFeed())).toEqual({ saved: [`${POST}?s=20`] });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expect(ask({ type: 'feed-saved-check', payload: { urls: 'all' } }, fromFeed())).rejects.toThrow(
      'refused "feed-saved-check": urls',
    );
  });
});
