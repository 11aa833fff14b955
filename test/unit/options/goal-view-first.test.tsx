// @vitest-environment jsdom
// A page opened on a goal's view draws the view whole on its first draw from the rows it read as
// it loaded (db/goal-first-read.ts), once: a view drawn again reads live. The live reads load
// after that first draw and take over the same view.
import 'fake-indexeddb/auto';
import { fakeBrowser } from '@webext-core/fake-browser';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { db } from '../../../src/db/db';
import { loadSettings, saveSettings } from '../../../src/db/tracking-settings';
import { beforeEach, expect, test, vi } from 'vitest';
import type { Item } from '../../../src/core/item/model';
import type { LogEntry } from '../../../src/core/log/model';
import type { GoalViewRows } from '../../../src/db/goal-first-read';
import { GoalView } from '../../../src/options/sections/GoalView';
import { prepareFirstDraw, takeFirstDraw } from '../../../src/options/sections/goal-view-first';
import { goal } from '../goal-fixtures';
import { renderRoot } from '../ui/render-root';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));
const rootOf = renderRoot();

const data = goal({ id: 'g-data', title: 'Data engineering', weeklyItems: 3 });
const item = (id: string, title: string) =>
  ({
    id,
    url: `https://a.example/${id}`,
    title,
    siteName: 'A',
    goalIds: ['g-data'],
    tags: [],
    text: 'x',
    readingMinutes: 4,
    savedAt: Date.UTC(2026, 10, 2),
    status: 'unread',
    doneAt: null,
    engagedSeconds: 0,
    capture: 'full',
    textCutChars: 0,
  }) as unknown as Item;
const entry = (id: string, day: string, createdAt: number) =>
  ({
    id,
    title: id,
    kind: 'book',
    minutes: 10,
    day,
    goalIds: ['g-data'],
    note: '',
    createdAt,
    updatedAt: createdAt,
  }) as LogEntry;
const rows = (): GoalViewRows => ({
  goals: [data, goal({ id: 'g-talk', title: 'Public speaking', order: 1 })],
  items: [item('a', 'Incremental models in dbt'), item('b', 'Airflow sensors')],
  logged: [entry('older', '2026-11-01', 5), entry('newer', '2026-11-03', 1), entry('later-made', '2026-11-01', 9)],
  reviewed: [{ id: 'r', cardId: 'c', itemId: 'a', goalIds: ['g-data'], day: '2026-11-03', at: 1, seconds: 120 }],
});

beforeEach(async () => {
  fakeBrowser.reset();
  await Promise.all([db().items.clear(), db().goals.clear(), db().logEntries.clear(), db().reviewLog.clear()]);
});

const missing = <p data-testid="missing">list</p>;
const titles = () => [...rootOf().querySelectorAll('[data-testid="goal-items"] .item-title')].map((a) => a.textContent);

test('the rows read as the page opened are the goal’s, once, with entries newest day first and review time counted', async () => {
  await prepareFirstDraw('g-data', Promise.resolve(rows()));
  expect(takeFirstDraw('g-talk')).toBeUndefined();
  const first = takeFirstDraw('g-data');
  expect(first?.goals.map((g) => g.id)).toEqual(['g-data', 'g-talk']);
  expect(first?.logged.map((e) => e.id)).toEqual(['newer', 'later-made', 'older']);
  expect(first?.logs).toContainEqual({ day: '2026-11-03', minutes: 2, fromReview: true });
  expect(takeFirstDraw('g-data')).toBeUndefined();
});

test('rows that could not be read, or a goal a learning site names, leave the view to its live reads', async () => {
  await prepareFirstDraw('g-data', Promise.resolve(null));
  expect(takeFirstDraw('g-data')).toBeUndefined();
  await saveSettings({
    ...(await loadSettings()),
    learning: ['docs.getdbt.com'],
    siteGoals: { 'docs.getdbt.com': ['g-data'] },
  });
  await prepareFirstDraw('g-data', Promise.resolve(rows()));
  expect(takeFirstDraw('g-data')).toBeUndefined();
});

