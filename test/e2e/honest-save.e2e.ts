/// <reference types="chrome" />
// A page that did not load, a feed, or a page no extension may read is not a learning item:
// from the popup, the person is told why, in plain words, and nothing is stored unless they
// press "Save the link anyway". The pages are real: the server answers 404 and 500 with an
// HTML body, and the unreachable host refuses connections, so Chromium shows its error page.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { seriousViolations } from './a11y.mjs';
import { inClosedShadows } from './closed-shadow.mjs';
import { fixturesDir, launch, readItems, saveFromPopup, UNREACHABLE_HOST, type Launched } from './harness.mjs';

const MISSING = 'https://blog.example.org/2024/05/the-post-that-moved/';
const BROKEN = 'https://engineering.example.com/outage-report';
const OFFLINE = `https://${UNREACHABLE_HOST}/posts/offline-first`;
/** Another 404, saved only by the shortcut. */
const GONE = 'https://blog.example.org/2024/06/the-talk-that-was-renamed/';

let h: Launched;
let popup: Page;

/** Opens `url` in a new tab (an error page too) and the popup acting on it. */
async function openWithPopup(url: string) {
  const tab = await h.ctx.newPage();
  await tab.goto(url).catch(async () => {
    // An unreachable host: Chromium shows its error page, still at `url` for the tabs API.
    await tab.waitForURL('chrome-error://**').catch(() => {});
  });
  popup = await h.openPopupFor(tab, { url, reuse: popup });
  return tab;
}

/** The person scrolls the feed to one post: the window just taller than it, the post at its top. */
async function showOnlyPost(tab: Page, postSelector: string, words: string) {
  // The feed script has run once its Save buttons are there.
  await expect.poll(async () => (await inClosedShadows(tab, 'learnmark-save', 'button')).length).toBeGreaterThan(0);
  const height = await tab.evaluate(
    ({ postSelector, words }) => {
      const post = [...document.querySelectorAll(postSelector)].find((p) => p.textContent!.includes(words))!;
      document.body.style.paddingBottom = '3000px';
      return Math.ceil(post.getBoundingClientRect().height);
    },
    { postSelector, words },
  );
  await tab.setViewportSize({ width: 1000, height: height + 10 });
  await tab.evaluate(
    ({ postSelector, words }) =>
      [...document.querySelectorAll(postSelector)]
        .find((p) => p.textContent!.includes(words))!
        .scrollIntoView({ block: 'start' }),
    { postSelector, words },
  );
}

/** Asks the worker to save the tab at `url` as the keyboard shortcut does (headless Chromium cannot press it). */
async function shortcutSave(url: string) {
  const tabId = await h.tabIdOf(url);
  return popup.evaluate(
    (id) => chrome.runtime.sendMessage({ type: 'save-tab', payload: { tabId: id, via: 'shortcut' } }),
    tabId,
  );
}

