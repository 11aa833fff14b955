/// <reference types="chrome" />
// The library page, end to end on 10 000 seeded items: it loads with only the rows in view
// drawn, filters through the URL (Back works), ties 500 items to a goal in one action, deletes
// 3 with a confirmation and Undo, edits a title the open popup shows at once, and works from
// the keyboard alone.
import type { Page } from 'playwright-core';
import type { Item } from '../../src/core/item/model';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { seriousViolations } from './a11y.mjs';
import { launch, readItems, unfold, type Launched } from './harness.mjs';
import { item, seedRows } from './seed';

const NOW = new Date(2026, 10, 29, 12).getTime();
const DAY = 86_400_000;
const TOTAL = 10_000;

let h: Launched;
let page: Page;
const libraryUrl = (search = '') => `chrome-extension://${h.extensionId}/src/library/index.html${search}`;
const count = () => page.getByTestId('library-count').innerText();
// 10 000 items on a machine shared with other test runs: give the page time, never a fixed wait.
const SLOW = { timeout: 30_000 };

function library() {
  return Array.from({ length: TOTAL }, (_, i) =>
    item({
      id: `lib-${i}`,
      url: i === TOTAL - 1 ? 'javascript:alert(1)' : `https://site${i % 7}.example/post/${i}`,
      title: i === TOTAL - 2 ? '' : `Library item ${i}`,
      // lib-9999 is the newest, lib-0 the oldest.
      savedAt: NOW - (TOTAL - i) * 60_000,
      kind: i % 10 === 0 ? 'video' : 'article',
      status: i % 20 === 1 ? 'archived' : i % 5 === 2 ? 'done' : 'unread',
      tags: i < 500 ? ['batch'] : [],
      note: i % 100 === 3 ? 'Measure before tuning' : '',
    }),
  );
}
const ARCHIVED = TOTAL / 20;

/** The keys of a table of the extension's database, read with the plain IndexedDB API. */
function rowIds(extensionPage: Page, table: string): Promise<string[]> {
  return extensionPage.evaluate(
    (name) =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('learnmark');
        open.onsuccess = () => {
          const keys = open.result.transaction(name, 'readonly').objectStore(name).getAllKeys();
          keys.onsuccess = () => (open.result.close(), resolve(keys.result as string[]));
          keys.onerror = () => reject(keys.error ?? new Error(name));
        };
        open.onerror = () => reject(open.error ?? new Error(name));
      }),
    table,
  );
}

