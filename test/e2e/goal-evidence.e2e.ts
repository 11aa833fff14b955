/// <reference types="chrome" />
// What the person's own ties teach, end to end: an item untied from its goal in the goal view
// (Undo ties it back) is never tied nor suggested to that goal again when the page is saved
// again; a hand tie proposes the item's strong words as keywords on the goal's row, one click to
// add, one to decline. "Not this goal" on a suggested chip (popup, with Undo; the library's
// editor) and the library's bulk Untie teach the same. Axe on each view.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Goal } from '../../src/core/goal/model';
import { seriousViolations } from './a11y.mjs';
import { launch, readItems, saveFromPopup, type Launched } from './harness.mjs';
import { goal } from '../unit/goal-fixtures';
import { readRows, seedRows } from './seed';

const ARTICLE = 'https://engineering.example.com/posts/query-planner.html';
const TITLE = 'How the Postgres query planner picks an index';
// A visually hidden name follows each button's text ("Untie", then ": <title>" for screen readers).
const UNTIE = new RegExp(`^Untie\\W+${TITLE}$`);
const NOT_PERF = /^Not this goal\W+Performance tuning$/;
const MARK_DONE = new RegExp(`^Mark done\\W+${TITLE}$`);
const SQL = goal({ id: 'g-sql', title: 'Get better at SQL', keywords: ['query planner', 'Postgres'], order: 0 });
const TALK = goal({ id: 'g-talk', title: 'Public speaking', order: 1 });
const PERF = goal({ id: 'g-perf', title: 'Performance tuning', keywords: ['statistics'], order: 2 });

let h: Launched;
let options: Page;
let popup: Page;
let tab: Page;

const optionsUrl = (hash: string) => `chrome-extension://${h.extensionId}/src/options/index.html#${hash}`;
const storedGoal = async (id: string) => (await readRows<Goal>(options, 'goals')).find((g) => g.id === id);
const chip = (name: RegExp) => popup.getByRole('button', { name });

