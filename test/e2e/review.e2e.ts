/// <reference types="chrome" />
// The daily review, end to end: a takeaway written in the library becomes a card that asks for
// it by the item's title and source, shows it on request and names the item's goal; clearing
// the takeaway takes the card out, with Undo. The daily limit set in Options decides the
// popup's count and the review's length, counting the answers made today; a goal's view opens
// the review on that goal's cards. The popup's Done form clearing a takeaway offers Undo too.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { seriousViolations } from './a11y.mjs';
import { launch, unfold, type Launched } from './harness.mjs';
import { item, readRows, seedRows } from './seed';
import { goal } from '../unit/goal-fixtures';
import { newCard, takeawayCardId } from '../../src/core/review/card';

const NOW = new Date(2026, 10, 30, 9).getTime();
const MINUTE = 60_000;
const SQL = goal({ id: 'g-sql', title: 'SQL performance', weeklyMinutes: 60 });
const LEAD = goal({ id: 'g-lead', title: 'Leading people', weeklyMinutes: 30, order: 1 });
const PLANS = item({
  id: 'i-plans',
  title: 'Reading query plans',
  siteName: 'Use The Index, Luke',
  savedAt: NOW - 3_600_000,
  goalIds: [SQL.id],
});
/** Items whose takeaways were written before: their cards wait in the review. */
const NOTED = [
  item({
    id: 'i-idx',
    title: 'Covering indexes',
    savedAt: NOW - 7_200_000,
    goalIds: [SQL.id],
    note: 'Cover the hot query',
  }),
  item({ id: 'i-1on1', title: 'Good one-on-ones', savedAt: NOW - 7_300_000, goalIds: [LEAD.id], note: 'Listen first' }),
  item({ id: 'i-vac', title: 'Vacuum, explained', savedAt: NOW - 7_400_000, goalIds: [SQL.id], note: 'Vacuum often' }),
];

let h: Launched;
let library: Page;
const pageUrl = (path: string) => `chrome-extension://${h.extensionId}/src/${path}`;
const cardIds = async (page: Page) => (await readRows<{ id: string }>(page, 'reviewCards')).map((c) => c.id).sort();

/** Writes (or clears) an item's takeaway in the library's editor. */
async function writeTakeaway(title: string, note: string) {
  await library.getByRole('button', { name: `Edit ${title}` }).click();
  const editor = library.getByRole('form', { name: 'Edit item' });
  await editor.getByLabel('Takeaway').fill(note);
  await editor.getByRole('button', { name: 'Save changes' }).click();
  await editor.waitFor({ state: 'detached' });
}

