/// <reference types="chrome" />
// The reader, end to end: an article saved through the popup opens from its "Read" link with its
// headings and paragraphs; hostile markup in a saved page (or in a stored copy) runs nothing and
// requests nothing; older items show their text; text size and reading progress are remembered.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { seriousViolations } from './a11y.mjs';
import { launch, readItems, saveFromPopup, type Launched } from './harness.mjs';
import { item, seedRows } from './seed';

const ARTICLE = 'https://blog.example.org/2024/03/spaced-repetition-for-engineers/';
const HOSTILE = 'https://blog.example.org/2024/05/hostile-markup/';

let h: Launched;
let popup: Page;

async function save(url: string) {
  const tab = await h.ctx.newPage();
  await tab.goto(url);
  popup = await h.openPopupFor(tab, { url, reuse: popup });
  expect((await saveFromPopup(popup)).state).toBe('saved');
  await tab.close();
}

const readerUrl = (id: string) => `chrome-extension://${h.extensionId}/src/reader/index.html?id=${id}`;

async function openReader(id: string): Promise<Page> {
  const page = await h.ctx.newPage();
  await page.goto(readerUrl(id));
  await page.locator('body[data-reader-ready="true"]').waitFor();
  return page;
}

/** What in the drawn article could run, load or navigate. */
const dangers = (page: Page) =>
  page.evaluate(() => {
    const found: string[] = [];
    for (const el of Array.from(document.querySelectorAll('[data-testid="reader-article"] *'))) {
      const tag = el.tagName.toLowerCase();
      if (['script', 'style', 'iframe', 'svg', 'math', 'form', 'object', 'embed', 'link', 'meta'].includes(tag))
        found.push(tag);
      for (const { name, value } of Array.from(el.attributes)) {
        if (/^on|^(src|srcset|style|action|formaction|ping)$/.test(name)) found.push(`${tag}@${name}`);
        if (name === 'href' && !/^https?:\/\//.test(value)) found.push(`${tag}@href=${value}`);
      }
    }
    return found;
  });

describe('the reader', () => {
  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
  });

  test('an article saved from the popup opens from its Read link, headings and paragraphs drawn', async () => {
    await save(ARTICLE);
    const [saved] = (await readItems(popup)).filter((i) => i.url === ARTICLE);
    expect(String(saved!.html)).toContain('<h2>Start with what you saved</h2>');

    const opened = h.ctx.waitForEvent('page');
    await popup.getByTestId('saved-item').getByRole('link', { name: /^Read/ }).click();
    const reader = await opened;
    await reader.locator('body[data-reader-ready="true"]').waitFor();
    expect(reader.url()).toBe(readerUrl(saved!.id));
    await reader
      .getByRole('heading', { level: 1, name: 'Spaced repetition for engineers: remembering what you read' })
      .first()
      .waitFor();
    const article = reader.getByTestId('reader-article');
    await expect(article.getByRole('heading', { name: 'Make review part of the week' }).count()).resolves.toBe(1);
    expect(await article.locator('p').count()).toBeGreaterThan(5);
    await expect(article.locator('blockquote').innerText()).resolves.toContain('Recalling it a week later');
    expect(await reader.locator('.reader-site').innerText()).toBe('Field Notes');
    expect(await seriousViolations(reader)).toEqual([]);
    await reader.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousViolations(reader)).toEqual([]);
    expect(h.guard.requests).toEqual([]);
    await reader.close();
  });

  test('hostile markup in a saved page: nothing runs, nothing is requested', async () => {
    await save(HOSTILE);
    const [saved] = (await readItems(popup)).filter((i) => i.url === HOSTILE);
    expect(String(saved!.html)).not.toMatch(
      /javascript:|onerror|onload|<script|<svg|<iframe|tracker\.example\.net\/(?!pixel)/i,
    );
    const before = h.server.hits.length;
    const reader = await openReader(saved!.id);
    const article = reader.getByTestId('reader-article');
    await article.getByRole('heading', { name: 'The part that should survive' }).waitFor();
    await article.getByText('here', { exact: true }).hover();
    expect(await reader.evaluate(() => (window as { __pwned?: string }).__pwned ?? null)).toBeNull();
    expect(await dangers(reader)).toEqual([]);
    expect(await article.getByRole('link', { name: 'safe link' }).getAttribute('rel')).toBe('noopener noreferrer');
    expect(await article.locator('img').first().getAttribute('data-src')).toBe('https://tracker.example.net/pixel.png');
    expect(h.guard.requests).toEqual([]);
    // Chromium's own background requests (update and time checks to Google's hosts) reach the
    // local server too, whatever the page does: only requests for other hosts count here.
    const browsers = /(^|\.)(google\.com|googleapis\.com|gstatic\.com|gvt1\.com)$/;
    expect(h.server.hits.slice(before).filter((hit) => !browsers.test(hit.host))).toEqual([]);
    await reader.close();
  });

  test('a stored copy is sanitised again before it is drawn', async () => {
    const page = await h.ctx.newPage();
    await page.goto(readerUrl('none'));
    const seeded = item({
      id: 'tampered',
      title: 'Tampered copy',
      savedAt: Date.UTC(2026, 0, 5),
      text: 'Kept text.',
      html: `<p>Kept text.</p><img src="https://tracker.example.net/seeded.png" onerror="window.__pwned='seeded'" alt="x">
        <a href="javascript:window.__pwned='a'">click</a><iframe src="https://tracker.example.net/f"></iframe>`,
    });
    await seedRows(page, 'items', [seeded]);
    const reader = await openReader('tampered');
    await reader.getByText('Kept text.').waitFor();
    expect(await dangers(reader)).toEqual([]);
    expect(await reader.evaluate(() => (window as { __pwned?: string }).__pwned ?? null)).toBeNull();
    expect(h.guard.requests).toEqual([]);
    await Promise.all([reader.close(), page.close()]);
  });

  test('an item saved before the reader shows its text as paragraphs; size and place are remembered', async () => {
    const page = await h.ctx.newPage();
    await page.goto(readerUrl('none'));
    const paragraphs = Array.from({ length: 60 }, (_, i) => `Paragraph ${i} of an older save, long enough to scroll.`);
    await seedRows(page, 'items', [
      item({ id: 'older', title: 'An older save', savedAt: Date.UTC(2025, 5, 1), text: paragraphs.join('\n\n') }),
    ]);
    await page.close();
    const reader = await openReader('older');
    const article = reader.getByTestId('reader-article');
    expect(await article.locator('p').count()).toBe(60);
    expect(await article.locator('p').nth(59).innerText()).toBe(paragraphs[59]);
    expect(await seriousViolations(reader)).toEqual([]);

    const fontSize = () => article.evaluate((el) => getComputedStyle(el).fontSize);
    expect(await fontSize()).toBe('18px');
    await reader.getByRole('button', { name: 'Larger text' }).click();
    await reader.waitForFunction(() => getComputedStyle(document.querySelector('.article')!).fontSize === '20px');

    await reader.evaluate(() => window.scrollTo({ top: (document.documentElement.scrollHeight - innerHeight) / 2 }));
    await expect
      .poll(() =>
        reader.evaluate(async () => {
          const { readerProgress } = await chrome.storage.local.get('readerProgress');
          return (readerProgress as Record<string, { fraction: number }> | undefined)?.older?.fraction;
        }),
      )
      .toBeCloseTo(0.5, 2);
    await reader.reload();
    await reader.locator('body[data-reader-ready="true"]').waitFor();
    expect(await fontSize()).toBe('20px');
    const fraction = await reader.evaluate(() => scrollY / (document.documentElement.scrollHeight - innerHeight));
    expect(fraction).toBeCloseTo(0.5, 1);
    await reader.close();
  });

  test('an id that is not in the library says so', async () => {
    const reader = await h.ctx.newPage();
    await reader.goto(readerUrl('gone'));
    await reader.getByRole('heading', { name: 'This item is not in your library any more.' }).waitFor();
    await reader.close();
  });

  // Last: the one test in which the extension may make a request, because the person asked.
  test('images load only after "Show images for this item", for that item, remembered after a reload', async () => {
    const page = await h.ctx.newPage();
    await page.goto(readerUrl('none'));
    const pictured = (id: string, path: string) =>
      item({
        id,
        title: `Pictured ${id}`,
        savedAt: Date.UTC(2026, 0, 5),
        text: 'Recall beats rereading.',
        html: `<p>Recall beats rereading.</p><img src="https://blog.example.org/img/${path}.png" alt="Recall over time, ${id}"><img src="data:image/png;base64,AAAA" alt="inline">`,
      });
    await seedRows(page, 'items', [pictured('pics-1', 'chart-1'), pictured('pics-2', 'chart-2')]);
    const hits = (path: string) => h.server.hits.filter((hit) => hit.path === `/img/${path}.png`).length;
    const srcs = (reader: Page) =>
      reader.locator('[data-testid="reader-article"] img').evaluateAll((els) => els.map((e) => e.getAttribute('src')));

    const reader = await openReader('pics-1');
    await reader.getByText('Recall beats rereading.').waitFor();
    // A placeholder: the description stands where the image would be, and nothing is asked for.
    expect(await srcs(reader)).toEqual([null, null]);
    expect(await reader.locator('[data-testid="reader-article"] img').first().getAttribute('alt')).toBe(
      'Recall over time, pics-1',
    );
    expect(hits('chart-1')).toBe(0);
    const show = reader.getByRole('button', { name: 'Show images for this item' });
    expect(await show.getAttribute('aria-pressed')).toBe('false');
    expect(await seriousViolations(reader)).toEqual([]);
    await show.click();
    await expect.poll(() => hits('chart-1')).toBe(1);
    // Only the http(s) address is loaded; a data: image stays a description.
    expect(await srcs(reader)).toEqual(['https://blog.example.org/img/chart-1.png', null]);
    expect(h.guard.requests.map((r) => r.url)).toEqual(['https://blog.example.org/img/chart-1.png']);

    await reader.reload();
    await reader.getByRole('button', { name: 'Show images for this item', pressed: true }).waitFor();
    expect(await srcs(reader)).toEqual(['https://blog.example.org/img/chart-1.png', null]);

    const other = await openReader('pics-2');
    await other.getByText('Recall beats rereading.').waitFor();
    await other.getByRole('button', { name: 'Show images for this item', pressed: false }).waitFor();
    expect(await srcs(other)).toEqual([null, null]);
    expect(hits('chart-2')).toBe(0);

    await reader.getByRole('button', { name: 'Show images for this item' }).click();
    await expect.poll(() => srcs(reader)).toEqual([null, null]);
    // Every other extension page keeps its own policy: no web image, whatever it is given.
    const library = await h.ctx.newPage();
    await library.goto(`chrome-extension://${h.extensionId}/src/library/index.html`);
    const loaded = await library.evaluate(
      () =>
        new Promise<boolean>((done) => {
          const img = document.createElement('img');
          img.onload = () => done(true);
          img.onerror = () => done(false);
          img.src = 'https://blog.example.org/img/chart-3.png';
          document.body.append(img);
        }),
    );
    expect([loaded, hits('chart-3')]).toEqual([false, 0]);
    await Promise.all([reader.close(), other.close(), page.close(), library.close()]);
  });
});
