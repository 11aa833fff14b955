// Taking data out: items as CSV (safe to open in a spreadsheet) and a goal as a Markdown
// learning log, downloaded from the options page; and a goal added from the popup without
// leaving it.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { goal } from '../unit/goal-fixtures';
import { launch, type Launched } from './harness.mjs';
import { item, seedRows } from './seed';

let h: Launched;
let options: Page;
const GOAL = goal({ id: 'g-sql', title: 'Get better at SQL', weeklyItems: 2 });
const NOW = Date.now();

async function download(page: Page, button: string): Promise<string> {
  const done = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  return readFileSync((await (await done).path())!, 'utf8');
}

describe('export', () => {
  beforeAll(async () => {
    h = await launch();
    options = await h.ctx.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/src/options/index.html#data`);
    await options.getByRole('heading', { name: 'Your data' }).waitFor();
    await seedRows(options, 'goals', [GOAL]);
    await seedRows(options, 'items', [
      item({ title: '=HYPERLINK("https://evil.example","click")', savedAt: NOW - 1000 }),
      item({
        title: 'Reading EXPLAIN plans',
        savedAt: NOW - 500,
        goalIds: [GOAL.id],
        status: 'done',
        doneAt: NOW - 100,
        note: 'Check selectivity first',
      }),
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
    expect(lines).toHaveLength(3);
    expect(csv).toContain('Reading EXPLAIN plans');
    // A title starting with = would run as a formula in a spreadsheet: it is quoted as text.
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
    expect(csv).toContain("'=HYPERLINK");
  });

  test('a goal as a Markdown learning log, with the takeaway', async () => {
    const select = options.locator('#data-log-which');
    const value = await select.locator('option', { hasText: 'Get better at SQL' }).getAttribute('value');
    await select.selectOption(value!);
    const md = await download(options, 'Download the learning log');
    expect(md).toMatch(/^# .*Get better at SQL/m);
    expect(md).toContain('Reading EXPLAIN plans');
    expect(md).toContain('Check selectivity first');
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
