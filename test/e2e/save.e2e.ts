/// <reference types="chrome" />
// Saving from the popup, end to end: the built extension in Chromium, pages served locally
// under real host names (see harness.mjs for why the loaded copy has <all_urls>).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, readItems, readManifest, saveFromPopup, unfold, type Launched, type StoredItem } from './harness.mjs';

const ARTICLE = 'https://blog.example.org/2024/03/spaced-repetition-for-engineers/';
const NOTE = 'http://notes.example.com/til/git-bisect.html';

let h: Launched;
let popup: Page;

/** Opens `url` in a new tab and saves it from the popup (reused, reloaded for each save). */
async function saveUrl(url: string) {
  const tab = await h.ctx.newPage();
  await tab.goto(url).catch(async () => {
    // An unreachable host: Chromium shows its error page, still at `url` for the tabs API.
    await tab.waitForURL('chrome-error://**').catch(() => {});
  });
  popup = await h.openPopupFor(tab, { url, reuse: popup });
  return saveFromPopup(popup);
}

/** The popup's item lists; with no goals every unread item is Up next, and no list repeats another. */
const SHOWN_ITEMS = '[data-testid="up-next"] li, [data-testid="latest-items"] li';

const itemAt = (items: StoredItem[], url: string) => items.filter((i) => i.url === url);

