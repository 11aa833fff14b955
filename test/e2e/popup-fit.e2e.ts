/// <reference types="chrome" />
// The popup fits the browser's 600 px: with a full library, the save area and the week's cards
// show without scrolling, before and after a save; the lists are short, and no list repeats
// another.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { goal } from '../unit/goal-fixtures';
import { launch, saveFromPopup, type Launched } from './harness.mjs';
import { item, seedRows } from './seed';

const ARTICLE = 'https://blog.example.org/2024/03/spaced-repetition-for-engineers/';
const NOW = Date.UTC(2026, 10, 20, 12);
const GOAL = goal({ id: 'g-sql', title: 'Get better at SQL', keywords: ['sql'], weeklyItems: 3 });

let h: Launched;
let popup: Page;

/** Where an element's bottom edge is, in the popup's 600 px viewport. */
const bottomOf = async (page: Page, testId: string) => {
  const box = await page.getByTestId(testId).boundingBox();
  return box ? box.y + box.height : Infinity;
};
const idsIn = (page: Page, testId: string) =>
  page
    .getByTestId(testId)
    .locator('[data-item-id]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-item-id')));

describe('the popup fits', () => {
  beforeAll(async () => {
    h = await launch({ now: NOW });
    const options = await h.ctx.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/src/options/index.html#goals`);
    await options.getByRole('button', { name: 'New goal' }).waitFor();
    await seedRows(options, 'goals', [GOAL]);
    // Forty unread items, every other one tied to the goal, a few a day over the last weeks.
    const rows = Array.from({ length: 40 }, (_, i) =>
      item({
        title: `Saved item number ${i + 1} about query planners and indexes`,
        savedAt: NOW - (i + 1) * 3_600_000 * 9,
        goalIds: i % 2 ? [] : [GOAL.id],
      }),
    );
    await seedRows(options, 'items', rows);
    await options.close();
  });
  afterAll(async () => {
    await h?.close();
  });

  test('at 600 px the save area and the week cards show without scrolling, also after a save', async () => {
    const tab = await h.ctx.newPage();
    await tab.goto(ARTICLE);
    popup = await h.ctx.newPage();
    await popup.setViewportSize({ width: 360, height: 600 });
    popup = await h.openPopupFor(tab, { reuse: popup });
    await popup.getByTestId('week').waitFor();
    expect(await bottomOf(popup, 'stat-finished')).toBeLessThanOrEqual(600);

    expect((await saveFromPopup(popup)).state).toBe('saved');
    await popup.getByTestId('save-status').waitFor();
    expect(await popup.evaluate(() => document.scrollingElement!.scrollTop)).toBe(0);
    expect(await bottomOf(popup, 'save-status')).toBeLessThanOrEqual(600);
    expect(await bottomOf(popup, 'stat-finished')).toBeLessThanOrEqual(600);
  });

  test('lists are capped, and Latest saved repeats neither Up next nor From your past', async () => {
    const next = await idsIn(popup, 'up-next');
    const latest = await idsIn(popup, 'latest-items');
    expect(next.length).toBeGreaterThan(0);
    expect(next.length).toBeLessThanOrEqual(3);
    expect(latest.length).toBeGreaterThan(0);
    expect(latest.length).toBeLessThanOrEqual(3);
    expect(latest.filter((id) => next.includes(id))).toEqual([]);
    const past = await idsIn(popup, 'from-your-past');
    expect(latest.filter((id) => past.includes(id))).toEqual([]);
  });
});
