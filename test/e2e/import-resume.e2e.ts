// A large import is written in parts of 50 000 rows, each its own transaction with its progress
// (db/data.ts). Stopped after a part, the page says how many items are in; Try again goes on
// from the last part written, and no row is written twice. In Chromium, through Options → Your
// data, with the worker stopped for real (see tracking-helpers.mjs).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, type Launched } from './harness.mjs';
import { stopWorker } from './tracking-helpers.mjs';

const ROWS = 120_000;
let h: Launched;
let options: Page;
let tmp: string;

/** How many items the library holds, and how many distinct addresses (read in the page). */
const library = () =>
  options.evaluate(
    () =>
      new Promise<{ items: number; urls: number }>((ok) => {
        const open = indexedDB.open('learnmark');
        open.onsuccess = () => {
          const store = open.result.transaction('items').objectStore('items');
          const items = store.count();
          const urls = store.index('url').getAllKeys();
          urls.onsuccess = () => {
            ok({ items: items.result, urls: new Set(urls.result).size });
            open.result.close();
          };
        };
      }),
  );

describe('a large import stopped in the middle', () => {
  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'learnmark-import-resume-'));
    h = await launch();
    options = await h.ctx.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/src/options/index.html#data`);
    await options.getByRole('heading', { name: 'Your data' }).waitFor();
  });
  afterAll(async () => {
    await h?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  test('says how many items are in; Try again writes the rest, none twice', async () => {
    const lines = ['title,url,time_added,tags,status'];
    for (let j = 0; j < ROWS; j++)
      lines.push(`Big ${j},https://big${j % 100}.example/q/${j},${1_600_000_000 + j},t,unread`);
    const file = join(tmp, 'large.csv');
    writeFileSync(file, lines.join('\n'));
    await options.getByLabel('Choose a file to import or restore').setInputFiles(file);
    await options.getByTestId('data-counts').waitFor({ timeout: 120_000 });
    await options.getByRole('button', { name: `Import ${ROWS} items` }).click();

    // The first part is in (a part lands whole), and the worker is stopped during the next.
    await expect.poll(async () => (await library()).items, { timeout: 300_000, interval: 500 }).toBeGreaterThan(0);
    const stop = await stopWorker(h.ctx, h.sw, options);
    // On a loaded machine the stop can take longer than the helper waits to see it: the page's
    // "stopped" message is the proof (only a worker gone mid-write gives it; a write that went
    // on would end in "Done", and this wait would fail).
    const error = options.getByTestId('data-error');
    await error.waitFor({ timeout: 60_000 });
    await stop.detach();
    const stopped = await library();
    expect([50_000, 100_000]).toContain(stopped.items);
    expect(await error.innerText()).toBe(
      `The import stopped after writing ${stopped.items} items: those are in your library. Try again to write the rest, without doubling any.`,
    );

    await options.getByRole('button', { name: `Import ${ROWS} items` }).click();
    await options.getByTestId('data-result').waitFor({ timeout: 600_000 });
    expect(await options.getByTestId('data-result').innerText()).toBe(`Done: ${ROWS} added, 0 updated, 0 skipped.`);
    expect(await library()).toEqual({ items: ROWS, urls: ROWS });
  }, 900_000);

  test('the extension made no network request of its own', () => {
    expect(h.guard.requests).toEqual([]);
  });
});