describe('review', () => {
  beforeAll(async () => {
    h = await launch({ now: NOW });
    library = await h.ctx.newPage();
    await library.goto(pageUrl('library/index.html'));
    await library.getByTestId('library-count').waitFor(); // the database is open: seed it
    await seedRows(library, 'goals', [SQL, LEAD]);
    await seedRows(library, 'items', [PLANS]);
    await library.reload();
    await library.getByRole('button', { name: `Edit ${PLANS.title}` }).waitFor();
  });
  afterAll(async () => {
    await h?.close();
  });

  test('a takeaway becomes a card: asked by title and source, shown on request, with its goal; cleared, it leaves with Undo', async () => {
    await writeTakeaway(PLANS.title!, 'Read the plan bottom-up, not top-down');
    await expect.poll(() => cardIds(library)).toEqual(['takeaway-i-plans']);

    const SHOWN = NOW + 20 * MINUTE;
    await h.setNow(SHOWN);
    const review = await h.ctx.newPage();
    await review.goto(pageUrl('review/index.html'));
    const card = review.getByTestId('review-card');
    await card.getByText('What did you take away from this?').waitFor();
    expect(await card.innerText()).toContain('Reading query plans\n\nUse The Index, Luke');
    expect(await card.getByTestId('review-goals').innerText()).toBe('SQL performance');
    // Recall first: the takeaway and the answers wait until the person asks for it.
    expect(await card.getByTestId('review-takeaway').count()).toBe(0);
    expect(await card.getByRole('button', { name: 'Good' }).count()).toBe(0);
    // Two minutes with the card in view, then ten behind another tab: only the two count.
    // Headless Chromium keeps every tab visible, so the page is told it was hidden the way the
    // browser tells it: visibilityState and a visibilitychange event.
    const setVisibility = (state: 'hidden' | 'visible') =>
      review.evaluate((state) => {
        Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
        document.dispatchEvent(new Event('visibilitychange'));
      }, state);
    await h.setNow(SHOWN + 2 * MINUTE);
    await setVisibility('hidden');
    await h.setNow(SHOWN + 12 * MINUTE);
    await setVisibility('visible');
    await card.getByRole('button', { name: 'Show my takeaway' }).click();
    await expect(card.getByTestId('review-takeaway').innerText()).resolves.toBe(
      'Read the plan bottom-up, not top-down',
    );
    expect(await seriousViolations(review)).toEqual([]);
    await card.getByRole('button', { name: 'Good' }).click();
    await review
      .getByTestId('review-status')
      .getByText(/^Next review of that card: /)
      .waitFor();
    const [spent] = await readRows<{ seconds: number; goalIds: string[]; itemId: string }>(review, 'reviewLog');
    expect(spent).toMatchObject({ itemId: PLANS.id, goalIds: [SQL.id] });
    // The clock moved 12 minutes; the slack is the real time the page took to draw the card
    // (less) and the steps after (more).
    expect(spent!.seconds).toBeGreaterThanOrEqual(90);
    expect(spent!.seconds).toBeLessThan(300);
    await review.close();

    await writeTakeaway(PLANS.title!, '');
    const toast = library.getByRole('status').filter({ hasText: 'Takeaway cleared, and its review card with it.' });
    await toast.waitFor();
    await expect.poll(() => cardIds(library)).toEqual([]);
    await toast.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => cardIds(library)).toEqual(['takeaway-i-plans']);
    // The same card, with the answer above: Undo kept its schedule.
    const [back] = await readRows<{ reps: number }>(library, 'reviewCards');
    expect(back!.reps).toBe(1);
  });

  test('the daily limit from Options sets the popup count and the review; a goal view reviews only that goal', async () => {
    await seedRows(library, 'items', NOTED);
    await seedRows(
      library,
      'reviewCards',
      NOTED.map((i, n) => newCard('takeaway', i.id, { id: takeawayCardId(i.id), now: NOW - (n + 1) * 86_400_000 })),
    );
    const popup = await h.ctx.newPage();
    await popup.goto(pageUrl('popup/index.html'));
    // The three seeded cards and the one answered Good above (due again in ten minutes).
    await popup.getByRole('link', { name: '4 to review today' }).waitFor();

    const options = await h.ctx.newPage();
    await options.goto(pageUrl('options/index.html#review'));
    const limit = options.getByLabel('Cards to review a day');
    await limit.fill('0');
    await limit.press('Enter');
    await options.getByRole('alert').getByText('Enter a whole number from 1 to 50.').waitFor();
    await limit.fill('2');
    await limit.press('Enter');
    await options.getByRole('status').getByText('Saved').waitFor();
    expect(await seriousViolations(options)).toEqual([]);
    await popup.reload();
    // The limit counts today's answers: two a day, one answered above, one left.
    await popup.getByRole('link', { name: '1 to review today' }).waitFor();
    // The answer's time is learning for the item's goal (SQL performance, the first goal row).
    const [spent] = await readRows<{ seconds: number }>(popup, 'reviewLog');
    const bars = await popup
      .getByTestId('goal-minutes-bar')
      .evaluateAll((els) => els.map((e) => (e as HTMLProgressElement).value));
    expect(bars).toEqual([Math.round(spent!.seconds / 60), 0]);
    await popup.close();

    await options.goto(pageUrl(`options/index.html#goals/${SQL.id}`));
    const [review] = await Promise.all([
      h.ctx.waitForEvent('page'),
      options.getByRole('link', { name: 'Review this goal' }).click(),
    ]);
    await review.getByTestId('review-goal').getByText('Only cards for SQL performance.').waitFor();
    // Most overdue first, SQL only: the vacuum card is the day's second answer, the last the
    // limit allows; "Review more anyway" goes on to the covering-index one.
    const card = review.getByTestId('review-card');
    const answerEasy = async (title: string) => {
      await card.getByText(title, { exact: true }).waitFor();
      expect(await card.getByTestId('review-goals').innerText()).toBe('SQL performance');
      await card.getByRole('button', { name: 'Show my takeaway' }).click();
      await card.getByRole('button', { name: 'Easy' }).click();
    };
    await answerEasy('Vacuum, explained');
    const doneToday = review.getByTestId('review-done-today');
    await doneToday.getByText('Done for today: you answered as many cards as your daily limit.').waitFor();
    expect(await card.count()).toBe(0);
    expect(await seriousViolations(review)).toEqual([]);
    await doneToday.getByRole('button', { name: 'Review more anyway' }).click();
    await answerEasy('Covering indexes');
    // Another day's limit: the takeaway answered Good this morning is due again, and shown.
    await card.getByText(PLANS.title!, { exact: true }).waitFor();
    expect(await readRows(review, 'reviewLog')).toHaveLength(3);
    expect(await seriousViolations(review)).toEqual([]);
    expect(h.guard.requests).toEqual([]);
  });

  test('the popup’s Done form clearing a takeaway offers Undo, which brings its card back with its schedule', async () => {
    const HABITS = item({
      id: 'i-habits',
      title: 'Atomic habits at work',
      savedAt: NOW - MINUTE,
      goalIds: [LEAD.id],
      note: 'Start two minutes a day',
    });
    await seedRows(library, 'items', [HABITS]);
    await seedRows(library, 'reviewCards', [
      {
        id: 'takeaway-i-habits',
        source: 'takeaway',
        sourceId: HABITS.id,
        due: NOW + 3 * 86_400_000,
        stability: 3.2,
        difficulty: 5.1,
        elapsed_days: 0,
        scheduled_days: 3,
        learning_steps: 0,
        reps: 1,
        lapses: 0,
        state: 2,
        last_review: NOW - 3_600_000,
        suspended: false,
      },
    ]);
    const popup = await h.ctx.newPage();
    await popup.goto(pageUrl('popup/index.html'));
    await unfold(popup, 'upnext');
    const upNext = popup.getByTestId('up-next');
    await upNext.getByRole('button', { name: new RegExp(`^Done\\W+${HABITS.title}$`) }).click();
    const form = upNext.getByTestId('takeaway-form');
    await form.getByLabel(/takeaway/i).fill('');
    await form.getByRole('button', { name: 'Done', exact: true }).click();
    const cleared = popup.getByRole('status').filter({ hasText: 'Takeaway cleared, and its review card with it.' });
    await cleared.waitFor();
    await expect.poll(async () => (await cardIds(popup)).includes('takeaway-i-habits')).toBe(false);
    expect(await seriousViolations(popup)).toEqual([]);
    await cleared.getByRole('button', { name: 'Undo' }).click();
    await cleared.waitFor({ state: 'detached' });
    const back = (await readRows<{ id: string; reps: number; due: number }>(popup, 'reviewCards')).find(
      (c) => c.id === 'takeaway-i-habits',
    );
    expect(back).toMatchObject({ reps: 1, due: NOW + 3 * 86_400_000 });
    const [habits] = (await readRows<{ id: string; note: string; status: string }>(popup, 'items')).filter(
      (i) => i.id === HABITS.id,
    );
    expect(habits).toMatchObject({ note: 'Start two minutes a day', status: 'done' });
    expect(h.guard.requests).toEqual([]);
  });
});
