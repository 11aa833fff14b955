/// <reference types="chrome" />
// Goals, end to end: create a goal on the options page, save a matching page, find the goal
// pre-selected in the popup, see the item in the goal's view, delete the goal and undo. The
// extension's clock is set (harness.mjs): "this week" is the same whatever day the suite runs.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { seriousViolations } from './a11y.mjs';
import { launch, readItems, saveFromPopup, type Launched } from './harness.mjs';
import { goal } from '../unit/goal-fixtures';
import { item, seedRows } from './seed';

const ARTICLE = 'https://engineering.example.com/posts/query-planner.html';

let h: Launched;
let options: Page;
let popup: Page;

const optionsUrl = (hash: string) => `chrome-extension://${h.extensionId}/src/options/index.html#${hash}`;

describe('goals', () => {
  beforeAll(async () => {
    h = await launch({ now: new Date(2026, 10, 29, 12).getTime() }); // a Sunday, noon
    options = await h.ctx.newPage();
  });
  afterAll(async () => {
    await h?.close();
  });

  test('a first run in the popup offers goals to start with', async () => {
    const tab = await h.ctx.newPage();
    await tab.goto(ARTICLE);
    popup = await h.openPopupFor(tab);
    const onboarding = popup.getByTestId('onboarding');
    await onboarding.getByRole('heading', { name: 'What do you want to get better at?' }).waitFor();
    await onboarding.getByRole('button', { name: 'Not now' }).click();
    await popup.reload();
    await popup.getByRole('button', { name: '+ New goal' }).waitFor();
    expect(await popup.getByTestId('onboarding').count()).toBe(0);
    await tab.close();
  });

  test('the options page refuses an empty goal with a message beside the field', async () => {
    await options.goto(optionsUrl('goals'));
    await options.getByRole('button', { name: 'New goal' }).click();
    await options.getByRole('button', { name: 'Create goal' }).click();
    await options.locator('#goal-new-title-error').waitFor();
    expect(await options.locator('#goal-new-title-error').innerText()).toBe('Give the goal a name.');
    expect(await options.getByLabel('Goal', { exact: true }).getAttribute('aria-invalid')).toBe('true');
  });

  test('a goal created on the options page is pre-selected when a matching page is saved', async () => {
    await options.getByLabel('Goal', { exact: true }).fill('Get better at SQL');
    await options.getByLabel('Keywords and skills').fill('query planner, Postgres, index');
    await options.getByLabel('Items a week').fill('3');
    await options.getByRole('button', { name: 'Create goal' }).click();
    await options.locator('[data-goal-id]').waitFor();
    // A second goal, so the chips offer a real choice.
    await options.getByRole('button', { name: 'New goal' }).click();
    await options.getByLabel('Goal', { exact: true }).fill('Public speaking');
    await options.getByRole('button', { name: 'Create goal' }).click();
    await expect.poll(() => options.locator('[data-goal-id]').count()).toBe(2);

    const tab = await h.ctx.newPage();
    await tab.goto(ARTICLE);
    popup = await h.openPopupFor(tab, { reuse: popup });
    expect((await saveFromPopup(popup)).state).toBe('saved');
    const sql = popup.getByRole('button', { name: /^Get better at SQL/ });
    const speaking = popup.getByRole('button', { name: /^Public speaking/ });
    await expect(sql.getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(speaking.getAttribute('aria-pressed')).resolves.toBe('false');

    // Accept, and add the second goal too: the item is tied to both.
    await speaking.click();
    await expect.poll(async () => (await readItems(popup))[0]?.goalIds).toHaveLength(2);
    await speaking.click();
    await expect.poll(async () => (await readItems(popup))[0]?.goalIds).toHaveLength(1);
  });

  test('a weaker match is only suggested: the chip says so, and why, on screen', async () => {
    await options.goto(optionsUrl('goals'));
    await options.getByRole('button', { name: 'New goal' }).click();
    await options.getByLabel('Goal', { exact: true }).fill('Performance tuning');
    // "statistics" is in the article's text, not its title or excerpt: evidence, not proof.
    await options.getByLabel('Keywords and skills').fill('statistics');
    await options.getByRole('button', { name: 'Create goal' }).click();
    await expect.poll(() => options.locator('[data-goal-id]').count()).toBe(3);

    const tab = await h.ctx.newPage();
    await tab.goto(ARTICLE);
    popup = await h.openPopupFor(tab, { reuse: popup });
    await saveFromPopup(popup);
    const chip = popup.getByRole('button', { name: /^Performance tuning/ });
    await expect.poll(() => chip.innerText()).toContain('suggested · matches statistics');
    expect(await chip.getAttribute('aria-pressed')).toBe('false');
    expect(await chip.evaluate((e) => getComputedStyle(e).borderStyle)).toBe('dashed');
    // The tie the person made stays as it was: a suggestion ties nothing by itself.
    expect((await readItems(popup))[0]?.goalIds).toHaveLength(1);
    const tied = popup.getByRole('button', { name: /^Get better at SQL/ });
    expect(await tied.evaluate((e) => getComputedStyle(e).borderStyle)).toBe('solid');
    expect(await tied.innerText()).not.toContain('suggested');
    await tab.close();

    await options.getByRole('button', { name: /^Delete\W+Performance tuning$/ }).click();
    await expect.poll(() => options.locator('[data-goal-id]').count()).toBe(2);
  });

  test('the goal’s view lists the item and this week’s progress', async () => {
    const goalId = await options.locator('[data-goal-id]').first().getAttribute('data-goal-id');
    await options.goto(optionsUrl(`goals/${goalId}`));
    const items = options.getByTestId('goal-items').locator('li');
    await items.first().waitFor();
    expect(await items.count()).toBe(1);
    expect(await items.first().innerText()).toContain('How the Postgres query planner picks an index');
    // Saved, not finished: shown apart from progress, which counts learning done.
    expect(await options.getByTestId('goal-view').innerText()).toContain('Items finished: 0 of 3');
    expect(await options.getByTestId('goal-saved').innerText()).toBe('Saved this week, not finished yet: 1');
  });

  test('the goal’s week starts on the person’s first day, not the locale’s', async () => {
    // Saved on Sunday 29 Nov; on Monday 30 Nov a week from Monday has it no more, a week from
    // Tuesday (24 … 30 Nov) still has it, whatever the browser's locale says.
    await h.setNow(new Date(2026, 10, 30, 12).getTime());
    await options.evaluate(() => chrome.storage.sync.set({ display: { weekStartsOn: 1 } }));
    await options.reload();
    const view = options.getByTestId('goal-view');
    const saved = options.getByTestId('goal-saved');
    await expect.poll(() => view.innerText()).toContain('Saved this week, not finished yet: 0');
    // The view follows a change of the preference without a reload.
    await options.evaluate(() => chrome.storage.sync.set({ display: { weekStartsOn: 2 } }));
    await expect.poll(() => saved.innerText()).toBe('Saved this week, not finished yet: 1');
  });

  test('deleting a goal keeps its items, and undo ties them again', async () => {
    await options.goto(optionsUrl('goals'));
    await options.getByRole('button', { name: /^Delete\W+Get better at SQL$/ }).click();
    await options.getByRole('status').getByText('Deleted “Get better at SQL”. Its items are kept.').waitFor();
    await expect.poll(() => options.locator('[data-goal-id]').count()).toBe(1);
    let [item] = await readItems(options);
    expect(item?.goalIds).toEqual([]);

    await options.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => options.locator('[data-goal-id]').count()).toBe(2);
    [item] = await readItems(options);
    expect(item?.goalIds).toHaveLength(1);
    expect(await options.locator('[data-goal-id]').first().innerText()).toContain('Get better at SQL');
  });

  test('every control is labelled and reachable: no serious axe violations', async () => {
    expect(await seriousViolations(options), 'options: goal list').toEqual([]);
    await options.getByRole('button', { name: 'New goal' }).click();
    await options.getByRole('button', { name: 'Create goal' }).click();
    expect(await seriousViolations(options), 'options: form with errors').toEqual([]);
    expect(await seriousViolations(popup), 'popup after a save').toEqual([]);
  });

  test('the goal form is keyboard operable', async () => {
    await options.getByRole('button', { name: 'Cancel' }).click();
    await options.getByRole('button', { name: 'New goal' }).focus();
    await options.keyboard.press('Enter');
    await options.getByLabel('Goal', { exact: true }).waitFor();
    await options.getByLabel('Goal', { exact: true }).focus();
    await options.keyboard.type('Kotlin');
    // Tab through every field to the submit button, then press it.
    for (let i = 0; i < 20; i++) {
      if (await options.evaluate(() => document.activeElement?.textContent === 'Create goal')) break;
      await options.keyboard.press('Tab');
    }
    await options.keyboard.press('Enter');
    await expect.poll(() => options.locator('[data-goal-id]').count()).toBe(3);
  });

  test('the extension made no network request of its own', () => {
    expect(h.guard.requests).toEqual([]);
  });
});

