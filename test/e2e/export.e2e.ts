/// <reference types="chrome" />
// Taking data out: items as CSV (safe to open in a spreadsheet), a goal and a week as a
// Markdown learning log, downloaded from the options page; and a goal added from the popup
// without leaving it. The extension's clock is set (harness.mjs) to noon on a Tuesday.
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { goal } from '../unit/goal-fixtures';
import { launch, type Launched } from './harness.mjs';
import { item, seedRows } from './seed';

let h: Launched;
let options: Page;
const GOAL = goal({ id: 'g-sql', title: 'Get better at SQL', weeklyItems: 2 });
const NOW = new Date(2026, 11, 1, 12).getTime(); // Tuesday 2026-12-01, noon
const EXPLAIN = item({
  title: 'Reading EXPLAIN plans',
  savedAt: NOW - 500,
  goalIds: [GOAL.id],
  status: 'done',
  doneAt: NOW - 100,
  note: 'Check selectivity first',
});

async function downloadBytes(page: Page, button: string): Promise<Buffer> {
  const done = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  return readFileSync(await (await done).path());
}
const download = async (page: Page, button: string) => (await downloadBytes(page, button)).toString('utf8');

describe('export', () => {
  beforeAll(async () => {
    h = await launch({ now: NOW });
    options = await h.ctx.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/src/options/index.html#data`);
    await options.getByRole('heading', { name: 'Your data' }).waitFor();
    await seedRows(options, 'goals', [GOAL]);
    await seedRows(options, 'items', [
      item({ title: '=HYPERLINK("https://evil.example","click")', savedAt: NOW - 1000 }),
      EXPLAIN,
      item({
        title: 'Finished on Thursday',
        savedAt: new Date(2026, 10, 20, 9).getTime(),
        status: 'done',
        doneAt: new Date(2026, 10, 26, 9).getTime(),
      }),
    ]);
    await seedRows(options, 'highlights', [
      {
        id: 'h1',
        itemId: EXPLAIN.id,
        exact: 'Seq Scan means every row is read',
        prefix: '',
        suffix: '',
        start: 40,
        color: 'yellow',
        note: 'Look for it first',
        createdAt: NOW - 400,
        updatedAt: NOW - 400,
      },
    ]);
    await options.reload();
    await options.getByRole('heading', { name: 'Your data' }).waitFor();
  });
  afterAll(async () => {
    await h?.close();
  });

  test('items as CSV, with formulas neutralised', async () => {
    const csv = await download(options, 'Export items as CSV');
    const lines = csv.trim().split(/\r?\n/);
    expect(lines[0]).toMatch(/title/i);
    expect(lines).toHaveLength(4);
    expect(csv).toContain('Reading EXPLAIN plans');
    // A title starting with = would run as a formula in a spreadsheet: it is quoted as text.
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
    expect(csv).toContain("'=HYPERLINK");
    // The highlights column: the passage and its note (CSV doubles the quotes inside a cell).
    expect(lines[0]).toMatch(/,highlights$/);
    expect(csv).toContain('"""Seq Scan means every row is read"" — Look for it first"');
  });

  test('every item as its own Markdown note in one zip, with its highlights and goals', async () => {
    const files = unzipSync(new Uint8Array(await downloadBytes(options, 'Export notes as Markdown (zip)')));
    expect(Object.keys(files).sort()).toEqual([
      '=HYPERLINK( https evil.example , click ).md',
      'Finished on Thursday.md',
      'Reading EXPLAIN plans.md',
    ]);
    const note = strFromU8(files['Reading EXPLAIN plans.md']!);
    expect(note).toMatch(/^---\ntitle: "Reading EXPLAIN plans"\n/);
    expect(note).toContain('goals: ["Get better at SQL"]');
    expect(note).toContain('> Seq Scan means every row is read\n\nLook for it first');
    expect(note).toContain('Check selectivity first');
  });

  test('a goal as a Markdown learning log, with the takeaway', async () => {
    const select = options.locator('#data-log-which');
    const value = await select.locator('option', { hasText: 'Get better at SQL' }).getAttribute('value');
    await select.selectOption(value);
    const md = await download(options, 'Download the learning log');
    expect(md).toMatch(/^# .*Get better at SQL/m);
    expect(md).toContain('Reading EXPLAIN plans');
    expect(md).toContain('Check selectivity first');
    expect(md).toContain('  > Seq Scan means every row is read — Look for it first');
  });

  test('a week as a learning log: the same week as the popup, from the person’s first day', async () => {
    // Weeks from Wednesday: this week is Wed 25 Nov … Tue 1 Dec, so Thursday's item is in it
    // (a log from Monday would have left it out while the popup counted it).
    await options.evaluate(() => chrome.storage.sync.set({ display: { weekStartsOn: 3 } }));
    const popup = await h.ctx.newPage();
    await popup.goto(`chrome-extension://${h.extensionId}/src/popup/index.html`);
    await popup.getByRole('heading', { name: 'This week' }).waitFor();
    expect(await popup.getByTestId('stat-finished').getAttribute('data-value')).toBe('2');
    await popup.close();
    await options.locator('#data-log-which').selectOption('week:0');
    const md = await download(options, 'Download the learning log');
    // The title is Markdown-escaped: 2026\-11\-25.
    expect(md).toMatch(/^# My learning, week of 2026\\-11\\-25$/m);
    const finished = md.slice(md.indexOf('## Finished'), md.indexOf('## Saved'));
    expect(finished).toContain('Finished on Thursday');
    expect(finished).toContain('Reading EXPLAIN plans');
    await options.locator('#data-log-which').selectOption('week:1');
    const last = await download(options, 'Download the learning log');
    expect(last).toMatch(/^# My learning, week of 2026\\-11\\-18$/m);
    // Saved that week (20 Nov), finished the next: listed as saved only.
    expect(last.slice(last.indexOf('## Finished'), last.indexOf('## Saved'))).toContain('Nothing yet.');
    expect(last.slice(last.indexOf('## Saved'))).toContain('Finished on Thursday');
  });

  test('a goal added from the popup without leaving it', async () => {
    const popup = await h.ctx.newPage();
    await popup.goto(`chrome-extension://${h.extensionId}/src/popup/index.html`);
    await popup.getByRole('button', { name: '+ New goal' }).click();
    await popup.getByLabel('What do you want to get better at?').fill('get better at sql');
    await popup.getByRole('button', { name: 'Add goal' }).click();
    await popup.getByRole('alert').getByText('You already have a goal with this name.').waitFor();
    await popup.getByLabel('What do you want to get better at?').fill('Public speaking');
    await popup.getByRole('button', { name: 'Add goal' }).click();
    await popup.getByRole('status').getByText('Goal added: Public speaking').waitFor();
    expect(popup.url()).toContain('/src/popup/index.html');
  });

  test('the extension made no network request of its own', () => {
    expect(h.guard.requests).toEqual([]);
  });
});
