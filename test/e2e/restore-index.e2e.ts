// A large restore is written without search words and indexed in the background by the worker:
// the restored items become searchable without the person doing anything.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, readItems, type Launched } from './harness.mjs';
import { item } from './seed';

let h: Launched;
let dir: string;

describe('restoring 600 items', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'learnmark-restore-'));
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('they are all restored, then found by search once the worker has indexed them', async () => {
    const items = Array.from({ length: 600 }, (_, i) => {
      const { searchWords: _words, ...rest } = item({
        title: `Restored note ${i}`,
        savedAt: Date.UTC(2025, 0, 1) + i * 60_000,
        text: i === 577 ? 'the word zanzibar appears once' : 'ordinary words',
      });
      return rest;
    });
    const file = join(dir, 'backup.json');
    writeFileSync(
      file,
      JSON.stringify({
        format: 'learnmark-backup',
        version: 1,
        exportedAt: Date.now(),
        items,
        goals: [],
        activity: [],
        nudges: [],
        settings: {},
      }),
    );

    const options = await h.ctx.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/src/options/index.html#data`);
    await options.getByLabel('Choose a file to import or restore').setInputFiles(file);
    await options.getByRole('button', { name: 'Restore 600 items' }).click();
    await options.getByTestId('data-result').waitFor();
    expect(await readItems(options)).toHaveLength(600);

    const popup = await h.ctx.newPage();
    await popup.goto(`chrome-extension://${h.extensionId}/src/popup/index.html`);
    const search = popup.getByRole('searchbox', { name: 'Search everything you saved' });
    await search.fill('zanzibar ');
    const results = popup.getByTestId('search-results').locator('li');
    await expect
      .poll(async () => (await search.fill('zanzibar'), await results.allInnerTexts()), { timeout: 60_000 })
      .toEqual([expect.stringContaining('Restored note 577')]);
    const pending = await popup.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const open = indexedDB.open('learnmark');
          open.onsuccess = () => {
            const req = open.result.transaction('pendingIndex').objectStore('pendingIndex').count();
            req.onsuccess = () => (open.result.close(), resolve(req.result));
          };
        }),
    );
    expect(pending).toBe(0);
  });
});
