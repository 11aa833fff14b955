// The save path when storage fails: the person is told, the icon says so, nothing is half-written.
import { fakeBrowser } from '@webext-core/fake-browser';
import Dexie from 'dexie';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { saveTab, type SaveDeps } from '../../../src/background/save';
import { openDb, type LearnmarkDb } from '../../../src/db/db';
import { pageCapture, saveDeps, tabAt } from './save-fixtures';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

let database: LearnmarkDb;
let n = 0;
const badge = vi.fn(async () => undefined);
const capture = pageCapture('https://a.example/post', { title: 'T', siteName: null, text: 'words' });
const deps = (): SaveDeps => saveDeps(() => database, capture, { badge });
const tab = tabAt('https://a.example/post', 7);

beforeEach(() => {
  database = openDb(`save-failures-${++n}`);
  badge.mockClear();
});
afterEach(() => database.delete());

/** Makes every write to `items` fail with `error` from inside the transaction, as a full disk does. */
function failWrites(error: Error) {
  database.use({
    stack: 'dbcore',
    name: 'fail-writes',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return name === 'items' ? { ...table, mutate: () => Promise.reject(error) } : table;
      },
    }),
  });
}

test('a full disk: the person is told, the icon shows !, and nothing is stored', async () => {
  failWrites(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
  const result = await saveTab({ tab, via: 'popup' }, deps());
  expect(result).toMatchObject({ ok: false, reason: 'storage-full' });
  expect(badge).toHaveBeenCalledWith('problem', 7);
  database.close();
  const fresh = openDb(database.name);
  expect(await fresh.items.count()).toBe(0);
  fresh.close();
});

test('any other storage error is reported as an error, not a success', async () => {
  failWrites(new Dexie.DatabaseClosedError('closed'));
  const result = await saveTab({ tab, via: 'popup' }, deps());
  expect(result).toMatchObject({ ok: false, reason: 'error' });
  expect(badge).toHaveBeenCalledWith('problem', 7);
});
