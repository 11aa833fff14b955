/// <reference types="chrome" />
// Goal minutes from learning sites, end to end: time already spent today on docs.getdbt.com
// counts toward no goal until the person names "Data engineering" on that learning site's row of
// the Sites page; then the popup's goal row and the goal view show it, for that goal only; and
// the goal's pace in the goals list counts it as its view does.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { seriousViolations } from './a11y.mjs';
import { launch, type Launched } from './harness.mjs';
import { seedRows } from './seed';
import { goal } from '../unit/goal-fixtures';

const ARTICLE = 'https://engineering.example.com/posts/query-planner.html';
/** A Wednesday noon, local: the clock the extension reads. */
const NOW = new Date(2026, 10, 25, 12).getTime();
const DATA = goal({ id: 'g-data', title: 'Data engineering', weeklyMinutes: 60 });
const SPEAKING = goal({ id: 'g-talk', title: 'Public speaking', weeklyMinutes: 30, order: 1 });

let h: Launched;
let options: Page;

const minuteBars = (page: Page) =>
  page.getByTestId('goal-minutes-bar').evaluateAll((els) => els.map((e) => (e as HTMLProgressElement).value));
const tracking = () =>
  h.sw.evaluate(() => chrome.storage.sync.get('tracking').then((s: Record<string, unknown>) => s.tracking));

/** The popup's goal minutes bars (Data engineering, Public speaking) and its goal rows' text. */
async function popupGoals(): Promise<{ bars: number[]; text: string }> {
  const tab = await h.ctx.newPage();
  await tab.goto(ARTICLE);
  const popup = await h.openPopupFor(tab);
  await popup.getByTestId('goal-progress').waitFor();
  const bars = await minuteBars(popup);
  const text = await popup.getByTestId('goal-progress').innerText();
  await popup.close();
  await tab.close();
  return { bars, text };
}

describe('goal minutes from learning sites', () => {
  beforeAll(async () => {
    h = await launch({ now: NOW });
    options = await h.ctx.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/src/options/index.html#goals`);
    await options.getByRole('button', { name: 'New goal' }).waitFor();
    await options.evaluate(() => chrome.storage.sync.set({ display: { weekStartsOn: 1 } }));
    await seedRows(options, 'goals', [DATA, SPEAKING]);
    // 25 minutes of learning on the docs today, and 10 on a game, as tracking would have kept them.
    await seedRows(options, 'activity', [
      { day: '2026-11-25', host: 'docs.getdbt.com', category: 'learning', seconds: 1500 },
      { day: '2026-11-25', host: 'poki.com', category: 'distraction', seconds: 600 },
      // On a built-in learning site: counts toward nothing until its row names a goal.
      { day: '2026-11-25', host: 'developer.mozilla.org', category: 'learning', seconds: 600 },
    ]);
    // Rows seeded beside Dexie are not seen by the page's cached queries: a fresh page reads them.
    await options.close();
    options = await h.ctx.newPage();
  });
  afterAll(async () => {
    await h?.close();
  });

  test('time on a site counts toward no goal until its learning rule names one', async () => {
    const { bars, text } = await popupGoals();
    expect(bars).toEqual([0, 0]);
    expect(text).toContain('0/60 min');
  });

  test('naming "Data engineering" on the Sites page moves that goal’s minutes in the popup and the goal view', async () => {
    await options.goto(`chrome-extension://${h.extensionId}/src/options/index.html#sites`);
    const learning = options.getByTestId('sites-learning');
    await learning.getByLabel('Add a learning site (a site name, or a site and path)').fill('https://docs.getdbt.com/');
    await learning.getByRole('button', { name: 'Add', exact: true }).click();
    const picker = learning.getByRole('group', { name: 'Time on docs.getdbt.com counts toward' });
    await picker.waitFor();
    expect(await picker.getByRole('checkbox').count()).toBe(2);
    expect(await seriousViolations(options), 'the Sites page with a goal picker').toEqual([]);

    await picker.getByRole('checkbox', { name: 'Data engineering' }).check();
    await expect.poll(() => options.getByTestId('sites-saved').textContent()).toBe('Saved');
    await expect
      .poll(() => tracking())
      .toMatchObject({ learning: ['docs.getdbt.com'], siteGoals: { 'docs.getdbt.com': ['g-data'] } });

    // The popup: 25 min on Data engineering, nothing on Public speaking.
    const { bars, text } = await popupGoals();
    expect(bars).toEqual([25, 0]);
    expect(text).toContain('25/60 min');

    // The goal view reads the same minutes this week.
    await options.goto(`chrome-extension://${h.extensionId}/src/options/index.html#goals/g-data`);
    await options.getByTestId('goal-view').getByText('Minutes: 25 of 60').waitFor();
  });

  test('unticking the goal takes the site’s minutes back out', async () => {
    await options.goto(`chrome-extension://${h.extensionId}/src/options/index.html#sites`);
    const picker = options.getByRole('group', { name: 'Time on docs.getdbt.com counts toward' });
    await picker.getByRole('checkbox', { name: 'Data engineering' }).uncheck();
    await expect.poll(() => tracking()).toMatchObject({ siteGoals: {} });
    const { bars, text } = await popupGoals();
    expect(bars).toEqual([0, 0]);
    expect(text).toContain('0/60 min');
  });

  test('a built-in learning site’s row names goals too, kept as an override', async () => {
    await options.goto(`chrome-extension://${h.extensionId}/src/options/index.html#sites`);
    const builtIn = options.getByTestId('sites-defaults');
    const picker = builtIn.getByRole('group', { name: 'Time on developer.mozilla.org counts toward' });
    await picker.getByRole('checkbox', { name: 'Public speaking' }).check();
    await expect.poll(() => tracking()).toMatchObject({ siteGoals: { 'developer.mozilla.org': ['g-talk'] } });
    // A path rule (linkedin.com/learning) cannot name a share of its host: no picker there.
    expect(await builtIn.getByRole('group', { name: /linkedin\.com/ }).count()).toBe(0);
    expect(await seriousViolations(options), 'the built-in sites with goal pickers').toEqual([]);

    const { bars, text } = await popupGoals();
    expect(bars).toEqual([0, 10]);
    expect(text).toContain('10/30 min');
  });
});

