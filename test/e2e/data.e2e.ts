// Your data, end to end in Chromium: import a Pocket CSV on the options page and see the items
// in the popup; a malformed file changes nothing; download a backup and restore one; axe.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { seriousViolations } from './a11y.mjs';
import { clearTable, fixturesDir, launch, POPUP_PATH, readItems, seedRows, unfold, type Launched } from './harness.mjs';
import { readStore } from './tracking-helpers.mjs';

const fixture = (name: string) => join(fixturesDir, 'import', name);

let h: Launched;
let options: Page;

const sorted = async (page: Page) => (await readItems(page)).sort((a, b) => a.url.localeCompare(b.url));

async function choose(name: string) {
  await options.getByLabel('Choose a file to import or restore').setInputFiles(fixture(name));
}

describe('your data', () => {
  beforeAll(async () => {
    h = await launch();
    options = await h.ctx.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/src/options/index.html#data`);
    await options.getByRole('heading', { name: 'Your data' }).waitFor();
  });
  afterAll(async () => {
    await h?.close();
  });

  test('a Pocket CSV is previewed, imported, and its items show in the popup', async () => {
    await choose('pocket.csv');
    const counts = options.getByTestId('data-counts');
    await counts.waitFor();
    expect(await counts.innerText()).toBe('3 to add, 0 to update, 0 skipped.');
    expect(await readItems(options)).toEqual([]);
    expect(await seriousViolations(options), 'data section with a preview').toEqual([]);
    await options.getByRole('button', { name: 'Import 3 items' }).click();
    await options.getByTestId('data-result').waitFor();
    expect(await options.getByTestId('data-result').innerText()).toBe('Done: 3 added, 0 updated, 0 skipped.');

    const items = await sorted(options);
    expect(items.map((i) => [i.url, i.via, i.status, i.savedAt])).toEqual([
      ['https://blog.example.org/feedback', 'import', 'done', 1_690_000_000_000],
      ['https://engineering.example.com/posts/query-planner.html', 'import', 'unread', 1_700_000_000_000],
      ['https://x.com/someone/status/1234567890', 'import', 'unread', 1_680_000_000_000],
    ]);
    const popup = await h.ctx.newPage();
    await popup.goto(`chrome-extension://${h.extensionId}/${POPUP_PATH}`);
    // With no goals, unread items are Up next and the rest Latest saved (no list repeats another).
    await unfold(popup, 'upnext', 'latest');
    const shown = popup.locator('main');
    expect(await shown.innerText()).toContain('How the Postgres query planner picks an index');
    expect(await shown.innerText()).toContain('Giving feedback that lands, with examples');
    await popup.close();
  });

  test('a Pocket zip with annotations: its highlights are previewed, imported once, and listed in the reader', async () => {
    await choose('pocket-highlights.zip');
    // Both pages were imported by the test above: only their highlights are new.
    await options.getByText('With 3 highlights of these pages.').waitFor();
    expect(await options.getByTestId('data-counts').innerText()).toBe('0 to add, 0 to update, 2 skipped.');
    await options.getByRole('button', { name: /^Import \d+ items$/ }).click();
    await options.getByTestId('data-result').waitFor();
    const planner = (await readItems(options)).find((i) => i.url.includes('query-planner'))!;
    const reader = await h.ctx.newPage();
    await reader.goto(`chrome-extension://${h.extensionId}/src/reader/index.html?id=${planner.id}`);
    const list = reader.getByTestId('highlights');
    await list.locator('q').first().waitFor();
    expect(await list.locator('q').allInnerTexts()).toEqual([
      'The planner estimates the cost of every plan it considers.',
      'Statistics go stale after bulk loads; run ANALYZE.',
    ]);
    // An imported page has no text here yet, so the reader says it cannot place them.
    expect(await list.getByText("This highlight's text is no longer in the page.").count()).toBe(2);
    expect(await seriousViolations(reader)).toEqual([]);
    await reader.close();

    // The same file again has nothing to add: no highlight twice, and nothing to confirm.
    await choose('pocket-highlights.zip');
    await options.getByTestId('data-counts').waitFor();
    expect(await options.getByText(/highlights of these pages/).count()).toBe(0);
    expect(await options.getByRole('button', { name: /^Import \d+ items$/ }).isDisabled()).toBe(true);
    await options.getByRole('button', { name: 'Cancel' }).click();
    const count = await options.evaluate(
      () =>
        new Promise<number>((ok) => {
          const open = indexedDB.open('learnmark');
          open.onsuccess = () => {
            const req = open.result.transaction('highlights').objectStore('highlights').count();
            req.onsuccess = () => ok(req.result);
          };
        }),
    );
    expect(count).toBe(3);
  });

  test('a malformed file is refused with its line, and the library is unchanged', async () => {
    const before = await sorted(options);
    for (const [name, text] of [
      ['truncated.csv', 'it looks cut off. Download the export again. Nothing was changed. (line 3)'],
      ['windows-1252.csv', '(line 2)'],
    ]) {
      await choose(name!);
      const error = options.getByTestId('data-error');
      await error.waitFor();
      expect(await error.innerText()).toContain(text);
    }
    expect(await sorted(options)).toEqual(before);
  });

  test('hostile titles are stored and shown as text; javascript: addresses are skipped with a reason', async () => {
    await choose('hostile.csv');
    await options.getByTestId('data-counts').waitFor();
    const preview = await options.getByTestId('data-preview').innerText();
    expect(preview).toContain('Line 3: not a web (http or https) address, skipped');
    await options.getByRole('button', { name: /^Import \d+ items$/ }).click();
    await options.getByTestId('data-result').waitFor();
    const popup = await h.ctx.newPage();
    await popup.goto(`chrome-extension://${h.extensionId}/${POPUP_PATH}`);
    await unfold(popup, 'upnext');
    expect(await popup.locator('main').innerText()).toContain("<script>alert('x')</script>");
    expect(await popup.locator('main img, main script').count()).toBe(0);
    expect((await readItems(options)).some((i) => String(i.url).startsWith('javascript:'))).toBe(false);
    await popup.close();
  });

  test('a backup downloads everything, and a backup restores (an older format, upgraded)', async () => {
    // A day's distraction by clock hour, which "does the nudge help?" reads: in the file, and back.
    const HOURS = Array.from({ length: 24 }, (_, hour) => (hour === 14 ? 600 : hour === 15 ? 300 : 0));
    const DAY = { day: '2026-11-24', learning: 0, distraction: 900, neutral: 0 };
    await seedRows(options, 'activity', [
      { day: DAY.day, host: 'poki.com', category: 'distraction', seconds: 900, byCategory: { distraction: 900 } },
    ]);
    await seedRows(options, 'days', [{ ...DAY, distractionByHour: HOURS }]);
    const download = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Download a backup' }).click();
    const file = await (await download).path();
    const backup = JSON.parse(readFileSync(file, 'utf8'));
    expect(backup).toMatchObject({ format: 'learnmark-backup', version: 1 });
    expect(backup.items).toHaveLength((await readItems(options)).length);
    expect(backup.days).toEqual([{ day: DAY.day, distractionByHour: HOURS }]);

    await choose('backup-v0.json');
    await options.getByTestId('data-counts').waitFor();
    const preview = await options.getByTestId('data-preview').innerText();
    expect(preview).toContain('0 to add, 0 to update, 2 skipped.');
    expect(preview).toContain('1 goals to add or update.');
    // The file's javascript: row is named, not restored.
    expect(preview).toContain('Item 2: not a web (http or https) address, skipped');
    const before = await sorted(options);
    await options.getByRole('button', { name: 'Restore 0 items' }).click();
    await options.getByTestId('data-result').waitFor();
    // The library's copy of the page changed last (at import), so it wins over the 2023 backup.
    expect(await sorted(options)).toEqual(before);

    // The hours lost here come back from the downloaded file, with the day's totals.
    await clearTable(options, 'days');
    await options.getByLabel('Choose a file to import or restore').setInputFiles(file);
    await options
      .getByTestId('data-preview')
      .getByText('1 records of your time, nudges, logged learning and reviews to add or update.')
      .waitFor();
    await options.getByRole('button', { name: 'Restore 0 items' }).click();
    await expect.poll(() => readStore(options, 'days')).toEqual([{ ...DAY, distractionByHour: HOURS }]);
    await options.goto(`chrome-extension://${h.extensionId}/src/options/index.html#goals`);
    await options.locator('[data-goal-id]').first().waitFor();
    expect(await options.locator('[data-goal-id]').first().innerText()).toContain('Get better at SQL');
  });

  test('an import shows samples, dates and tags, opens the library in a new tab on its items with goal suggestions, and a second time says it is all there', async () => {
    await options.goto(`chrome-extension://${h.extensionId}/src/options/index.html#data`);
    await options.getByRole('heading', { name: 'Your data' }).waitFor();
    const saved = (await options.evaluate(() =>
      chrome.runtime.sendMessage({
        type: 'goal-save',
        payload: { draft: { title: 'Mentoring', keywords: 'mentoring', color: '#1a7f37' } },
      }),
    )) as { goal: { id: string } };
    await choose('raindrop.csv');
    const summary = options.getByTestId('data-summary');
    await summary.waitFor();
    const shown = await summary.innerText();
    expect(shown).toContain('Saved between Mar 5, 2024 and Apr 1, 2024');
    expect(shown).toContain('growth (1)');
    expect(await options.getByRole('list', { name: 'First rows of the file' }).innerText()).toContain(
      'Observability basics',
    );
    expect(await seriousViolations(options), 'preview with samples').toEqual([]);
    const optionsUrl = options.url();
    await options.getByRole('button', { name: 'Import 2 items' }).click();
    const open = options.getByRole('link', { name: 'Open the 2 imported items in your library' });
    await open.waitFor();
    // The library opens by itself on this import's items (its batch is in the address), in a
    // new tab: this one stays as it was, with the same link.
    const href = (await open.getAttribute('href'))!;
    expect(href).toMatch(/\/src\/library\/index\.html\?.*batch=/);
    const tab = () => h.ctx.pages().find((p) => p.url() === href);
    await expect.poll(() => !!tab()).toBe(true);
    const library = tab()!;
    expect(options.url()).toBe(optionsUrl);
    await library.getByRole('heading', { name: 'Items from one import' }).waitFor();
    await expect.poll(() => library.getByTestId('library-count').innerText()).toBe('2 items');
    // Imported links without text are marked quietly, on each row.
    await expect.poll(() => library.getByTestId('row-link-only').count()).toBe(2);
    const tie = library.getByRole('button', { name: 'Tie 1 to Mentoring' });
    await tie.waitFor();
    expect(await seriousViolations(library), 'library on an import').toEqual([]);
    await tie.click();
    const mentoring = async () =>
      (await readItems(options)).find((i) => i.url === 'https://blog.example.org/mentoring')!.goalIds;
    await expect.poll(mentoring).toEqual([saved.goal.id]);
    await library.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(mentoring).toEqual([]);
    const all = (await readItems(options)).length;
    await library.getByRole('button', { name: 'Show your whole library' }).click();
    await expect.poll(() => library.getByTestId('library-count').innerText()).toBe(`${all} items`);
    await library.close();

    await choose('raindrop.csv');
    const counts = options.getByTestId('data-counts');
    await expect.poll(() => counts.innerText()).toBe('Everything in this file is already in your library.');
    expect(await options.getByRole('list', { name: 'Rows skipped or changed' }).count()).toBe(0);
    await options.getByRole('button', { name: 'Cancel' }).click();
  });

  test('the extension made no network request of its own', () => {
    expect(h.guard.requests).toEqual([]);
  });
});
