/// <reference types="chrome" />
// The popup's first run, end to end: each example goal shows its keywords and its weekly
// target, both editable; rewriting an example's title clears the example's keywords; what is
// added is what was shown. axe on the onboarding.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { seriousViolations } from './a11y.mjs';
import { launch, type Launched } from './harness.mjs';
import { readRows } from './seed';

const ARTICLE = 'https://engineering.example.com/posts/query-planner.html';

let h: Launched;
let popup: Page;

const storedGoals = (page: Page) =>
  readRows<{ title: string; keywords: string[]; weeklyItems: number | null }>(page, 'goals');

describe('onboarding', () => {
  beforeAll(async () => {
    h = await launch({ now: new Date(2026, 10, 25, 12).getTime() });
    const tab = await h.ctx.newPage();
    await tab.goto(ARTICLE);
    popup = await h.openPopupFor(tab);
    await popup.setViewportSize({ width: 360, height: 900 });
    await popup.getByTestId('onboarding').waitFor();
  });
  afterAll(async () => {
    await h?.close();
  });

  test('keywords and the target are shown and editable; a new title drops the example’s keywords', async () => {
    const onboarding = popup.getByTestId('onboarding');
    const keywords = (n: number) => onboarding.getByLabel(`Keywords for goal ${n}`);
    const target = (n: number) => onboarding.getByLabel(`Finished items a week for goal ${n}`);
    expect(await keywords(1).inputValue()).toBe('SQL, database, query, Postgres');
    expect(await target(1).inputValue()).toBe('3');
    expect(await seriousViolations(popup), 'onboarding').toEqual([]);

    await onboarding.getByLabel('Goal 1', { exact: true }).fill('Get better at data engineering');
    expect(await keywords(1).inputValue()).toBe('');
    await keywords(1).fill('dbt, Airflow, data warehouse');
    await target(1).fill('2');
    // The second example, kept as it is, with its own keywords.
    const secondKeywords = await keywords(2).inputValue();
    expect(secondKeywords).not.toBe('');
    await onboarding.getByRole('checkbox').nth(1).check();
    await onboarding.getByRole('button', { name: 'Add goals (2)' }).click();

    await popup.getByTestId('onboarding').waitFor({ state: 'detached' });
    const goals = await storedGoals(popup);
    expect(goals.map((g) => [g.title, g.keywords, g.weeklyItems])).toEqual(
      expect.arrayContaining([
        ['Get better at data engineering', ['dbt', 'Airflow', 'data warehouse'], 2],
        [expect.any(String), secondKeywords.split(',').map((k) => k.trim()), 3],
      ]),
    );
    expect(goals).toHaveLength(2);
  });
});
