// A large import is written in parts of 50 000 rows (a restore in parts of 5 000 items), each its
// own transaction with its progress (db/data.ts). Stopped after a part, the page says how many
// items are in; Try again goes on from the last part written, and no row is written twice. In
// Chromium, through Options → Your data, with the worker stopped for real (see tracking-helpers.mjs).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, type Launched } from './harness.mjs';
import { stopWorker } from './tracking-helpers.mjs';
import { item } from './seed';

const ROWS = 120_000;
let h: Launched;
let options: Page;
let tmp: string;

/**
 * How many items the library holds, how many distinct addresses, highlights, and items tied to
 * goal `g` (read in the page).
 */
const library = () =>
  options.evaluate(
    () =>
      new Promise<{ items: number; urls: number; highlights: number; tied: number }>((ok) => {
        const open = indexedDB.open('learnmark');
        open.onsuccess = () => {
          const tx = open.result.transaction(['items', 'highlights']);
          const store = tx.objectStore('items');
          const items = store.count();
          const tied = store.index('goalIds').count('g');
          const highlights = tx.objectStore('highlights').count();
          const urls = store.index('url').getAllKeys();
          tx.oncomplete = () => {
            ok({
              items: items.result,
              urls: new Set(urls.result).size,
              highlights: highlights.result,
              tied: tied.result,
            });
            open.result.close();
          };
        };
      }),
  );

/**
 * Stops the worker once the write begun by `button` (of `total` rows, onto `base` items) has a
 * part in, and sees the write through. The stop lands in a part's write (most of the time):
 * the page says the write stopped, naming the rows in, and pressing `button` again (Try again)
 * writes the rest. Or it lands between two messages of a part: the page then sends that part
 * again from the stored progress by itself. Either way only whole parts (of `partRows`) are in
 * at the stop, and the write ends in Done with every row once.
 */
async function stopDuringWrite(
  button: Locator,
  { total, base, partRows }: { total: number; base: number; partRows: number },
  checkAtStop: (inAtStop: number, at: Awaited<ReturnType<typeof library>>) => void = () => {},
) {
  await expect.poll(async () => (await library()).items - base, { timeout: 300_000, interval: 250 }).toBeGreaterThan(0);
  const stop = await stopWorker(h.ctx, h.sw, options);
  const at = await library();
  const atStop = at.items - base;
  expect(atStop % partRows).toBe(0);
  expect(atStop).toBeLessThan(total);
  checkAtStop(atStop, at);
  await options.getByTestId('data-error').or(options.getByTestId('data-result')).waitFor({ timeout: 600_000 });
  await stop.detach();
  const error = options.getByTestId('data-error');
  const stoppedAt = (await error.isVisible()) ? (await library()).items - base : null;
  if (stoppedAt !== null) {
    expect(await error.innerText()).toBe(
      `The import stopped after writing ${stoppedAt} items: those are in your library. Try again to write the rest, without doubling any.`,
    );
    await button.click();
  }
  await options.getByTestId('data-result').waitFor({ timeout: 600_000 });
  return { atStop, stoppedAt };
}

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
    await stopDuringWrite(options.getByRole('button', { name: `Import ${ROWS} items` }), {
      total: ROWS,
      base: 0,
      partRows: 50_000,
    });
    expect(await options.getByTestId('data-result').innerText()).toBe(`Done: ${ROWS} added, 0 updated, 0 skipped.`);
    expect(await library()).toMatchObject({ items: ROWS, urls: ROWS });
  }, 900_000);

  test('a large restore stopped in the middle: whole parts are in, each item with its highlight and goal; Try again restores the rest', async () => {
    const COUNT = 12_000;
    const start = Date.UTC(2025, 0, 1);
    const items = Array.from({ length: COUNT }, (_, i) => {
      const { searchWords: _words, ...rest } = item({
        id: `r${i}`,
        url: `https://restore.example/${i}`,
        title: `Restored ${i}`,
        savedAt: start + i,
        goalIds: ['g'],
      });
      return rest;
    });
    // Every thousandth item has a highlight: a part that is in has all of its own.
    const highlights = items
      .filter((_, i) => i % 1_000 === 999)
      .map((it) => ({
        id: `h-${it.id}`,
        itemId: it.id,
        exact: 'Restored',
        prefix: '',
        suffix: '',
        start: 0,
        color: 'green',
        note: '',
        createdAt: start,
        updatedAt: start,
      }));
    const goal = {
      id: 'g',
      title: 'Restored goal',
      why: '',
      keywords: [],
      weeklyMinutes: null,
      weeklyItems: null,
      color: '#336699',
      status: 'active',
      createdAt: start,
      updatedAt: start,
      targetDate: null,
      order: 0,
    };
    const file = join(tmp, 'backup.json');
    writeFileSync(
      file,
      JSON.stringify({
        format: 'learnmark-backup',
        version: 1,
        exportedAt: start,
        items,
        goals: [goal],
        activity: [],
        nudges: [],
        highlights,
        settings: {},
      }),
    );
    const before = await library();
    await options.reload();
    await options.getByLabel('Choose a file to import or restore').setInputFiles(file);
    const restore = options.getByRole('button', { name: `Restore ${COUNT} items` });
    await restore.click();

    // Whole parts only at the stop: each item tied to its goal, each highlight with its page.
    await stopDuringWrite(restore, { total: COUNT, base: before.items, partRows: 5_000 }, (restored, at) =>
      expect(at).toMatchObject({ tied: restored, highlights: restored / 1_000 }),
    );
    expect(await options.getByTestId('data-result').innerText()).toBe(`Done: ${COUNT} added, 0 updated, 0 skipped.`);
    expect(await library()).toEqual({
      items: before.items + COUNT,
      urls: before.items + COUNT,
      highlights: COUNT / 1_000,
      tied: COUNT,
    });
  }, 900_000);

  test('the extension made no network request of its own', () => {
    expect(h.guard.requests).toEqual([]);
  });
});