// A goal's pace in the goals list is worked out from the same minutes as in its view: a goal
// whose only minutes last week were on a learning site named for it met that week in both.
describe('a goal’s pace counts its learning-site time in the list as in its view', () => {
  /** Monday 16 November, local: the goal began with last week. */
  const WRITING = goal({
    id: 'g-write',
    title: 'Technical writing',
    weeklyMinutes: 60,
    createdAt: new Date(2026, 10, 16, 9).getTime(),
    updatedAt: new Date(2026, 10, 16, 9).getTime(),
  });
  let h2: Launched;

  beforeAll(async () => {
    h2 = await launch({ now: NOW });
    const page = await h2.ctx.newPage();
    await page.goto(`chrome-extension://${h2.extensionId}/src/options/index.html#goals`);
    await page.getByRole('button', { name: 'New goal' }).waitFor();
    await page.evaluate(() =>
      chrome.storage.sync.set({
        display: { weekStartsOn: 1 },
        tracking: { learning: ['docs.getdbt.com'], siteGoals: { 'docs.getdbt.com': ['g-write'] } },
      }),
    );
    await seedRows(page, 'goals', [WRITING]);
    // 70 minutes on the named site last Wednesday: last week's 60-minute target met by site time alone.
    await seedRows(page, 'activity', [
      { day: '2026-11-18', host: 'docs.getdbt.com', category: 'learning', seconds: 4200 },
    ]);
    await page.close();
  });
  afterAll(async () => {
    await h2?.close();
  });

  test('the row and the view both say on track, 1 of 1 week met', async () => {
    const page = await h2.ctx.newPage();
    await page.goto(`chrome-extension://${h2.extensionId}/src/options/index.html#goals/g-write`);
    const inView = page.getByTestId('goal-view').getByTestId('goal-pace');
    await expect.poll(() => inView.getAttribute('data-state')).toBe('on-track');
    const viewText = await inView.innerText();
    expect(viewText).toBe('On track: 1 of 1 week met');

    await page.goto(`chrome-extension://${h2.extensionId}/src/options/index.html#goals`);
    const inRow = page.locator('[data-goal-id="g-write"]').getByTestId('goal-pace');
    await expect.poll(() => inRow.getAttribute('data-state')).toBe('on-track');
    expect(await inRow.innerText()).toBe(viewText);
    await page.close();
  });
});
