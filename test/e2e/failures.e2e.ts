// When the worker fails, pages say so and stay usable, and background failures are shown in
// Options → About. The failures are real: a damaged row in the database (as a bug or a broken
// restore could leave) makes the worker's own code throw, inside its real message handler or
// background job; nothing in the extension is replaced or mocked.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { seriousViolations } from './a11y.mjs';
import { clearTable, fixturesDir, launch, seedRows, type Launched } from './harness.mjs';
import { item } from './seed';

let h: Launched;
let options: Page;

const optionsUrl = (hash: string) => `chrome-extension://${h.extensionId}/src/options/index.html#${hash}`;

describe('failures', () => {
  beforeAll(async () => {
    h = await launch();
    options = await h.ctx.newPage();
    // Opening a page creates the database, so rows can be seeded into its tables.
    await options.goto(optionsUrl('goals'));
    await options.getByRole('heading', { name: 'Goals' }).waitFor();
  });
  afterAll(async () => {
    await h?.close();
  });

  test('a goal the worker fails to save shows an alert, and the form works again', async () => {
    // A goal whose title is not text: the worker's duplicate-title check throws on it, so the
    // goal-save message rejects in the page.
    const damaged = { id: 'damaged', title: 42, why: '', keywords: [], weeklyMinutes: null, weeklyItems: null };
    await seedRows(options, 'goals', [
      { ...damaged, color: '#0b5cad', status: 'active', createdAt: 0, updatedAt: 0, targetDate: null, order: 0 },
    ]);
    await options.reload();
    await options.getByRole('button', { name: 'New goal' }).click();
    await options.getByLabel('Goal', { exact: true }).fill('Get better at SQL');
    const create = options.getByRole('button', { name: 'Create goal' });
    await create.click();

    const alert = options.getByTestId('action-error');
    await alert.waitFor();
    expect(await alert.getAttribute('role')).toBe('alert');
    expect(await alert.innerText()).toBe("Learnmark couldn't do that. Please try again.");
    expect(await create.isEnabled()).toBe(true);
    expect(await seriousViolations(options), 'goal form with an alert').toEqual([]);

    // Repaired, the same form saves on the next try and the alert goes away.
    await clearTable(options, 'goals');
    await create.click();
    // The damaged row stays drawn until the page hears of the worker's write (clearTable went
    // around Dexie), so wait for the new goal itself, then for the damaged one to be gone.
    await options.locator('[data-goal-id]', { hasText: 'Get better at SQL' }).waitFor();
    await options.locator('[data-goal-id="damaged"]').waitFor({ state: 'detached' });
    expect(await options.locator('[data-goal-id]').count()).toBe(1);
    expect(await options.getByTestId('action-error').count()).toBe(0);
  });

  test('an answer of null reaches the page as null, not as no answer', async () => {
    // ui/ask treats `undefined` as "the worker did not answer"; a real null must stay null.
    const answer = await options.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'goal-delete', payload: { id: 'no-such-goal' } }),
    );
    expect(answer).toBeNull();
  });

  test('a failed background job is shown in About, without page content, and can be cleared', async () => {
    // An item whose text is not text, queued for search indexing: the worker's indexer throws
    // on it when an import sets it going.
    // Queued as a bulk write leaves its items: no search words yet.
    const broken = { ...item({ title: 'Private notes', savedAt: Date.UTC(2026, 0, 5) }), text: 42, searchWords: [] };
    await seedRows(options, 'items', [broken]);
    await seedRows(options, 'pendingIndex', [{ id: broken.id }]);
    await options.goto(optionsUrl('data'));
    await options
      .getByLabel('Choose a file to import or restore')
      .setInputFiles(join(fixturesDir, 'import', 'pocket.csv'));
    await options.getByRole('button', { name: 'Import 3 items' }).click();
    await options.getByTestId('data-result').waitFor();

    await options.goto(optionsUrl('about'));
    const line = options.getByTestId('last-problem');
    await line.waitFor({ timeout: 30_000 });
    const text = await line.innerText();
    expect(text).toMatch(/^Last problem: Preparing items for search failed \(TypeError: .+\) on .+\./);
    expect(text).not.toContain('Private notes');
    expect(text).not.toContain('seed.example');
    expect(await seriousViolations(options), 'about with a problem').toEqual([]);

    await line.getByRole('button', { name: 'Clear' }).click();
    await expect.poll(() => options.getByTestId('last-problem').count()).toBe(0);
    await options.reload();
    await options.getByRole('heading', { name: 'About' }).waitFor();
    expect(await options.getByTestId('last-problem').count()).toBe(0);
  });
});
