// Items for seeding the extension's database (seedRows in harness.mjs), as the extension
// itself would have written them: with their search words, as the database layer adds them.
export { seedRows } from './harness.mjs';
import { fieldWordsOf, searchWordsOf } from '../../src/core/item/search-words';
import type { Item } from '../../src/core/item/model';
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
  return { ...base, searchWords: searchWordsOf(base), fieldWords: fieldWordsOf(base) };
}

/** Every row of a table of the extension's database, read from an extension page. */
export function readRows<T>(page: Page, table: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('learnmark');
        open.onerror = () => reject(open.error ?? new Error(`cannot open the database`));
        open.onsuccess = () => {
          const req = open.result.transaction(name).objectStore(name).getAll();
          req.onsuccess = () => (resolve(req.result as T[]), open.result.close());
          req.onerror = () => reject(req.error ?? new Error(`cannot read ${name}`));
        };
      }),
    table,
  );
}