describe('library', () => {
  beforeAll(async () => {
    h = await launch({ now: NOW });
    page = await h.ctx.newPage();
    await page.goto(libraryUrl());
    await page.getByText('0 items').waitFor();
    await seedRows(page, 'goals', [
      {
        id: 'g-sql',
        title: 'Get better at SQL',
        why: '',
        keywords: [],
        weeklyMinutes: 60,
        weeklyItems: null,
        color: '#0b5cad',
        status: 'active',
        createdAt: NOW - DAY,
        updatedAt: NOW - DAY,
        targetDate: null,
        order: 0,
      },
    ]);
    await seedRows(page, 'items', library());
    await page.reload();
  }, 120_000);
  afterAll(async () => {
    await h?.close();
  });

  test('10 000 items load with the archive hidden and only the rows in view drawn', async () => {
    await expect.poll(count, SLOW).toBe(`${TOTAL - ARCHIVED} items`);
    const first = page.locator('[data-item-id]').first();
    await expect.poll(() => first.getAttribute('data-item-id')).toBe('lib-9999');
    expect(await page.locator('[data-item-id]').count()).toBeLessThan(60);
    // A javascript: item is shown (its URL as title, no link) and editable; the empty title shows its URL.
    const hostile = page.locator('[data-item-id="lib-9999"]');
    expect(await hostile.locator('a').count()).toBe(0);
    expect(await hostile.innerText()).toContain('Library item 9999');
    await hostile.getByRole('button', { name: 'Edit Library item 9999' }).waitFor();
    expect(await page.locator('[data-item-id="lib-9998"] a').innerText()).toBe('https://site2.example/post/9998');
    // The favicon comes from the browser's cache, an extension URL: no network.
    expect(await page.locator('[data-item-id="lib-9998"] img').getAttribute('src')).toMatch(
      new RegExp(`^chrome-extension://${h.extensionId}/_favicon/\\?pageUrl=`),
    );
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('filters live in the URL, and Back returns to the previous view', async () => {
    await page.getByLabel('Kind').selectOption('video');
    await expect.poll(count, SLOW).toBe('1000 items');
    expect(page.url()).toContain('kind=video');
    await page.getByLabel('Archived').check();
    await expect.poll(count, SLOW).toBe('1000 items'); // archived ones are i % 20 === 1: never videos
    await page.getByLabel('Has a takeaway').check();
    await expect.poll(count, SLOW).toBe('0 items');
    await page.goBack();
    await page.goBack();
    await expect.poll(count, SLOW).toBe('1000 items');
    expect(page.url()).toContain('kind=video');
    expect(page.url()).not.toContain('status=');
    // A bookmarked view opens as it was.
    await page.goto(libraryUrl('?takeaway=1&site=site3.example'));
    await expect
      .poll(count, SLOW)
      .toBe(`${library().filter((i) => i.note && i.url.includes('//site3.') && i.status !== 'archived').length} items`);
  });

  test('500 items are tied to a goal in one action', async () => {
    await page.goto(libraryUrl('?tag=batch'));
    await expect.poll(count, SLOW).toBe(`${500 - 500 / 20} items`);
    await page.getByLabel('Archived').check();
    await expect.poll(count, SLOW).toBe('500 items');
    await page.getByRole('button', { name: 'Select all 500' }).click();
    await page.getByRole('group', { name: 'Actions on the selected items' }).getByLabel('Goal').selectOption('g-sql');
    await page.getByRole('button', { name: 'Tie to goal' }).click();
    await page.getByRole('status').getByText('Changed 500 items.').waitFor();
    const tied = async () => (await readItems(page)).filter((i) => (i.goalIds as string[]).includes('g-sql')).length;
    expect(await tied()).toBe(500);
    await page.goto(libraryUrl('?goal=g-sql&status=unread,done,archived'));
    await expect.poll(count, SLOW).toBe('500 items');
  });

  test('deleting 3 asks first naming how many, takes their highlights and cards along, and Undo brings all back', async () => {
    await page.goto(libraryUrl());
    await expect.poll(count, SLOW).toBe(`${TOTAL - ARCHIVED} items`);
    const mark = (id: string, itemId: string) => ({
      id,
      itemId,
      exact: 'Library',
      prefix: '',
      suffix: ' item',
      start: 0,
      color: 'yellow',
      note: '',
      createdAt: NOW,
      updatedAt: NOW,
    });
    const marks = [mark('h-9997', 'lib-9997'), mark('h-9995', 'lib-9995'), mark('h-kept', 'lib-9000')];
    await seedRows(page, 'highlights', marks);
    await seedRows(page, 'reviewCards', [{ id: 'card-9997', source: 'highlight', sourceId: 'h-9997', due: NOW }]);
    const before = (await readItems(page)).find((i) => i.id === 'lib-9997');
    await page.getByLabel('Select Library item 9997').click();
    await page.getByLabel('Select Library item 9995').click({ modifiers: ['Shift'] });
    await page.getByText('3 selected').waitFor();
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    const confirm = page.getByRole('alertdialog');
    expect(await confirm.innerText()).toContain('Delete 3 items?');
    expect(await seriousViolations(page)).toEqual([]);
    await confirm.getByRole('button', { name: 'Delete 3 items' }).click();
    await expect.poll(count, SLOW).toBe(`${TOTAL - ARCHIVED - 3} items`);
    // Undo is offered for 15 s: what is checked before it is read from the page, not the database.
    expect(await page.locator('[data-item-id="lib-9997"]').count()).toBe(0);
    // No orphan: the deleted items' highlights and review card went with them, another item's stayed.
    expect(await rowIds(page, 'highlights')).toEqual(['h-kept']);
    expect(await rowIds(page, 'reviewCards')).toEqual([]);
    await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(count, SLOW).toBe(`${TOTAL - ARCHIVED} items`);
    expect((await readItems(page)).find((i) => i.id === 'lib-9997')).toEqual(before);
    expect(await rowIds(page, 'highlights')).toEqual(['h-9995', 'h-9997', 'h-kept']);
    expect(await rowIds(page, 'reviewCards')).toEqual(['card-9997']);
  });

  test('a title edited in the library shows at once in the open popup', async () => {
    const tab = await h.ctx.newPage();
    await tab.goto('https://engineering.example.com/posts/query-planner.html');
    const popup = await h.openPopupFor(tab);
    await unfold(popup, 'latest');
    await popup.getByTestId('latest-items').getByText('Library item 9997').waitFor();
    await page.getByRole('button', { name: 'Edit Library item 9997' }).click();
    const editor = page.getByRole('form', { name: 'Edit item' });
    await editor.getByLabel('Title').fill('Query plans, read slowly');
    await editor.getByLabel('Add a tag').fill('postgres');
    await editor.getByLabel('Add a tag').press('Enter');
    expect(await seriousViolations(page)).toEqual([]);
    await editor.getByRole('button', { name: 'Save changes' }).click();
    await popup.getByTestId('latest-items').getByText('Query plans, read slowly').waitFor();
    expect((await readItems(page)).find((i) => i.id === 'lib-9997')).toMatchObject({
      title: 'Query plans, read slowly',
      tags: ['postgres'],
    });
    await page.locator('[data-item-id="lib-9997"]').getByText('Query plans, read slowly').waitFor();
    await popup.close();
    await tab.close();
  });

  test('keyboard only: select, archive with confirmation, undo', async () => {
    await page.goto(libraryUrl());
    await expect.poll(count, SLOW).toBe(`${TOTAL - ARCHIVED} items`);
    await page.getByLabel('Select Query plans, read slowly').focus();
    await page.keyboard.press('Space');
    await page.getByText('1 selected').waitFor();
    // Back through the bulk bar to Archive, by Shift+Tab only.
    for (let i = 0; i < 30; i++) {
      if ((await page.evaluate(() => document.activeElement?.textContent)) === 'Archive') break;
      await page.keyboard.press('Shift+Tab');
    }
    await page.keyboard.press('Enter');
    // The confirmation takes focus on its button.
    await page.getByRole('alertdialog').getByText('Archive 1 items?', { exact: false }).waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(count, SLOW).toBe(`${TOTAL - ARCHIVED - 1} items`);
    // Undo has the focus now (the count can change a moment before the toast shows).
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent), SLOW).toBe('Undo');
    await page.keyboard.press('Enter');
    await expect.poll(count, SLOW).toBe(`${TOTAL - ARCHIVED} items`);
    expect((await readItems(page)).find((i) => i.id === 'lib-9997')?.status).toBe('done'); // as it was
  });

  test('the popup’s search opens the library on the same words: See all', async () => {
    const tab = await h.ctx.newPage();
    await tab.goto('https://engineering.example.com/posts/query-planner.html');
    const popup = await h.openPopupFor(tab);
    await popup.getByLabel('Search everything you saved').fill('library item');
    // The popup reads only each word's newest holders, so it says "at least"; the library reads all.
    const seeAll = popup.getByRole('link', { name: 'See them all in your library' });
    await seeAll.waitFor();
    const atLeast = Number((await popup.getByText(/^At least \d+ found$/).innerText()).match(/\d+/)![0]);
    await page.goto((await seeAll.getAttribute('href'))!);
    const listed = async () => Number((await count()).match(/^(\d+) items$/)?.[1] ?? 0);
    await expect.poll(listed, SLOW).toBeGreaterThan(9_000);
    expect(await listed()).toBeGreaterThanOrEqual(atLeast);
    expect(await page.getByLabel('Find words').inputValue()).toBe('library item');
    // The words found are marked in each title (the rows draw after the count).
    await expect.poll(() => page.locator('[data-item-id] mark').allInnerTexts(), SLOW).toContain('Library');
    await popup.close();
    await tab.close();
  });

  test('search puts the best match first, in the popup and the library, with the words marked', async () => {
    await seedRows(page, 'items', [
      item({ id: 'rank-one', url: 'https://rank.example/one', title: 'Airships today', savedAt: NOW - 500 }),
      item({
        id: 'rank-text',
        url: 'https://rank.example/text',
        title: 'Notes from a long week',
        text: 'A short aside about zeppelin airships.',
        savedAt: NOW - 1_000,
      }),
      item({ id: 'rank-title', url: 'https://rank.example/title', title: 'Zeppelin airships', savedAt: NOW - 9 * DAY }),
    ]);
    const tab = await h.ctx.newPage();
    await tab.goto('https://engineering.example.com/posts/query-planner.html');
    const popup = await h.openPopupFor(tab);
    await popup.getByLabel('Search everything you saved').fill('zeppelin airsh');
    const results = popup.getByTestId('search-results').locator('[data-item-id]');
    // Both words in the title, then both in the text, then one word: newest is no longer first.
    const order = ['rank-title', 'rank-text', 'rank-one'];
    await expect
      .poll(() => results.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-item-id'))))
      .toEqual(order);
    expect(await results.first().locator('mark').allInnerTexts()).toEqual(['Zeppelin', 'airships']);
    await popup.close();
    await tab.close();
    await page.goto(libraryUrl('?q=zeppelin%20airsh'));
    await expect.poll(count, SLOW).toBe('3 items');
    const rows = page.locator('[data-item-id]');
    // The rows draw after the count.
    await expect
      .poll(() => rows.evaluateAll((r) => r.map((row) => row.getAttribute('data-item-id'))), SLOW)
      .toEqual(order);
    expect(await page.getByLabel('Sort').inputValue()).toBe('relevance');
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('the popup’s lists end in See all N: a new tab on the library holding that list, N items, the same first rows', async () => {
    const tab = await h.ctx.newPage();
    await tab.goto('https://engineering.example.com/posts/query-planner.html');
    const popup = await h.openPopupFor(tab);
    const popupUrl = popup.url();
    const idsOf = (rows: ReturnType<Page['locator']>) =>
      rows.evaluateAll((r) => r.map((row) => row.getAttribute('data-item-id')));
    // Up next: unread items for the active goal (the 500 tied above), newest first. Latest
    // saved: everything not archived, newest first (its newest are tied to no goal, so the
    // popup, which leaves out what Up next shows, lists the same first rows).
    for (const [section, shows] of [
      ['upnext', 'Showing: Unread · For any active goal · Newest first'],
      ['latest', 'Showing: Unread, Done · Newest first'],
    ] as const) {
      await unfold(popup, section);
      const list = popup.locator(`details[data-section="${section}"]`);
      const seeAll = list.getByTestId('see-all');
      const total = Number((await seeAll.innerText()).match(/^See all (\d+) in your library$/)?.[1]);
      const shown = await idsOf(list.locator('[data-item-id]'));
      expect(shown).toHaveLength(3);
      expect(total).toBeGreaterThan(shown.length);
      const [library] = await Promise.all([h.ctx.waitForEvent('page'), seeAll.click()]);
      await expect.poll(() => library.getByTestId('library-count').innerText(), SLOW).toBe(`${total} items`);
      await expect
        .poll(() => idsOf(library.locator('[data-item-id]')).then((ids) => ids.slice(0, 3)), SLOW)
        .toEqual(shown);
      expect(await library.getByTestId('library-shows').innerText()).toBe(shows);
      expect(await seriousViolations(library)).toEqual([]);
      await library.close();
    }
    // The tab and the popup stayed where they were.
    expect(tab.url()).toBe('https://engineering.example.com/posts/query-planner.html');
    expect(popup.url()).toBe(popupUrl);
    expect(await seriousViolations(popup)).toEqual([]);
    // The Up next view is a filter like any other: chosen from the goal list, in the URL.
    await page.goto(libraryUrl('?status=unread'));
    await page.getByRole('form', { name: 'Filters' }).getByLabel('Goal').selectOption('Any active goal');
    expect(page.url()).toContain('goal=active');
    const tiedUnread = library().filter((i, k) => k < 500 && i.status === 'unread').length;
    await expect.poll(count, SLOW).toBe(`${tiedUnread} items`);
    await popup.close();
    await tab.close();
  });

  test('From your past ends in See all N: the library on every item it picks from, the person’s tab unmoved', async () => {
    // Saved four weeks ago: From your past picks from the unread ones and the one done with a
    // takeaway; not from the one done without, nor the archived one.
    const old = (id: string, over: Partial<Item>) =>
      item({ id, title: `Past ${id}`, url: `https://past.example/${id}`, savedAt: NOW - 28 * DAY, ...over });
    const expected = ['past-u1', 'past-u2', 'past-u3', 'past-noted'];
    await seedRows(page, 'items', [
      old('past-u1', { savedAt: NOW - 23 * DAY }),
      old('past-u2', { savedAt: NOW - 26 * DAY }),
      old('past-u3', { savedAt: NOW - 29 * DAY }),
      old('past-noted', { status: 'done', note: 'Look at the plan first', savedAt: NOW - 31 * DAY }),
      old('past-done', { status: 'done' }),
      old('past-archived', { status: 'archived', note: 'Kept' }),
    ]);
    const tab = await h.ctx.newPage();
    await tab.goto('https://engineering.example.com/posts/query-planner.html');
    const popup = await h.openPopupFor(tab);
    await unfold(popup, 'past');
    const section = popup.locator('details[data-section="past"]');
    const seeAll = section.getByTestId('see-all');
    await expect.poll(() => seeAll.innerText(), SLOW).toBe(`See all ${expected.length} in your library`);
    const shown = await section.locator('[data-item-id]').getAttribute('data-item-id');
    expect(expected).toContain(shown);
    const [library] = await Promise.all([h.ctx.waitForEvent('page'), seeAll.click()]);
    await expect.poll(() => library.getByTestId('library-count').innerText(), SLOW).toBe(`${expected.length} items`);
    await expect
      .poll(() =>
        library.locator('[data-item-id]').evaluateAll((r) => r.map((row) => row.getAttribute('data-item-id'))),
      )
      .toEqual(expected);
    expect(await library.getByTestId('library-shows').innerText()).toBe(
      'Showing: Unread, or done with a takeaway · Saved Oct 25, 2026 – Nov 8, 2026 · Newest first',
    );
    expect(await library.getByLabel('Unread, or done with a takeaway').isChecked()).toBe(true);
    expect(await seriousViolations(library)).toEqual([]);
    await library.close();
    expect(tab.url()).toBe('https://engineering.example.com/posts/query-planner.html');
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.close();
    await tab.close();
  });

  test('the extension made no network request', () => {
    expect(h.guard.requests).toEqual([]);
  });
});
