/// <reference types="chrome" />
// Log learning, end to end: an entry logged in the popup moves the week's learning total and
// its goal's minutes at once; Undo takes it back; in the goal view it is listed, edited and
// deleted (with Undo), and the goal's minutes follow. axe on the popup's form and the goal view.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { seriousViolations } from './a11y.mjs';
import { launch, seedRows, type Launched } from './harness.mjs';
import { readRows } from './seed';
import { goal } from '../unit/goal-fixtures';

const ARTICLE = 'https://engineering.example.com/posts/query-planner.html';
/** A Wednesday noon, local: the clock the extension reads. */
const NOW = new Date(2026, 10, 25, 12).getTime();
const DATA = goal({ id: 'g-data', title: 'Data engineering', keywords: ['dbt'], weeklyMinutes: 60 });
const SPEAKING = goal({ id: 'g-talk', title: 'Public speaking', weeklyMinutes: 30, order: 1 });

let h: Launched;
let popup: Page;

const value = (page: Page, testId: string, attr = 'data-value') =>
  page
    .getByTestId(testId)
    .first()
    .getAttribute(attr)
    .then((v) => Number(v));
const bars = (page: Page) =>
  page.getByTestId('goal-minutes-bar').evaluateAll((els) => els.map((e) => (e as HTMLProgressElement).value));
const storedEntries = (page: Page) =>
  readRows<{ title: string; minutes: number; goalIds: string[]; kind: string; note: string }>(page, 'logEntries');

