/// <reference types="chrome" />
// Every way of saving ends in an editable confirmation. After a save by the shortcut (asked of
// the worker the way the shortcut asks: headless Chromium cannot press it) or by a feed button,
// a toast appears in the page without taking focus or keys from it, and its Edit opens the
// editor window, where a suggested goal is tied and stored. Opening the popup again on a saved
// page shows the item editable, with "Saved on …". The context menu's Save page and Save link
// (clicks dispatched to the worker's own listener) are confirmed the same way, and a tab closed
// while its page is read stores nothing and says so. The toast sits in a closed shadow root:
// reached through the DevTools protocol and clicked with the real mouse (closed-shadow.mjs).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { seriousViolations } from './a11y.mjs';
import { hasClosedShadow, inClosedShadows } from './closed-shadow.mjs';
import { goal } from '../unit/goal-fixtures';
import { fixturesDir, launch, readItems, seedRows, type Launched } from './harness.mjs';

const ARTICLE = 'https://notes.example.com/2026/code-review-week';
/** Served from test/fixtures by its address: an article with an author link. */
const BLOG = 'https://blog.example.org/2024/03/spaced-repetition-for-engineers/';
const AUTHOR_LINK = 'https://blog.example.org/authors/priya-raman/';
/** A page whose load never finishes: the server sends half of it and holds the rest. */
const HELD = 'https://blog.example.org/2024/07/a-page-that-never-finishes/';
const GOAL = goal({ id: 'g-review', title: 'Better reviews', keywords: ['flashcards'] });

let h: Launched;
let ext: Page;

const toastText = async (page: Page) => {
  const [line] = await inClosedShadows(page, 'learnmark-toast', '[role=status]');
  return line ? line.text() : null;
};

/** Saves the tab as the shortcut does: through the worker, which confirms in the page. */
async function saveByShortcut(tab: Page, url: string) {
  const tabId = await h.tabIdOf(url);
  return ext.evaluate(
    (id) => chrome.runtime.sendMessage({ type: 'save-tab', payload: { tabId: id, via: 'shortcut' } }),
    tabId,
  );
}

/**
 * A click on one of Learnmark's context-menu entries: headless Chromium has no context menu,
 * so the click is dispatched to the worker's own listener with what Chromium would pass.
 */
async function clickMenu(tabId: number, info: { menuItemId: string; linkUrl?: string }) {
  await h.sw.evaluate(
    async ({ tabId, info }) => {
      const tab = await chrome.tabs.get(tabId);
      const click = { editable: false, frameId: 0, pageUrl: tab.url, ...info };
      (chrome.contextMenus.onClicked as unknown as { dispatch: (...args: unknown[]) => void }).dispatch(click, tab);
    },
    { tabId, info },
  );
}

/** The toast's markup, outside its closed root, in a page of its own: what axe can check. */
async function toastMarkup(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  type Node = { localName?: string; nodeId: number; children?: Node[]; shadowRoots?: Node[] };
  const find = (n: Node): Node | null =>
    n.localName === 'learnmark-toast' && n.shadowRoots?.[0]
      ? n.shadowRoots[0]
      : ([...(n.children ?? []), ...(n.shadowRoots ?? [])].map(find).find(Boolean) ?? null);
  const shadow = find(root as Node)!;
  const parts = await Promise.all(
    (shadow.children ?? []).map(async (c) => (await cdp.send('DOM.getOuterHTML', { nodeId: c.nodeId })).outerHTML),
  );
  await cdp.detach();
  return parts.join('');
}

