// Items for seeding the extension's database, as the extension itself would have written them:
// `seedRows` of items also writes their search words (the `words` table), as the database
// layer does.
import { databaseReady, seedRows as seedTable } from './harness.mjs';
import { wordsRowOf } from '../../src/db/search-words';
import type { Item } from '../../src/core/item/model';
import type { Activity } from '../../src/core/tracking/model';
import { daySitesFromActivity } from '../../src/core/tracking/day-sites';
import type { Page } from 'playwright-core';

let n = 0;
export function item(over: Partial<Item> & Pick<Item, 'title' | 'savedAt'>): Item {
  const id = `seed-${++n}`;
  const base: Item = {
    id,
    url: `https://seed.example/${id}`,
    originalUrl: `https://seed.example/${id}`,
    kind: 'article',
    author: null,
    siteName: 'Seed',
    excerpt: null,
    lang: 'en',
    handle: null,
    canonicalUrl: null,
    publishedAt: null,
    text: '',
    quote: null,
    wordCount: 1000,
    readingMinutes: 5,
    goalIds: [],
    tags: [],
    status: 'unread',
    note: '',
    updatedAt: over.savedAt,
    doneAt: null,
    engagedSeconds: 0,
    via: 'popup',
    capture: 'full',
    textCutChars: 0,
    ...over,
  };
  return base;
}

/**
 * Rows into a table of the extension's database; items with their search words, activity with
 * its days' time per site (rebuilt from all of those days' activity, as a restore does).
 */
export async function seedRows(page: Page, table: string, rows: object[], batch?: number): Promise<void> {
  await seedTable(page, table, rows, batch);
  if (table === 'items')
    await seedTable(
      page,
      'words',
      (rows as Item[]).map((row) => wordsRowOf(row, [])),
      batch,
    );
  if (table === 'activity') {
    const days = new Set((rows as Activity[]).map((r) => r.day));
    const all = (await readRows<Activity>(page, 'activity')).filter((r) => days.has(r.day));
    await seedTable(page, 'daySites', daySitesFromActivity(all), batch);
  }
}

/** Every row of a table of the extension's database, read from an extension page. */
export async function readRows<T>(page: Page, table: string): Promise<T[]> {
  await databaseReady(page);
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('learnmark');
        open.onerror = () => reject(new Error(`cannot open learnmark: ${String(open.error)}`));
        open.onsuccess = () => {
          const req = open.result.transaction(name).objectStore(name).getAll();
          req.onsuccess = () => (resolve(req.result as T[]), open.result.close());
          req.onerror = () => reject(new Error(`cannot read ${name}: ${String(req.error)}`));
        };
      }),
    table,
  );
}
