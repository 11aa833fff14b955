// Every extension page sets its own type: Chromium gives an extension page's body a font of its
// own at 75 % (10.5 px against the pages' 14 px), under which the library's titles came out
// smaller than the line under them. Each page's body keeps the theme's size, and a library row's
// title is the largest text of its row.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, type Launched } from './harness.mjs';
import { item, seedRows } from './seed';

let h: Launched;
let page: Page;

beforeAll(async () => {
  h = await launch();
  page = await h.ctx.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/src/options/index.html#goals`);
  await page.getByRole('button', { name: 'New goal' }).waitFor();
  await seedRows(page, 'items', [
    item({ id: 'typed', title: 'Incremental models in dbt', savedAt: Date.now(), excerpt: 'Only new rows.' }),
  ]);
});
afterAll(async () => {
  await h?.close();
});

const px = (p: Page, selector: string) =>
  p
    .locator(selector)
    .first()
    .evaluate((e) => parseFloat(getComputedStyle(e).fontSize));

test.each([
  ['popup', 'src/popup/index.html'],
  ['options', 'src/options/index.html'],
  ['library', 'src/library/index.html'],
  ['reader', 'src/reader/index.html?id=typed'],
  ['review', 'src/review/index.html'],
  ['welcome', 'src/welcome/index.html'],
  ['editor', 'src/edit/index.html?item=typed'],
])('the %s page’s text is set at the theme’s size or larger, not the browser’s 75 %', async (_, path) => {
  await page.goto(`chrome-extension://${h.extensionId}/${path}`);
  expect(await px(page, 'body')).toBeGreaterThanOrEqual(13);
});

test('a library row’s title is larger than its details and excerpt', async () => {
  await page.goto(`chrome-extension://${h.extensionId}/src/library/index.html`);
  await page.locator('.row-link').first().waitFor();
  const title = await px(page, '.row-link');
  expect(title).toBeGreaterThan(await px(page, '.row-meta'));
  expect(title).toBeGreaterThan(await px(page, '.row-excerpt'));
});