// A goal's view with many items: its first page in order, all on request, and its weeks counted.
describe('a goal with many items', () => {
  const now = new Date(2026, 10, 25, 12).getTime(); // a Wednesday, noon
  let h: Launched;
  beforeAll(async () => {
    h = await launch({ now });
  });
  afterAll(async () => {
    await h?.close();
  });

  test('the first 50 in order, all on request, and its weeks counted', async () => {
    const options = await h.ctx.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/src/options/index.html#goals`);
    await options.evaluate(() => chrome.storage.sync.set({ display: { weekStartsOn: 1 } }));
    const hour = 3_600_000;
    // One item every 12 hours back over two months: done, archived, unread, unread, …
    const rows = Array.from({ length: 120 }, (_, i) => {
      const savedAt = now - (i * 12 + 1) * hour;
      const status = (['done', 'archived', 'unread', 'unread'] as const)[i % 4]!;
      const title = `Many ${String(i).padStart(3, '0')}`;
      const doneAt = status === 'unread' ? null : savedAt + hour;
      return item({ title, savedAt, status, doneAt, readingMinutes: 7, goalIds: ['goal-many'] });
    });
    await seedRows(options, 'goals', [goal({ id: 'goal-many', title: 'Many items', weeklyItems: 5, order: 9 })]);
    await seedRows(options, 'items', [...rows, item({ title: 'Not of this goal', savedAt: now - hour })]);
    // Rows written behind Dexie's back: a reload reads them.
    await options.goto(`chrome-extension://${h.extensionId}/src/options/index.html#goals/goal-many`);
    await options.reload();
    const list = options.getByTestId('goal-items').locator('li');
    await expect.poll(() => list.count()).toBe(50);
    const view = options.getByTestId('goal-view');
    expect(await view.getByRole('heading', { name: 'Items (120)' }).count()).toBe(1);
    // Unread first, newest first.
    expect(await list.first().innerText()).toContain('Many 002');
    expect(await list.nth(1).innerText()).toContain('Many 003');
    await view.getByRole('button', { name: 'Show all 120 items' }).click();
    await expect.poll(() => list.count()).toBe(120);
    // Then done (newest first), then archived.
    expect(await list.nth(60).innerText()).toContain('Many 000');
    expect(await list.nth(90).innerText()).toContain('Many 001');
    expect(await list.last().innerText()).toContain('Many 117');
    // This week (from Monday): items 0 and 4 finished, 1-3 only saved (archived is not finished).
    expect(await view.innerText()).toContain('Items finished: 2 of 5');
    expect(await options.getByTestId('goal-saved').innerText()).toBe('Saved this week, not finished yet: 3');
    // The weeks since the goal began (January: the chart's 26 at most), oldest first: this week
    // last, then last week with items 8, 12 and 16 finished, 7 minutes each.
    const history = options.getByTestId('goal-history').locator('tbody tr');
    await expect.poll(() => history.count()).toBe(26);
    expect(await history.nth(25).locator('td').allInnerTexts()).toEqual(['2', '14']);
    expect(await history.nth(24).locator('td').allInnerTexts()).toEqual(['3', '21']);
    // 26 weeks are wider than the chart: it opens on the newest, this week's bar in view.
    const chart = options.getByTestId('goal-chart');
    await expect.poll(() => chart.evaluate((el) => el.scrollWidth > el.clientWidth && el.scrollLeft > 0)).toBe(true);
    const [box, newest] = await Promise.all([
      chart.evaluate((el) => el.getBoundingClientRect().right),
      chart
        .locator('.goal-chart-week')
        .last()
        .evaluate((el) => el.getBoundingClientRect().right),
    ]);
    expect(newest).toBeLessThanOrEqual(box + 0.5);
    expect(h.guard.requests).toEqual([]);
  });
});
