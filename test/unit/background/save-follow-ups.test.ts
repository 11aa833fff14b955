// A save answers once the item is stored; the icon's mark and the item's words for search
// follow the answer, and indexing that fails is recorded and stays queued, never lost.
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { saveTab, type SaveDeps } from '../../../src/background/save';
import { afterReply, followUpsSettled } from '../../../src/background/save-follow-ups';
import { openDb, type LearnmarkDb } from '../../../src/db/db';
import { lastProblem } from '../../../src/db/problems';
import { indexPending } from '../../../src/db/search-index';
import { pageCapture, saveDeps, tabAt } from './save-fixtures';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

let database: LearnmarkDb;
let n = 0;
const badge = vi.fn(async () => undefined);
const tab = tabAt('https://a.example/post', 7);
const capture = pageCapture('https://a.example/post', {
  title: 'Query planners',
  text: 'How the planner picks a join',
});
const deps = (later: SaveDeps['later']): SaveDeps => saveDeps(() => database, capture, { badge, later });
const wordsOf = async (id: string) => (await database.words.where('id').equals(id).toArray())[0]?.w ?? null;

beforeEach(() => {
  database = openDb(`save-follow-ups-${++n}`);
  badge.mockClear();
  fakeBrowser.reset();
});
afterEach(() => database.delete());

test('the answer comes before the icon and the words: the item and its queue entry are stored first', async () => {
  const tasks: (() => Promise<unknown>)[] = [];
  const result = await saveTab(
    { tab, via: 'popup' },
    deps((task) => tasks.push(task)),
  );
  if (!result.ok) throw new Error(`not saved: ${result.reason}`);
  const id = result.item.id;
  // Answered: the item is there, its words only queued, the icon not yet marked.
  expect(await database.items.get(id)).toMatchObject({ title: 'Query planners' });
  expect(await database.pendingIndex.toArray()).toEqual([{ id }]);
  expect(await wordsOf(id)).toBeNull();
  expect(badge).not.toHaveBeenCalled();
  expect(tasks).toHaveLength(1);
  await tasks[0]!();
  expect(badge).toHaveBeenCalledWith('saved', 7);
  expect(await wordsOf(id)).toEqual(expect.arrayContaining([expect.stringContaining('planner')]));
  expect(await database.pendingIndex.count()).toBe(0);
});

test('indexing that fails after the answer is recorded, stays queued, and the next run indexes it', async () => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  let failures = 1;
  database.use({
    stack: 'dbcore',
    name: 'words-fail-once',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        if (name !== 'words') return table;
        return {
          ...table,
          mutate: (req) =>
            req.type === 'put' && failures-- > 0 ? Promise.reject(new Error('disk hiccup')) : table.mutate(req),
        };
      },
    }),
  });
  const result = await saveTab(
    { tab, via: 'popup' },
    deps((task) => afterReply(task, 'searchIndex')),
  );
  if (!result.ok) throw new Error(`not saved: ${result.reason}`);
  await followUpsSettled();
  expect(await lastProblem()).toMatchObject({ where: 'searchIndex', message: expect.stringContaining('disk hiccup') });
  // The item stands, the icon said so, and its words wait in the queue for the indexer's next run.
  expect(await database.items.count()).toBe(1);
  expect(badge).toHaveBeenCalledWith('saved', 7);
  expect(await database.pendingIndex.toArray()).toEqual([{ id: result.item.id }]);
  // What the worker's flush alarm (or its next start) runs: background/search-indexer.ts.
  expect(await indexPending(database)).toBe(1);
  expect(await wordsOf(result.item.id)).not.toBeNull();
  expect(await database.pendingIndex.count()).toBe(0);
});