describe('saving a page from the popup', () => {
  beforeAll(async () => {
    h = await launch();
    popup = await h.ctx.newPage();
  });
  afterAll(async () => {
    await h?.close();
  });

  test('the shipped manifest asks for no <all_urls> host access', () => {
    const manifest = readManifest();
    const everything = ['<all_urls>', '*://*/*', 'http://*/*', 'https://*/*'];
    // What is granted at install. (Optional host permissions are asked for one site at a time.)
    for (const key of ['host_permissions', 'permissions'] as const) {
      const asked = (manifest[key] ?? []) as string[];
      expect(
        asked.filter((p) => everything.includes(p)),
        key,
      ).toEqual([]);
    }
  });

  test('an article over https is stored with its metadata', async () => {
    const outcome = await saveUrl(`${ARTICLE}?utm_source=newsletter&utm_medium=email#notes`);
    expect(outcome.state).toBe('saved');
    const items = await readItems(popup);
    expect(items).toHaveLength(1);
    const item = items[0]!;
    expect(item).toMatchObject({
      url: ARTICLE,
      originalUrl: `${ARTICLE}?utm_source=newsletter&utm_medium=email#notes`,
      kind: 'article',
      title: 'Spaced repetition for engineers: remembering what you read',
      author: 'Priya Raman',
      siteName: 'Field Notes',
      publishedAt: Date.parse('2024-03-14T09:30:00Z'),
      canonicalUrl: ARTICLE,
      via: 'popup',
      status: 'unread',
      capture: 'full',
      quote: null,
      goalIds: [],
    });
    expect(String(item.lang)).toMatch(/^en\b/i);
    expect(String(item.excerpt)).toContain('a few minutes of review a day');
    expect(item.text).toContain('Spaced repetition is the simplest fix I have found.');
    expect(item.text).toContain('it took a few minutes, often, at the right time.');
    expect(item.text, 'navigation and footer are not content').not.toContain('Written by people who like');
    expect(item.wordCount).toBeGreaterThan(250);
    expect(item.readingMinutes).toBeGreaterThanOrEqual(1);
    expect(item.savedAt).toBe(item.updatedAt);
    expect(Math.abs(Number(item.savedAt) - outcome.clickedAt)).toBeLessThan(10_000);
    await unfold(popup, 'upnext');
    await expect
      .poll(() => popup.locator(SHOWN_ITEMS).allTextContents())
      .toEqual([expect.stringContaining('Spaced repetition for engineers')]);
  });

  test('saving it again updates the one item and says when it was first saved', async () => {
    const [before] = await readItems(popup);
    const outcome = await saveUrl(`${ARTICLE}#comments`);
    expect(outcome.state).toBe('resaved');
    expect(outcome.text).toContain(String(new Date(Number(before!.savedAt)).getFullYear()));
    const items = await readItems(popup);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ id: before!.id, url: ARTICLE, savedAt: before!.savedAt });
    expect(Number(items[0]!.updatedAt)).toBeGreaterThanOrEqual(Number(before!.savedAt));
  });

  test('a second save of the same page runs the extractor the first loaded; a new page in the tab loads it again', async () => {
    const tab = await h.ctx.newPage();
    await tab.goto(ARTICLE);
    popup = await h.openPopupFor(tab, { url: ARTICLE, reuse: popup });
    expect((await saveFromPopup(popup)).state).toBe('resaved');
    const tabId = await h.tabIdOf(ARTICLE);
    // A mark on the function the extractor file installed, in the extension's world of the page:
    // loading the file again would install a new function, without it.
    const inPage = (mark: boolean) =>
      h.sw.evaluate(
        async ({ tabId, mark }) => {
          const [found] = await chrome.scripting.executeScript({
            target: { tabId },
            args: [mark],
            func: (set: boolean) => {
              const run = (globalThis as { __learnmarkExtract?: { mark?: string } }).__learnmarkExtract;
              if (run && set) run.mark = 'loaded by the first save';
              return run ? (run.mark ?? 'unmarked') : 'none';
            },
          });
          return found?.result;
        },
        { tabId, mark },
      );
    expect(await inPage(true)).toBe('loaded by the first save');
    const [before] = itemAt(await readItems(popup), ARTICLE);
    popup = await h.openPopupFor(tab, { url: ARTICLE, reuse: popup });
    expect((await saveFromPopup(popup)).state).toBe('resaved');
    expect(await inPage(false)).toBe('loaded by the first save');
    const [after] = itemAt(await readItems(popup), ARTICLE);
    expect(after!.html, 'the same readable copy, read again').toBe(before!.html);
    expect(String(after!.html)).toContain('Spaced repetition is the simplest fix I have found.');
    // The tab navigates (to the same article): a new document, with nothing of the first left in
    // it, and the save loads the extractor into it.
    const again = `${ARTICLE}?utm_source=again`;
    await tab.goto(again);
    expect(await inPage(false)).toBe('none');
    popup = await h.openPopupFor(tab, { url: again, reuse: popup });
    expect((await saveFromPopup(popup)).state).toBe('resaved');
    expect(await inPage(false)).toBe('unmarked');
    await tab.close();
  });

  test('the page read ahead when the popup opened is saved only while unchanged: text added after it is kept', async () => {
    const url = `${ARTICLE}?utm_source=ahead`;
    const tab = await h.ctx.newPage();
    await tab.goto(url);
    popup = await h.openPopupFor(tab, { url, reuse: popup });
    // The popup asks for it as it opens; asked again here, its answer says the page is read and kept.
    const tabId = await h.tabIdOf(url);
    const ask = (id: number) => chrome.runtime.sendMessage({ type: 'save-read-ahead', payload: { tabId: id } });
    expect(await popup.evaluate(ask, tabId)).toEqual({ ok: true });
    await tab.evaluate(() => {
      const first = [...document.querySelectorAll('p')].find((p) => p.textContent?.includes('simplest fix'));
      first!.insertAdjacentHTML('afterend', '<p>Added after the popup opened, and read at the click.</p>');
    });
    expect(['saved', 'resaved']).toContain((await saveFromPopup(popup)).state);
    const [item] = itemAt(await readItems(popup), ARTICLE);
    expect(item!.text).toContain('Added after the popup opened, and read at the click.');
    await tab.close();
  });

  test('a page without metadata is stored with its title and language', async () => {
    expect((await saveUrl(NOTE)).state).toBe('saved');
    const [item] = itemAt(await readItems(popup), NOTE);
    expect(item).toMatchObject({ title: 'Trouver le commit fautif avec git bisect', capture: 'full' });
    expect(String(item!.lang)).toMatch(/^fr\b/i);
    expect(item!.text).toContain('git bisect run npm test');
    await expect.poll(() => popup.locator(SHOWN_ITEMS).count()).toBe(2);
  });

  // Pages that cannot be saved (the browser's own, files, pages that did not load, feeds) are
  // covered in honest-save.e2e.ts.

  test('the extension made no network request', () => {
    expect(h.guard.requests).toEqual([]);
  });
});
