/// <reference types="chrome" />
// The popup fits the browser's 600 px: with a full library it needs no scrolling at all when
// opened, and after a save the save area and the week's cards still show without scrolling; the
// lists below the week are folded (as the person left them), short, and no list repeats another.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { goal } from '../unit/goal-fixtures';
import { seriousViolations } from './a11y.mjs';
import { launch, saveFromPopup, unfold, type Launched } from './harness.mjs';
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

  test('at 600 px the popup needs no scrolling, and after a save the week is still above the fold', async () => {
    const tab = await h.ctx.newPage();
    await tab.goto(ARTICLE);
    popup = await h.ctx.newPage();
    await popup.setViewportSize({ width: 360, height: 600 });
    popup = await h.openPopupFor(tab, { reuse: popup });
    await popup.getByTestId('week').waitFor();
    // Folded sections come after the week; the last of them is drawn once every list is read.
    await popup.locator('details[data-section="latest"]').waitFor();
    expect(await popup.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(600);

    expect((await saveFromPopup(popup)).state).toBe('saved');
    await popup.getByTestId('saved-item').waitFor();
    expect(await popup.evaluate(() => document.scrollingElement!.scrollTop)).toBe(0);
    expect(await bottomOf(popup, 'save-status')).toBeLessThanOrEqual(600);
    const heading = await popup.locator('#week-heading').boundingBox();
    expect(heading!.y + heading!.height).toBeLessThanOrEqual(600);
    expect(await bottomOf(popup, 'stat-finished')).toBeLessThanOrEqual(600);
    // The status is the heading of the save area: it reads larger than the item's title below it.
    const size = (selector: string) =>
      popup
        .locator(selector)
        .first()
        .evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    expect(await size('[data-testid="save-status"] p')).toBeGreaterThan(
      await size('[data-testid="saved-item"] .item-title'),
    );
  });

  test('the lists are folded, open from the keyboard, stay as left, are capped, and repeat nothing', async () => {
    expect(await popup.getByTestId('up-next').count()).toBe(0);
    const summary = popup.locator('details[data-section="upnext"] > summary');
    await summary.focus();
    await popup.keyboard.press('Enter');
    await popup.getByTestId('up-next').waitFor();
    await unfold(popup, 'past', 'latest');
    expect(await seriousViolations(popup)).toEqual([]);

    // Opened again, the popup shows them as the person left them.
    const tab = await h.ctx.newPage();
    await tab.goto(ARTICLE);
    popup = await h.openPopupFor(tab, { reuse: popup });
    await popup.getByTestId('latest-items').waitFor();
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