test('the view opened on draws its figures and items on its first draw, before any read of its own', async () => {
  await prepareFirstDraw('g-data', Promise.resolve(rows()));
  act(() => render(<GoalView goalId="g-data" missing={missing} />, rootOf()));
  const view = rootOf().querySelector('[data-testid="goal-view"]');
  expect(view?.querySelector('h2')?.textContent).toContain('Data engineering');
  expect(titles()).toEqual(['Incremental models in dbt', 'Airflow sensors']);
  expect(rootOf().querySelector('progress')).not.toBeNull();
  // Drawn again (the person came back to it), the view reads for itself: nothing until it has.
  act(() => render(null, rootOf()));
  act(() => render(<GoalView goalId="g-data" missing={missing} />, rootOf()));
  expect(rootOf().querySelector('[data-testid="goal-view"]')).toBeNull();
});

test('its live reads take over the same view: what changed in the database shows, the view stays', async () => {
  const { goals, items } = rows();
  await db().goals.bulkAdd(goals);
  await db().items.bulkAdd([...items, item('c', 'Data contracts')]);
  await prepareFirstDraw('g-data', Promise.resolve(rows()));
  act(() => render(<GoalView goalId="g-data" missing={missing} />, rootOf()));
  const view = rootOf().querySelector('[data-testid="goal-view"]');
  expect(titles()).not.toContain('Data contracts');
  // The live reads load Dexie first: seconds on a loaded machine (the wait is for the rows, never a time).
  await vi.waitFor(() => expect(titles()).toContain('Data contracts'), { timeout: 20_000 });
  expect(rootOf().querySelector('[data-testid="goal-view"]')).toBe(view);
  // The goal deleted meanwhile: the view gives way to the list.
  await act(() => db().goals.delete('g-data'));
  await vi.waitFor(() => expect(rootOf().querySelector('[data-testid="missing"]')).not.toBeNull(), { timeout: 20_000 });
});

test('its first draw lists a screenful of items, and the rest of the first fifty just after', async () => {
  const many = Array.from({ length: 60 }, (_, i) => item(`m${i}`, `Item ${i}`));
  // The same rows in the database: the live reads that take over find what the first draw had.
  await db().goals.bulkAdd(rows().goals);
  await db().items.bulkAdd(many);
  await prepareFirstDraw('g-data', Promise.resolve({ ...rows(), items: many }));
  // Not in act(): what the first draw shows, before its effects run.
  render(<GoalView goalId="g-data" missing={missing} />, rootOf());
  expect(titles()).toHaveLength(15);
  const showAll = () => [...rootOf().querySelectorAll('button')].find((b) => b.textContent?.startsWith('Show all'));
  await vi.waitFor(() => expect(titles()).toHaveLength(50));
  expect(showAll()).toBeDefined();
  act(() => showAll()!.click());
  expect(titles()).toHaveLength(60);
  expect(showAll()).toBeUndefined();
});

test('an achieved goal’s view says nothing of its pace: it is not behind, it is done (as its row)', async () => {
  const paced = () => rootOf().querySelector('[data-testid="goal-view"] [data-testid="goal-pace"]');
  await prepareFirstDraw('g-data', Promise.resolve(rows()));
  act(() => render(<GoalView goalId="g-data" missing={missing} />, rootOf()));
  expect(paced()).not.toBeNull();
  act(() => render(null, rootOf()));
  const done = rows();
  done.goals = done.goals.map((g) => (g.id === 'g-data' ? { ...g, status: 'achieved' as const } : g));
  await prepareFirstDraw('g-data', Promise.resolve(done));
  act(() => render(<GoalView goalId="g-data" missing={missing} />, rootOf()));
  expect(rootOf().querySelector('[data-testid="goal-view"]')).not.toBeNull();
  expect(paced()).toBeNull();
});