describe('the confirmation after a save', () => {
  beforeAll(async () => {
    h = await launch({
      pages: [
        { url: ARTICLE, file: `${fixturesDir}/toast/review-notes.html` },
        { url: HELD, file: `${fixturesDir}/toast/review-notes.html`, hold: true },
      ],
    });
    ext = await h.ctx.newPage();
    await ext.goto(h.popupUrl(0));
    await seedRows(ext, 'goals', [GOAL]);
  });
  afterAll(async () => {
    await h?.close();
  });

  test('after a shortcut save: a toast that takes no focus or key, and Edit ties a suggested goal', async () => {
    const tab = await h.ctx.newPage();
    await tab.goto(ARTICLE);
    await tab.bringToFront();
    await tab.focus('#comment');
    const active = () => tab.evaluate(() => document.activeElement?.id || document.activeElement?.localName);

    const result = await saveByShortcut(tab, ARTICLE);
    expect(result).toMatchObject({ ok: true });
    await expect.poll(() => toastText(tab)).toContain('Saved to Learnmark · 1 goal suggested');
    expect(await active()).toBe('comment');
    // The person goes on typing in the page: the keys reach it.
    await tab.keyboard.type('ok');
    expect(await tab.locator('#comment').inputValue()).toBe('ok');
    expect(await tab.locator('#typed').textContent()).toBe('ok');
    // The page's own script can neither read the toast nor press it.
    expect(
      await tab.evaluate(() => {
        const host = document.querySelector('learnmark-toast')!;
        (host as HTMLElement).click();
        return [host.shadowRoot, host.getAttributeNames(), host.textContent];
      }),
    ).toEqual([null, [], '']);

    // Reachable by keyboard: Alt+Shift+L moves to Edit, Escape goes back to the comment.
    await tab.keyboard.press('Alt+Shift+KeyL');
    await expect.poll(active).toBe('learnmark-toast');
    await tab.keyboard.press('Escape');
    await expect.poll(active).toBe('comment');
    expect(await hasClosedShadow(tab, 'learnmark-toast')).toBe(false);

    // Saved again: a new toast, and this time the person presses Edit.
    await saveByShortcut(tab, ARTICLE);
    await expect.poll(() => toastText(tab)).toContain('Already in Learnmark');
    const markup = await toastMarkup(tab);
    const [edit] = await inClosedShadows(tab, 'learnmark-toast', '[data-testid=toast-edit]');
    const editorOpened = h.ctx.waitForEvent('page', (p) => p.url().includes('/src/edit/index.html'));
    await edit!.click();
    const editor = await editorOpened;
    await editor.getByTestId('saved-item').waitFor();
    expect(await editor.getByTestId('saved-on').innerText()).toMatch(/^Saved on /);
    const chip = editor.getByRole('button', { name: /^Better reviews/ });
    expect(await chip.innerText()).toMatch(/suggested · matches .*flashcards/);
    expect(await chip.getAttribute('aria-pressed')).toBe('false');
    expect(await seriousViolations(editor), 'the editor window').toEqual([]);
    await chip.click();
    await expect.poll(async () => chip.getAttribute('aria-pressed')).toBe('true');
    await editor.getByLabel('Takeaway').fill('Split changes over three files');
    await editor.getByRole('button', { name: 'Save takeaway' }).click();
    await editor.getByText('Takeaway saved').waitFor({ state: 'attached' });
    const [item] = (await readItems(ext)).filter((i) => i.url === ARTICLE);
    expect(item).toMatchObject({ via: 'shortcut', goalIds: [GOAL.id], note: 'Split changes over three files' });
    await editor.close();

    // axe on the toast's own markup (its root is closed to axe as to the page).
    const check = await h.ctx.newPage();
    await check.setContent(`<!doctype html><html lang="en"><title>Toast</title><body><main>${markup}</main>`);
    expect(await seriousViolations(check), 'the toast').toEqual([]);
    await check.close();
  });

  test('reopening the popup on the saved page shows the item editable, with "Saved on …"', async () => {
    const tab = h.ctx.pages().find((p) => p.url() === ARTICLE)!;
    const popup = await h.openPopupFor(tab, { url: ARTICLE });
    await popup.getByTestId('saved-item').waitFor();
    expect(await popup.getByTestId('saved-on').innerText()).toMatch(/^Saved on /);
    // Saving is done: the button offers to read the page again, not to save it as if new.
    expect(await popup.getByRole('button', { name: 'Save this page' }).count()).toBe(0);
    expect(await popup.getByRole('button', { name: 'Save again' }).getAttribute('class')).toBe('secondary');
    expect(await popup.getByLabel('Takeaway').inputValue()).toBe('Split changes over three files');
    const chip = popup.getByRole('button', { name: /^Better reviews/ });
    expect(await chip.getAttribute('aria-pressed')).toBe('true');
    // Untied from the popup: stored, and the chip is no longer pressed nor offered as a
    // suggestion: an untie teaches the goal that this pair is not one (issue 13).
    await chip.click();
    await expect.poll(async () => (await readItems(popup)).find((i) => i.url === ARTICLE)?.goalIds).toEqual([]);
    await expect.poll(() => chip.getAttribute('aria-pressed')).toBe('false');
    expect(await chip.innerText()).not.toContain('suggested');
    await popup.getByLabel('Tags').fill('reviews, habits');
    await popup.getByLabel('Tags').press('Enter');
    await expect
      .poll(async () => (await readItems(popup)).find((i) => i.url === ARTICLE)?.tags)
      .toEqual(['reviews', 'habits']);
    expect(await seriousViolations(popup), 'the popup on a saved page').toEqual([]);
  });

  test('after a feed save: the toast in the feed, focus where it was', async () => {
    const feed = await h.ctx.newPage();
    await feed.goto('https://x.com/home');
    await feed.bringToFront();
    await expect.poll(async () => (await inClosedShadows(feed, 'learnmark-save', 'button')).length).toBeGreaterThan(0);
    const [save] = await inClosedShadows(feed, 'learnmark-save', 'button', {
      within: { closest: 'article', hasText: 'the best line I read' },
    });
    await save!.click();
    const activeAfterClick = await feed.evaluate(() => document.activeElement?.localName);
    await expect.poll(() => toastText(feed)).toContain('Saved to Learnmark');
    expect(await feed.evaluate(() => document.activeElement?.localName)).toBe(activeAfterClick);
    const items = await readItems(ext);
    expect(items.find((i) => i.url === 'https://x.com/bob_builds/status/1861100000000000000')).toMatchObject({
      via: 'feed-button',
    });
  });

  test('the context menu saves the page, then the link target by its address and text, each confirmed in the page', async () => {
    const tab = await h.ctx.newPage();
    await tab.goto(BLOG);
    const tabId = await h.tabIdOf(BLOG);
    await clickMenu(tabId, { menuItemId: 'save-page' });
    await expect.poll(() => toastText(tab)).toContain('Saved to Learnmark');
    // The toast names what was saved: the page here, the link's target below.
    expect(await toastText(tab)).toContain('Spaced repetition for engineers: remembering what you read');
    const page = (await readItems(ext)).find((i) => i.url === BLOG);
    expect(page).toMatchObject({
      via: 'context-menu',
      title: 'Spaced repetition for engineers: remembering what you read',
      author: 'Priya Raman',
    });
    // The page itself was read, not only its address.
    expect(page!.text).toContain('Spaced repetition is the simplest fix I have found.');
    // Closed, so that the next toast is the link's own.
    const [close] = await inClosedShadows(tab, 'learnmark-toast', '[data-testid=toast-close]');
    await close!.click();
    await expect.poll(() => hasClosedShadow(tab, 'learnmark-toast')).toBe(false);

    const hitsBefore = h.server.hits.length;
    await clickMenu(tabId, { menuItemId: 'save-link', linkUrl: AUTHOR_LINK });
    await expect
      .poll(async () => (await readItems(ext)).find((i) => i.url === AUTHOR_LINK))
      .toMatchObject({
        via: 'context-menu',
        title: 'Priya Raman',
        text: '',
      });
    await expect.poll(() => toastText(tab)).toContain('Saved to LearnmarkEditPriya Raman');
    // The link was never opened nor fetched: nothing asked the server for it.
    expect(h.server.hits.slice(hitsBefore).map((hit) => hit.path)).not.toContain('/authors/priya-raman/');
    await tab.close();
  });

  test('a tab closed while its page is still loading and being read stores nothing, and a notification says so', async () => {
    const tab = await h.ctx.newPage();
    await tab.goto(HELD, { waitUntil: 'commit' });
    const tabId = await h.tabIdOf(HELD);
    // What the worker tells the person, and the scripts it runs in tabs, recorded as they happen.
    await h.sw.evaluate(() => {
      const seen = { shown: [] as unknown[], scripts: 0 };
      (globalThis as { __seen?: typeof seen }).__seen = seen;
      const create = chrome.notifications.create.bind(chrome.notifications);
      chrome.notifications.create = ((...args: unknown[]) => {
        seen.shown.push(args);
        return (create as (...a: unknown[]) => unknown)(...args);
      }) as typeof chrome.notifications.create;
      const run = chrome.scripting.executeScript.bind(chrome.scripting);
      chrome.scripting.executeScript = ((...args: Parameters<typeof run>) => {
        seen.scripts += 1;
        return run(...args);
      }) as typeof chrome.scripting.executeScript;
    });
    const seen = () => h.sw.evaluate(() => (globalThis as { __seen?: { shown: unknown[]; scripts: number } }).__seen!);
    // The page's load is held, so the extractor waits for it; the tab is closed once it is being read.
    await clickMenu(tabId, { menuItemId: 'save-page' });
    await expect.poll(async () => (await seen()).scripts).toBeGreaterThan(0);
    await tab.close();
    await expect.poll(async () => (await seen()).shown, { timeout: 30_000 }).toHaveLength(1);
    expect((await seen()).shown).toEqual([
      [
        'save-problem',
        expect.objectContaining({
          title: 'Not saved to Learnmark',
          message: 'The tab was closed before Learnmark could read it, so nothing was saved.',
        }),
      ],
    ]);
    expect((await readItems(ext)).filter((i) => i.url === HELD)).toEqual([]);
  });

  test('the extension made no network request', () => {
    expect(h.guard.requests).toEqual([]);
  });
});