describe('what untying and tying teach a goal', () => {
  beforeAll(async () => {
    h = await launch({ now: new Date(2026, 10, 25, 12).getTime() });
    options = await h.ctx.newPage();
    await options.goto(optionsUrl('goals'));
    await options.getByRole('button', { name: 'New goal' }).waitFor();
    await seedRows(options, 'goals', [SQL, TALK]);
    tab = await h.ctx.newPage();
    await tab.goto(ARTICLE);
  });
  afterAll(async () => {
    await h?.close();
  });

  test('untied in the goal view (Undo ties it back), the page saved again is neither tied nor suggested to it', async () => {
    popup = await h.openPopupFor(tab);
    expect((await saveFromPopup(popup)).state).toBe('saved');
    await expect.poll(() => chip(/^Get better at SQL/).getAttribute('aria-pressed')).toBe('true');

    await options.goto(optionsUrl('goals/g-sql'));
    await options.reload();
    const row = options.getByTestId('goal-items').locator('li', { hasText: TITLE });
    await row
      .getByTestId('goal-item-when')
      .getByText(/^Saved on .*25.*2026$/)
      .waitFor();
    expect(await row.locator('a.item-read').getAttribute('href')).toContain('/src/reader/');
    expect(await seriousViolations(options), 'the goal view with its items').toEqual([]);

    // Untie, then Undo: tied again, and the goal remembers nothing of it.
    await row.getByRole('button', { name: UNTIE }).click();
    const undo = options.getByTestId('goal-items-undo');
    await undo.getByText(`Untied “${TITLE}” from Get better at SQL`).waitFor();
    await options.getByText('No items yet').waitFor();
    await undo.getByRole('button', { name: 'Undo' }).click();
    await row.getByRole('button', { name: UNTIE }).waitFor();
    await expect.poll(async () => (await storedGoal('g-sql'))?.evidence?.untied).toEqual([]);

    // Mark done from the list: it says when it was finished.
    await row.getByRole('button', { name: MARK_DONE }).focus();
    await options.keyboard.press('Enter');
    await row
      .getByTestId('goal-item-when')
      .getByText(/^Finished on .*25.*2026$/)
      .waitFor();

    // Untie for good (by keyboard), then save the same page again.
    await row.getByRole('button', { name: UNTIE }).focus();
    await options.keyboard.press('Enter');
    await options.getByText('No items yet').waitFor();
    await expect.poll(async () => (await storedGoal('g-sql'))?.evidence?.untied.map((u) => u.id)).toHaveLength(1);

    popup = await h.openPopupFor(tab, { reuse: popup });
    expect((await saveFromPopup(popup)).state).toBe('resaved');
    const sql = chip(/^Get better at SQL/);
    await sql.waitFor();
    expect(await sql.getAttribute('aria-pressed')).toBe('false');
    expect(await sql.innerText()).not.toContain('suggested');
    expect((await readItems(popup))[0]?.goalIds).toEqual([]);
  });

  test('a hand tie proposes a keyword on the goal’s row: one click adds it, another declines the next', async () => {
    await chip(/^Public speaking/).click();
    await expect.poll(async () => (await readItems(popup))[0]?.goalIds).toEqual(['g-talk']);

    await options.goto(optionsUrl('goals'));
    const proposal = options.getByRole('group', { name: 'A keyword for Public speaking' });
    const ask = proposal.getByText(/^Add “.+” as a keyword\?$/);
    await ask.waitFor();
    const first = /“(.+)”/.exec(await ask.innerText())![1]!;
    // Never added by itself: the goal has no keywords until the person says so.
    expect((await storedGoal('g-talk'))?.keywords).toEqual([]);
    expect(await seriousViolations(options), 'a goal row with a keyword proposal').toEqual([]);

    await proposal.getByRole('button', { name: `Add “${first}”` }).click();
    await expect.poll(async () => (await storedGoal('g-talk'))?.keywords).toEqual([first]);
    // The next proposal takes its place; declined, it is gone for good.
    await expect.poll(() => ask.innerText()).not.toContain(first);
    const second = /“(.+)”/.exec(await ask.innerText())![1]!;
    await proposal.getByRole('button', { name: new RegExp(`^No, thanks\\W+${second}$`) }).click();
    await expect.poll(() => proposal.count()).toBe(0);
    expect((await storedGoal('g-talk'))?.evidence?.dismissed).toEqual([second]);
    expect((await storedGoal('g-talk'))?.keywords).toEqual([first]);
  });

  test('“Not this goal” on a suggested chip: gone with Undo in the popup, gone from the library’s editor; a bulk untie teaches too', async () => {
    // "statistics" is in the article's text only: suggested, never tied.
    await seedRows(options, 'goals', [PERF]);
    popup = await h.openPopupFor(tab, { reuse: popup });
    const perf = chip(/^Performance tuning/);
    await expect.poll(() => perf.innerText()).toContain('suggested · matches statistics');
    const itemId = (await readItems(popup))[0]!.id;
    expect(await seriousViolations(popup), 'the popup with a suggestion to dismiss').toEqual([]);

    // By keyboard; Undo takes the focus and brings the suggestion back.
    await popup.getByRole('button', { name: NOT_PERF }).focus();
    await popup.keyboard.press('Enter');
    const said = popup.getByTestId('goal-dismissed');
    await said.getByText("“Performance tuning” won't be suggested for this item again.").waitFor();
    await expect.poll(() => perf.innerText()).not.toContain('suggested');
    // The same lesson as an untie: the pair, with the goal's word that had matched it.
    expect((await storedGoal('g-perf'))?.evidence?.untied).toEqual([{ id: itemId, terms: [expect.any(String)] }]);
    await expect.poll(() => popup.evaluate(() => document.activeElement?.textContent)).toBe('Undo');
    await popup.keyboard.press('Enter');
    await expect.poll(() => perf.innerText()).toContain('suggested · matches statistics');
    expect((await storedGoal('g-perf'))?.evidence?.untied).toEqual([]);

    // The library's editor suggests it too; dismissed there, its toast offers Undo.
    const library = await h.ctx.newPage();
    await library.goto(`chrome-extension://${h.extensionId}/src/library/index.html`);
    await library.getByRole('button', { name: `Edit ${TITLE}` }).click();
    const editor = library.getByRole('form', { name: 'Edit item' });
    const perfInLibrary = editor.getByRole('button', { name: /^Performance tuning/ });
    await expect.poll(() => perfInLibrary.innerText()).toContain('suggested · matches statistics');
    expect(await seriousViolations(library), 'the library editor with a suggestion to dismiss').toEqual([]);
    await editor.getByRole('button', { name: NOT_PERF }).click();
    await library
      .getByRole('status')
      .getByText("“Performance tuning” won't be suggested for this item again.")
      .waitFor();
    await expect.poll(() => perfInLibrary.innerText()).not.toContain('suggested');
    expect((await storedGoal('g-perf'))?.evidence?.untied.map((u) => u.id)).toEqual([itemId]);

    // The bulk bar's Untie teaches the goal like a single untie.
    await editor.getByRole('button', { name: 'Cancel' }).click();
    await library.getByRole('checkbox', { name: `Select ${TITLE}` }).check();
    const bulk = library.getByRole('group', { name: 'Actions on the selected items' });
    await bulk.getByLabel('Goal').selectOption('g-talk');
    await bulk.getByRole('button', { name: 'Untie from goal' }).click();
    await library.getByRole('status').getByText('Changed 1 items.').waitFor();
    await expect.poll(async () => (await storedGoal('g-talk'))?.evidence?.untied.map((u) => u.id)).toEqual([itemId]);
    expect((await readItems(library))[0]?.goalIds).toEqual([]);
    await library.close();
  });

  test('the extension made no network request of its own', () => {
    expect(h.guard.requests).toEqual([]);
  });
});
