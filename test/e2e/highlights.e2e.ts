/// <reference types="chrome" />
// Highlights in the reader, end to end: text selected with the real mouse becomes a highlight
// with a colour and a note, one of them spanning a paragraph and a heading; after a reload both
// are drawn at the same text; a highlight whose text is gone says so; delete has Undo.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { seriousViolations } from './a11y.mjs';
import { launch, readItems, saveFromPopup, seedRows, tabIdOf, type Launched } from './harness.mjs';

const ARTICLE = 'https://blog.example.org/2024/03/spaced-repetition-for-engineers/';

let h: Launched;
let reader: Page;
let itemId: string;
const NOW = Date.UTC(2026, 10, 30, 9, 0);
const MINUTE = 60_000;

/** Drags the real mouse from the first character of `from` to the last of `to` in the article. */
async function selectBetween(page: Page, from: string, to: string, rootSelector = '[data-testid="reader-article"]') {
  const points = await page.evaluate(
    ([from, to, rootSelector]) => {
      const root = document.querySelector(rootSelector)!;
      const charRect = (needle: string, last: boolean, scroll = false) => {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
          const at = n.data.indexOf(needle);
          if (at < 0) continue;
          const range = document.createRange();
          const i = last ? at + needle.length - 1 : at;
          range.setStart(n, i);
          range.setEnd(n, i + 1);
          if (scroll) range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
          return range.getBoundingClientRect();
        }
        throw new Error(`not in the article: ${needle}`);
      };
      charRect(from, false, true); // both ends in view: the passages are a few lines long
      const a = charRect(from, false);
      const b = charRect(to, true);
      return { x1: a.left + 1, y1: a.top + a.height / 2, x2: b.right - 1, y2: b.top + b.height / 2 };
    },
    [from, to, rootSelector] as const,
  );
  await page.mouse.move(points.x1, points.y1);
  await page.mouse.down();
  await page.mouse.move(points.x2, points.y2, { steps: 8 });
  await page.mouse.up();
}

const marks = (page: Page) =>
  page.evaluate(() => {
    const byId = new Map<string, string>();
    for (const m of Array.from(document.querySelectorAll('mark[data-highlight-id]'))) {
      const id = m.getAttribute('data-highlight-id')!;
      byId.set(id, (byId.get(id) ?? '') + m.textContent);
    }
    return [...byId.values()].map((s) => s.replace(/\s+/g, ' ').trim());
  });