async function badgeOf(url: string) {
  const tabId = await h.tabIdOf(url);
  return h.sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

describe('honest saves from the popup', () => {
  beforeAll(async () => {
    h = await launch({
      pages: [
        { url: MISSING, file: join(fixturesDir, 'status/not-found.html'), status: 404 },
        { url: BROKEN, file: join(fixturesDir, 'status/server-error.html'), status: 500 },
        { url: GONE, file: join(fixturesDir, 'status/not-found.html'), status: 404 },
      ],
    });
    popup = await h.ctx.newPage();
  });
  afterAll(async () => {
    await h?.close();
  });

  test.each([
    [MISSING, "This page didn't load (404 Not Found), so there is nothing to save yet."],
    [BROKEN, "This page didn't load (500 Internal Server Error), so there is nothing to save yet."],
    [OFFLINE, "This page didn't load, so there is nothing to save yet."],
  ])('%s is not saved: the popup says why, nothing green, a ! on the icon', async (url, message) => {
    await openWithPopup(url);
    const outcome = await saveFromPopup(popup);
    expect(outcome.state).toBe('not-loaded');
    expect(outcome.text).toContain(message);
    const status = popup.getByTestId('save-status');
    expect(await status.getAttribute('class')).not.toContain('status-saved');
    expect(await popup.getByRole('button', { name: 'Save the link anyway' }).isVisible()).toBe(true);
    // Saving the page as it is would fail again: the button steps back to "Try again".
    expect(await popup.getByRole('button', { name: 'Save this page' }).count()).toBe(0);
    expect(await popup.getByRole('button', { name: 'Try again' }).getAttribute('class')).toBe('secondary');
    expect(await readItems(popup)).toEqual([]);
    expect(await badgeOf(url)).toBe('!');
    expect(await seriousViolations(popup), 'popup with a page that did not load').toEqual([]);
  });

  test('"Save the link anyway" keeps the link, marked as not loaded, without the error text', async () => {
    await openWithPopup(MISSING);
    expect((await saveFromPopup(popup)).state).toBe('not-loaded');
    await popup.getByRole('button', { name: 'Save the link anyway' }).click();
    await popup.locator('[data-testid="save-status"][data-state="saved"]').waitFor();
    expect(await popup.getByTestId('save-status').innerText()).toContain("the page didn't load");
    const items = await readItems(popup);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      url: MISSING,
      // Named by its address, not by the error page's own title.
      title: 'blog.example.org/2024/05/the-post-that-moved',
      capture: 'none',
      text: '',
      via: 'popup',
      loadFailure: { kind: 'http-error', status: 404 },
    });
  });

  test.each([
    ['https://www.linkedin.com/feed/', /many posts.*a Save button of its own beside it/],
    ['https://x.com/home', /many posts.*a Save button of its own beside it/],
    ['chrome://version/', /browser's own pages/],
    ['about:blank', /browser's own pages/],
    // Extensions loaded from the command line have file access: files are refused all the same.
    ['file:///etc/hostname', /file on your computer.*files can't be saved/],
  ])('%s offers no Save button and says why before any click', async (url, reason) => {
    const before = (await readItems(popup)).length;
    await openWithPopup(url);
    const blocked = popup.getByTestId('save-blocked');
    await blocked.waitFor();
    expect(await blocked.innerText()).toMatch(reason);
    expect(await popup.getByRole('button', { name: 'Save this page' }).count()).toBe(0);
    expect(await readItems(popup)).toHaveLength(before);
    expect(await seriousViolations(popup), 'popup on a page that cannot be saved').toEqual([]);
  });

  test('the feed page saved through the worker (as the shortcut does) makes no item', async () => {
    const url = 'https://www.linkedin.com/feed/';
    const tabId = await h.tabIdOf(url);
    const result = await popup.evaluate(
      (id) => chrome.runtime.sendMessage({ type: 'save-tab', payload: { tabId: id, via: 'popup' } }),
      tabId,
    );
    expect(result).toEqual({ ok: false, reason: 'feed', url });
    const items = await readItems(popup);
    expect(items.filter((i) => String(i.url).includes('linkedin.com'))).toEqual([]);
  });

  test('a shortcut save of a 404 says why in the page\'s toast; its "Save the link anyway" keeps it, marked', async () => {
    const tab = await h.ctx.newPage();
    await tab.goto(GONE);
    await tab.bringToFront();
    const result = await shortcutSave(GONE);
    expect(result).toMatchObject({ ok: false, reason: 'not-loaded' });
    const line = async () => (await inClosedShadows(tab, 'learnmark-toast', '[role=status]'))[0]?.text() ?? null;
    await expect.poll(line).toContain("This page didn't load (404 Not Found), so there is nothing to save yet.");
    expect(await line()).not.toContain('Saved');
    expect((await readItems(popup)).filter((i) => i.url === GONE)).toEqual([]);
    expect(await badgeOf(GONE)).toBe('!');

    const [anyway] = await inClosedShadows(tab, 'learnmark-toast', '[data-testid=toast-accept]');
    expect(await anyway!.text()).toBe('Save the link anyway');
    await anyway!.click();
    // The kept link is confirmed in the same page's toast, in the popup's words: only the link.
    await expect.poll(line).toContain('Saved to Learnmark');
    expect(await line()).toContain("Only the link was kept: the page didn't load when you saved it.");
    const kept = (await readItems(popup)).filter((i) => i.url === GONE);
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({
      via: 'shortcut',
      capture: 'none',
      text: '',
      loadFailure: { kind: 'http-error', status: 404 },
    });
    // The library marks it the same way.
    const library = await h.ctx.newPage();
    await library.goto(`chrome-extension://${h.extensionId}/src/library/index.html`);
    const mark = library.locator(`[data-item-id="${kept[0]!.id}"]`).getByTestId('row-link-only');
    await mark.waitFor();
    expect(await mark.textContent()).toBe("link only: the page didn't load when you saved it");
    await library.close();
    await tab.close();
  });

  test.each([
    [
      'https://x.com/home',
      'article[data-testid="tweet"]',
      'Write the test first',
      'Carol Chen',
      /^https:\/\/x\.com\/carol\/status\/\d+$/,
    ],
    [
      'https://www.linkedin.com/feed/',
      '[data-view-name="feed-full-update"]',
      'Worth reading twice',
      'Carl Ruiz',
      /^https:\/\/www\.linkedin\.com\/feed\/update\/urn:li:activity:\d+\/?$/,
    ],
  ])(
    'on %s the shortcut and the popup offer the post most in view instead; the popup saves that post',
    async (feedUrl, postSelector, words, author, saved) => {
      const tab = await h.ctx.newPage();
      await tab.goto(feedUrl);
      await showOnlyPost(tab, postSelector, words);
      // The shortcut (asked of the worker as it asks) offers the same post in the page's toast.
      await shortcutSave(feedUrl);
      await expect
        .poll(async () => (await inClosedShadows(tab, 'learnmark-toast', '[data-testid=toast-accept]'))[0]?.text())
        .toBe(`Save this post by ${author}?`);
      const [quote] = await inClosedShadows(tab, 'learnmark-toast', 'blockquote');
      expect(await quote!.text()).toMatch(new RegExp(`^${words}`));
      popup = await h.openPopupFor(tab, { url: feedUrl, reuse: popup });
      const offer = popup.getByTestId('post-offer');
      await offer.waitFor();
      expect(await offer.locator('p').innerText()).toBe(`Save this post by ${author}?`);
      expect(await offer.locator('blockquote').innerText()).toMatch(new RegExp(`^${words}`));
      expect(await popup.getByRole('button', { name: 'Save this page' }).count()).toBe(0);
      expect(await seriousViolations(popup), 'popup offering a post').toEqual([]);
      await offer.getByRole('button', { name: 'Save this post' }).click();
      await popup.locator('[data-testid="save-status"][data-state="saved"]').waitFor();
      const items = (await readItems(popup)).filter((i) => String(i.url).match(saved));
      expect(items).toHaveLength(1);
      expect(items[0]).toMatchObject({ via: 'popup' });
      expect(String(items[0]!.author)).toContain(author);
      expect(String(items[0]!.text)).toContain(words);
      // The feed itself never is an item.
      expect((await readItems(popup)).filter((i) => i.url === feedUrl)).toEqual([]);
      await tab.close();
    },
  );

  test("on the LinkedIn feed the shortcut's toast offers the post in view, and a click on it saves that post by its permalink", async () => {
    const FEED = 'https://www.linkedin.com/feed/';
    const tab = await h.ctx.newPage();
    await tab.goto(FEED);
    await showOnlyPost(tab, '[data-view-name="feed-full-update"]', 'Three things I learned');
    expect(await shortcutSave(FEED)).toMatchObject({ ok: false, reason: 'feed' });
    const offer = async () => (await inClosedShadows(tab, 'learnmark-toast', '[data-testid=toast-accept]'))[0];
    await expect.poll(async () => (await offer())?.text()).toBe('Save this post by Ada Lovelace?');
    // A real click, as the person makes it (the toast ignores a script's click).
    await (await offer())!.click();
    const line = async () => (await inClosedShadows(tab, 'learnmark-toast', '[role=status]'))[0]?.text() ?? null;
    await expect.poll(line).toContain('Saved to Learnmark');
    const posts = (await readItems(popup)).filter((i) => String(i.text).includes('Three things I learned'));
    expect(posts).toHaveLength(1);
    expect(String(posts[0]!.url)).toMatch(/^https:\/\/www\.linkedin\.com\/feed\/update\/urn:li:activity:\d+\/?$/);
    expect(posts[0]).toMatchObject({ via: 'shortcut', kind: 'linkedin-post' });
    expect(String(posts[0]!.author)).toContain('Ada Lovelace');
    expect((await readItems(popup)).filter((i) => i.url === FEED)).toEqual([]);
    await tab.close();
  });

  test('the extension made no network request', () => {
    expect(h.guard.requests).toEqual([]);
  });
});
