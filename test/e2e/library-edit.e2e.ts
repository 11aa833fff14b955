/// <reference types="chrome" />
// Issue 15: two library pages editing the same item. The later write wins, the other page shows
// it at once (its rows and its open editor follow the database), and a draft in progress there
// is never silently overwritten: its edited fields keep their words and it says the item changed.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { seriousViolations } from './a11y.mjs';
import { launch, readItems, type Launched } from './harness.mjs';
import { item, seedRows } from './seed';

const NOW = new Date(2026, 10, 29, 12).getTime();
let h: Launched;

const libraryUrl = () => `chrome-extension://${h.extensionId}/src/library/index.html`;
const storedItem = async (page: Page, id: string) => (await readItems(page)).find((i) => i.id === id)!;

async function openLibrary(): Promise<Page> {
  const page = await h.ctx.newPage();
  await page.goto(libraryUrl());
  await page.getByTestId('library-count').getByText('3 items').waitFor();
  return page;
}

describe('two library pages editing the same item', () => {
  beforeAll(async () => {
    h = await launch({ now: NOW });
    const first = await h.ctx.newPage();
    await first.goto(libraryUrl());
    await first.getByText('0 items').waitFor();
    await seedRows(first, 'items', [
      item({ id: 'both', url: 'https://shared.example/both', title: 'Query plans', savedAt: NOW - 1_000 }),
      item({ id: 'other-1', url: 'https://shared.example/one', title: 'Indexes', savedAt: NOW - 2_000 }),
      item({ id: 'other-2', url: 'https://shared.example/two', title: 'Vacuum', savedAt: NOW - 3_000 }),
    ]);
    await first.close();
  });
  afterAll(async () => {
    await h?.close();
  });

  test('the later write wins, the other page shows it at once, and its draft is kept and told', async () => {
    const a = await openLibrary();
    const b = await openLibrary();

    // B starts a takeaway and leaves it unsaved.
    await b.getByRole('button', { name: 'Edit Query plans' }).click();
    const bEditor = b.getByRole('form', { name: 'Edit item' });
    await bEditor.getByLabel('Takeaway').fill('Draft written in B');

    // A renames the item and writes a takeaway of its own.
    await a.getByRole('button', { name: 'Edit Query plans' }).click();
    const aEditor = a.getByRole('form', { name: 'Edit item' });
    await aEditor.getByLabel('Title').fill('Query plans, renamed in A');
    await aEditor.getByLabel('Takeaway').fill('Takeaway from A');
    await aEditor.getByRole('button', { name: 'Save changes' }).click();
    await aEditor.waitFor({ state: 'detached' });

    // B's list and its editor's untouched title follow at once; its draft keeps its words.
    await b.locator('[data-item-id="both"]').getByText('Query plans, renamed in A').waitFor();
    await expect.poll(() => bEditor.getByLabel('Title').inputValue()).toBe('Query plans, renamed in A');
    const told = b.getByTestId('editor-changed');
    await told.getByText('This item was just changed in another window.', { exact: false }).waitFor();
    expect(await bEditor.getByLabel('Takeaway').inputValue()).toBe('Draft written in B');
    expect(await seriousViolations(b)).toEqual([]);

    // B saves last: its takeaway wins, A's title stays, and A's row shows B's takeaway at once.
    await bEditor.getByRole('button', { name: 'Save changes' }).click();
    await a.locator('[data-item-id="both"]').getByText('Draft written in B').waitFor();
    expect(await storedItem(a, 'both')).toMatchObject({
      title: 'Query plans, renamed in A',
      note: 'Draft written in B',
    });
    await a.close();
    await b.close();
  });

  test('a draft can be dropped for the version saved elsewhere', async () => {
    const a = await openLibrary();
    const b = await openLibrary();
    await b.getByRole('button', { name: 'Edit Indexes' }).click();
    const bEditor = b.getByRole('form', { name: 'Edit item' });
    await bEditor.getByLabel('Title').fill('Indexes, my draft');

    await a.getByRole('button', { name: 'Edit Indexes' }).click();
    const aEditor = a.getByRole('form', { name: 'Edit item' });
    await aEditor.getByLabel('Title').fill('Indexes, saved in A');
    await aEditor.getByRole('button', { name: 'Save changes' }).click();

    await b.getByTestId('editor-changed').getByRole('button', { name: 'Drop my edits' }).click();
    await expect.poll(() => bEditor.getByLabel('Title').inputValue()).toBe('Indexes, saved in A');
    await expect.poll(() => b.getByTestId('editor-changed').count()).toBe(0);
    expect((await storedItem(b, 'other-1')).title).toBe('Indexes, saved in A');
    await a.close();
    await b.close();
  });

  test('the extension made no network request', () => {
    expect(h.guard.requests).toEqual([]);
  });
});
