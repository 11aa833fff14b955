// The background indexer records its failure where the person can see it (Options → About),
// instead of swallowing it.
import { fakeBrowser } from '@webext-core/fake-browser';
import { expect, test, vi } from 'vitest';
import { registerSearchIndexer } from '../../../src/background/search-indexer';
import { db } from '../../../src/db/db';
import { lastProblem } from '../../../src/db/problems';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

test('a failed indexing run is recorded as the last problem', async () => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  registerSearchIndexer('flush');
  // A real failure: the database is closed under the indexer (as when the browser shuts it).
  db().close();
  await fakeBrowser.alarms.onAlarm.trigger({ name: 'flush', scheduledTime: 0, persistAcrossSessions: false });
  const problem = await lastProblem();
  expect(problem).toMatchObject({ where: 'searchIndex', message: expect.stringContaining('DatabaseClosed') });
  expect(console.error).toHaveBeenCalled();
});