describe('highlights in the reader', () => {
  beforeAll(async () => {
    h = await launch({ now: NOW });
    const tab = await h.ctx.newPage();
    await tab.goto(ARTICLE);
    const popup = await h.openPopupFor(tab, { url: ARTICLE });
    expect((await saveFromPopup(popup)).state).toBe('saved');
    itemId = (await readItems(popup))[0]!.id;
    await Promise.all([tab.close(), popup.close()]);
    reader = await h.ctx.newPage();
    await reader.goto(`chrome-extension://${h.extensionId}/src/reader/index.html?id=${itemId}`);
    await reader.locator('body[data-reader-ready="true"]').waitFor();
  });
  afterAll(async () => {
    await h?.close();
  });

  test('two passages highlighted, one with a note and one across a heading, still anchored after a reload', async () => {
    await selectBetween(reader, 'Reading once is exposure.', 'Recalling it a week later');
    const form = reader.getByRole('form', { name: 'Highlight the selected text' });
    await expect(form.locator('blockquote').innerText()).resolves.toBe(
      'Reading once is exposure. Recalling it a week later',
    );
    expect(await seriousViolations(reader)).toEqual([]);
    await form.getByLabel('Green').check();
    await form.getByLabel('Note (optional)').fill('Exposure is not learning');
    await form.getByRole('button', { name: 'Highlight', exact: true }).click();
    await form.waitFor({ state: 'detached' });

    await selectBetween(reader, 'each one that succeeds', 'Start with what');
    await form.getByRole('button', { name: 'Highlight', exact: true }).click();
    await form.waitFor({ state: 'detached' });
    await reader.locator('mark.hl-yellow').first().waitFor();

    const want = [
      'each one that succeeds pushes the next one further away. Start with what',
      'Reading once is exposure. Recalling it a week later',
    ];
    expect((await marks(reader)).sort()).toEqual(want.sort());
    expect(await reader.locator('mark.hl-yellow').count()).toBeGreaterThan(1); // split at the heading

    await reader.reload();
    await reader.locator('body[data-reader-ready="true"]').waitFor();
    await reader.locator('mark[data-highlight-id]').first().waitFor();
    expect((await marks(reader)).sort()).toEqual(want.sort());
    expect(await reader.locator('mark.hl-green').getAttribute('title')).toBe('Exposure is not learning');
    const list = reader.getByTestId('highlights');
    await expect(list.getByText('Exposure is not learning').count()).resolves.toBe(1);
    expect(await seriousViolations(reader)).toEqual([]);
    expect(h.guard.requests).toEqual([]);
  });

  test('Export Markdown downloads the item as an Obsidian note with both highlights and the note', async () => {
    const done = reader.waitForEvent('download');
    await reader.getByRole('button', { name: 'Export Markdown' }).click();
    const file = await done;
    const md = readFileSync((await file.path())!, 'utf8');
    expect(file.suggestedFilename()).toMatch(/\.md$/);
    expect(md).toMatch(
      /^---\ntitle: ".+"\nurl: "https:\/\/blog\.example\.org\/2024\/03\/spaced-repetition-for-engineers\/"\n/,
    );
    expect(md).toMatch(/\nsaved: 2026-11-30\n/);
    // The passage across a heading is quoted line by line, in text order before the other one.
    const quotes = md.split('\n').filter((l) => l.startsWith('> '));
    expect(quotes.join('\n')).toMatch(
      /^> each one that succeeds pushes the next one further away\.\n> Start with what\n> Reading once is exposure\. Recalling it a week later$/,
    );
    expect(md).toMatch(/> Reading once is exposure\. Recalling it a week later\n\nExposure is not learning\n/);
    expect(h.guard.requests).toEqual([]);
  });

  test('a highlight whose text is gone says so; deleting one can be undone', async () => {
    await seedRows(reader, 'highlights', [
      {
        id: 'gone',
        itemId,
        exact: 'A sentence this article never had.',
        prefix: '',
        suffix: '',
        start: 10,
        color: 'pink',
        note: '',
        createdAt: 1_700_000_000_000,
        updatedAt: 1_700_000_000_000,
      },
    ]);
    await reader.reload(); // rows seeded outside Dexie are not announced to its live queries
    await reader.locator('body[data-reader-ready="true"]').waitFor();
    const gone = reader.locator('li[data-highlight="gone"]');
    await gone.getByText("This highlight's text is no longer in the page.").waitFor();
    expect(await reader.locator('mark[data-highlight-id="gone"]').count()).toBe(0);

    const list = reader.getByTestId('highlights');
    await list.getByRole('button', { name: /^Delete\W+Reading once is exposure/ }).click();
    await reader.locator('mark.hl-green').waitFor({ state: 'detached' });
    await list.getByRole('button', { name: 'Undo' }).click();
    await reader.locator('mark.hl-green').waitFor();
    expect(await reader.locator('mark.hl-green').getAttribute('title')).toBe('Exposure is not learning');
  });

  test('a highlight put into the review is counted in the popup, shown on the review page and scheduled by its answer', async () => {
    const list = reader.getByTestId('highlights');
    await list.getByRole('button', { name: /^Review this\W+Reading once is exposure/ }).click();
    await list.getByText('In your review').waitFor();

    const popup = await h.ctx.newPage();
    await popup.goto(`chrome-extension://${h.extensionId}/src/popup/index.html`);
    await popup.getByRole('link', { name: '1 to review today' }).waitFor();
    await popup.close();

    const review = await h.ctx.newPage();
    await review.goto(`chrome-extension://${h.extensionId}/src/review/index.html`);
    const card = review.getByTestId('review-card');
    await expect(card.locator('blockquote').innerText()).resolves.toBe(
      'Reading once is exposure. Recalling it a week later',
    );
    await card.getByText('Exposure is not learning').waitFor();
    expect(await seriousViolations(review)).toEqual([]);
    await card.getByRole('button', { name: 'Good' }).click();
    await review.getByTestId('review-empty').waitFor();
    await review
      .getByTestId('review-status')
      .getByText(/^Next review of that card: /)
      .waitFor();
    const [stored] = await review.evaluate(
      () =>
        new Promise<{ due: number; last_review: number; reps: number }[]>((ok) => {
          const open = indexedDB.open('learnmark');
          open.onsuccess = () => {
            const all = open.result.transaction('reviewCards').objectStore('reviewCards').getAll();
            all.onsuccess = () => ok(all.result);
          };
        }),
    );
    // ts-fsrs: a new card answered Good comes back after its 10-minute learning step.
    expect(stored!.reps).toBe(1);
    expect(stored!.last_review - NOW).toBeLessThan(5 * MINUTE); // the extension's clock, set to NOW, runs on
    expect(stored!.due - stored!.last_review).toBe(10 * MINUTE);
    expect(await seriousViolations(review)).toEqual([]);
    expect(h.guard.requests).toEqual([]);
  });

  test('a card can be suspended from the review, and the suspension undone', async () => {
    const list = reader.getByTestId('highlights');
    await list.getByRole('button', { name: /^Review this\W+each one that succeeds/ }).click();
    await list.getByText('In your review').first().waitFor();
    const review = await h.ctx.newPage();
    await review.goto(`chrome-extension://${h.extensionId}/src/review/index.html`);
    const card = review.getByTestId('review-card');
    await expect(card.locator('blockquote').innerText()).resolves.toMatch(/^each one that succeeds/);
    await card.getByRole('button', { name: 'Suspend this card' }).click();
    const status = review.getByTestId('review-status');
    await status.getByText('Card suspended: it is out of your review.').waitFor();
    // The card answered above comes back today after its 10-minute step: it is shown next.
    await expect
      .poll(() => card.locator('blockquote').innerText())
      .toBe('Reading once is exposure. Recalling it a week later');
    expect(await seriousViolations(review)).toEqual([]);
    await status.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => card.locator('blockquote').innerText()).toMatch(/^each one that succeeds/);
    await review.close();
  });

  test('"Highlight in Learnmark" on a live page saves it first, highlights the selection and says so; the reader anchors it', async () => {
    const PLANNER = 'https://engineering.example.com/posts/query-planner.html';
    const page = await h.ctx.newPage();
    await page.goto(PLANNER);
    await selectBetween(page, 'Statistics go stale', 'order of magnitude.', 'article');
    const tabId = await tabIdOf(h.sw, PLANNER);
    // Headless Chromium has no context menu to click: the click is dispatched to the worker's
    // own listener, with what Chromium would pass (the selection's text, the frame, the tab).
    await h.sw.evaluate(async (tabId) => {
      const tab = await chrome.tabs.get(tabId);
      const selectionText = 'Statistics go stale after bulk loads.';
      (chrome.contextMenus.onClicked as unknown as { dispatch: (...args: unknown[]) => void }).dispatch(
        { menuItemId: 'highlight-selection', editable: false, selectionText, frameId: 0, pageUrl: tab.url },
        tab,
      );
    }, tabId);
    await expect
      .poll(() => h.sw.evaluate(() => chrome.notifications.getAll().then((all) => Object.keys(all as object))), {
        timeout: 20_000,
      })
      .toContain('highlighted');
    const item = (await readItems(reader)).find((i) => i.url === PLANNER)!;
    expect(item).toMatchObject({ via: 'context-menu', quote: null });
    // The selector was computed in the page: the whole selection, with the text around it.
    const [stored] = await reader.evaluate(
      (itemId) =>
        new Promise<{ exact: string; prefix: string; suffix: string }[]>((ok) => {
          const open = indexedDB.open('learnmark');
          open.onsuccess = () => {
            const all = open.result.transaction('highlights').objectStore('highlights').index('itemId').getAll(itemId);
            all.onsuccess = () => ok(all.result);
          };
        }),
      item.id,
    );
    expect(stored!.exact.replace(/\s+/g, ' ')).toBe(
      'Statistics go stale after bulk loads. Run ANALYZE after a large import, and check pg_stats when estimates and actual row counts differ by an order of magnitude.',
    );
    expect(stored!.prefix).toMatch(/sequential scan wins\.\s*$/);
    expect(stored!.suffix).toMatch(/^\s*Partial indexes/);
    // The page keeps its own selection and gets nothing of ours.
    expect(await page.evaluate(() => document.querySelectorAll('mark').length)).toBe(0);

    const planner = await h.ctx.newPage();
    await planner.goto(`chrome-extension://${h.extensionId}/src/reader/index.html?id=${item.id}`);
    await planner.locator('mark[data-highlight-id]').first().waitFor();
    expect((await marks(planner)).map((m) => m.replace(/\s+/g, ' '))).toEqual([stored!.exact.replace(/\s+/g, ' ')]);
    expect(await planner.getByText("This highlight's text is no longer in the page.").count()).toBe(0);
    expect(h.guard.requests).toEqual([]);
  });
});