describe('log learning', () => {
  beforeAll(async () => {
    h = await launch({ now: NOW });
    const options = await h.ctx.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/src/options/index.html#goals`);
    await options.getByRole('button', { name: 'New goal' }).waitFor();
    await options.evaluate(() => chrome.storage.sync.set({ display: { weekStartsOn: 1 } }));
    await seedRows(options, 'goals', [DATA, SPEAKING]);
    await options.close();
    const tab = await h.ctx.newPage();
    await tab.goto(ARTICLE);
    popup = await h.openPopupFor(tab);
    await popup.setViewportSize({ width: 360, height: 900 });
    await popup.getByTestId('week').waitFor();
  });
  afterAll(async () => {
    await h?.close();
  });

  test('an entry logged in the popup moves the week’s learning and its goal’s minutes; Undo takes it back', async () => {
    expect(await value(popup, 'stat-learning')).toBe(0);
    expect(await bars(popup)).toEqual([0, 0]);

    await popup.getByRole('button', { name: 'Log learning' }).click();
    const form = popup.getByTestId('log-form');
    await form.getByLabel('What did you learn from?').fill('dbt Fundamentals, module 2');
    await form.getByLabel('Kind').selectOption('course');
    await form.getByLabel('Minutes').fill('45');
    // The day starts as today, by the extension's clock.
    expect(await form.getByLabel('Day').inputValue()).toBe('2026-11-25');
    await form.getByRole('button', { name: /^Data engineering/ }).click();
    await form.getByLabel('Takeaway (optional)').fill('Sources before models');
    expect(await seriousViolations(popup), 'popup with the log form open').toEqual([]);
    await form.getByRole('button', { name: 'Log it' }).click();

    await popup.getByRole('status').filter({ hasText: 'Logged dbt Fundamentals, module 2 (45 min).' }).waitFor();
    await expect.poll(() => value(popup, 'stat-learning')).toBe(45);
    expect(await value(popup, 'stat-learning', 'data-change')).toBe(45);
    await expect.poll(() => bars(popup)).toEqual([45, 0]);
    expect(await popup.getByTestId('goal-progress').innerText()).toContain('45/60 min');
    expect(await storedEntries(popup)).toEqual([
      expect.objectContaining({
        title: 'dbt Fundamentals, module 2',
        minutes: 45,
        goalIds: ['g-data'],
        kind: 'course',
      }),
    ]);
    expect(await popup.getByTestId('log-entries').innerText()).toContain('dbt Fundamentals, module 2');

    await popup.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => value(popup, 'stat-learning')).toBe(0);
    await expect.poll(() => bars(popup)).toEqual([0, 0]);
    expect(await storedEntries(popup)).toEqual([]);
  });

  test('a day outside the week and a missing title are handled as a person would expect', async () => {
    await popup.getByRole('button', { name: 'Log learning' }).click();
    const form = popup.getByTestId('log-form');
    await form.getByLabel('What did you learn from?').fill('   ');
    await form.getByLabel('Minutes').fill('20');
    await form.getByRole('button', { name: 'Log it' }).click();
    await form.getByRole('alert').filter({ hasText: 'Say what you learned from.' }).waitFor();
    // Last week: the week's total stays, last week's grows (so the change drops).
    await form.getByLabel('What did you learn from?').fill('Toastmasters evening');
    await form.getByLabel('Kind').selectOption('talk');
    await form.getByLabel('Day').fill('2026-11-18');
    await form.getByRole('button', { name: /^Public speaking/ }).click();
    await form.getByRole('button', { name: 'Log it' }).click();
    await expect.poll(() => value(popup, 'stat-learning', 'data-change')).toBe(-20);
    expect(await value(popup, 'stat-learning')).toBe(0);
    expect(await bars(popup)).toEqual([0, 0]);
  });

  test('the goal view lists its entries, counts them, and edits and deletes them with Undo', async () => {
    const options = await h.ctx.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/src/options/index.html#goals/g-data`);
    const view = options.getByTestId('goal-view');
    await view.waitFor();
    const minutesMeter = () =>
      view.getByRole('progressbar', { name: 'Minutes' }).evaluate((e) => (e as HTMLProgressElement).value);
    expect(await minutesMeter()).toBe(0);

    await view.getByRole('button', { name: 'Log learning' }).click();
    const form = view.getByTestId('log-form');
    // The goal view's own goal is chosen already.
    expect(await form.getByRole('button', { name: /^Data engineering/ }).getAttribute('aria-pressed')).toBe('true');
    await form.getByLabel('What did you learn from?').fill('Pairing on the Airflow DAG');
    await form.getByLabel('Kind').selectOption('mentoring');
    await form.getByLabel('Minutes').fill('30');
    await form.getByRole('button', { name: 'Log it' }).click();
    await expect.poll(minutesMeter).toBe(30);
    const list = view.getByTestId('log-entries');
    expect(await list.innerText()).toContain('Pairing on the Airflow DAG');
    expect(await list.innerText()).toContain('Mentoring');
    expect(await seriousViolations(options), 'goal view with logged learning').toEqual([]);

    await list.getByRole('button', { name: /^Edit\W+Pairing on the Airflow DAG/ }).click();
    await list.getByLabel('Minutes').fill('50');
    await list.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(minutesMeter).toBe(50);
    await options.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(minutesMeter).toBe(30);

    await list.getByRole('button', { name: /^Delete\W+Pairing on the Airflow DAG/ }).click();
    await expect.poll(minutesMeter).toBe(0);
    await options.getByRole('status').filter({ hasText: 'Deleted Pairing on the Airflow DAG.' }).waitFor();
    await options.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(minutesMeter).toBe(30);
    expect(await list.innerText()).toContain('Pairing on the Airflow DAG');
    // The popup, open beside it, follows the same database.
    await expect.poll(() => bars(popup)).toEqual([30, 0]);
    await options.close();
  });

  test('a goal shows its target date and pace, and its weeks since it began as bars against the target', async () => {
    const options = await h.ctx.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/src/options/index.html#goals`);
    await options.getByRole('button', { name: 'New goal' }).waitFor();
    // Created on Thursday 5 November: that short week counts only if met; 9-15 met, 16-22 not.
    const paced = goal({
      id: 'g-pace',
      title: 'Kafka',
      weeklyMinutes: 30,
      createdAt: new Date(2026, 10, 5, 12).getTime(),
      targetDate: new Date(2027, 2, 31, 12).getTime(),
      order: 2,
    });
    const entry = (id: string, day: string, minutes: number) => ({
      id,
      title: `Kafka session ${id}`,
      kind: 'practice',
      minutes,
      day,
      goalIds: [paced.id],
      note: '',
      createdAt: NOW,
      updatedAt: NOW,
    });
    await seedRows(options, 'goals', [paced]);
    await seedRows(options, 'logEntries', [
      entry('k1', '2026-11-10', 30),
      entry('k2', '2026-11-17', 10),
      entry('k3', '2026-11-18', 5),
    ]);
    // Rows written behind Dexie's back: the page reads them when it opens.
    await options.reload();
    const row = options.locator('[data-goal-id="g-pace"]');
    await expect
      .poll(() => row.getByTestId('goal-pace').innerText())
      .toBe('Target date: Mar 31, 2027 · On track: 1 of 2 weeks met');

    await options.goto(`chrome-extension://${h.extensionId}/src/options/index.html#goals/g-pace`);
    const view = options.getByTestId('goal-view');
    await view.waitFor();
    expect(await view.getByTestId('goal-pace').innerText()).toBe(
      'Target date: Mar 31, 2027 · On track: 1 of 2 weeks met',
    );
    // Four weeks since it began, oldest first; none before it.
    const bars = () =>
      view.locator('.goal-chart-bar').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-value'))));
    // The chart is drawn just after the view (its module loads once the view shows).
    await expect.poll(bars).toEqual([0, 30, 15, 0]);
    expect(await view.locator('.goal-chart-bar.met').count()).toBe(1);
    expect(await view.getByTestId('goal-history').locator('tbody tr').count()).toBe(4);
    // The dashed line stands where a bar at the target reaches: the week of 30 (of 30) meets it,
    // the week of 15 stays well under it. Each bar shows its number, and a legend says what is drawn.
    const line = await view.locator('.goal-chart-target').evaluate((e) => e.getBoundingClientRect().bottom);
    const tops = await view
      .locator('.goal-chart-bar')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
    const [, atTarget = NaN, under = NaN] = tops;
    expect(Math.abs(atTarget - line)).toBeLessThanOrEqual(1.5);
    expect(under - line).toBeGreaterThan(10);
    expect(await view.locator('.goal-chart-value').allInnerTexts()).toEqual(['0', '30', '15', '0']);
    expect(await view.getByTestId('goal-chart-legend').innerText()).toBe(
      'Bars: minutes of learning each week · solid bars: weeks that met every target · dashed line: your target, 30 min a week',
    );
    expect(await seriousViolations(options), 'goal view with its chart').toEqual([]);

    // This week counts once its target is met.
    await view.getByRole('button', { name: 'Log learning' }).click();
    const form = view.getByTestId('log-form');
    await form.getByLabel('What did you learn from?').fill('Kafka Streams workshop');
    await form.getByLabel('Minutes').fill('30');
    await form.getByRole('button', { name: 'Log it' }).click();
    await expect.poll(bars).toEqual([0, 30, 15, 30]);
    expect(await view.getByTestId('goal-pace').getAttribute('data-state')).toBe('on-track');
    expect(await view.getByTestId('goal-pace').innerText()).toContain('On track: 2 of 3 weeks met');
    await options.close();
  });
});
