// Seeds the extension's database from one of its pages, the way the extension itself would
// have written it (items carry their search words, as the database layer adds them).
import type { Page } from 'playwright-core';
import { searchWordsOf } from '../../src/core/search-words';
import type { Item } from '../../src/core/item';

export async function seedRows(page: Page, table: string, rows: object[]): Promise<void> {
  await page.evaluate(
    ({ table, rows }) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('learnmark');
        open.onsuccess = () => {
          const tx = open.result.transaction(table, 'readwrite');
          for (const row of rows) tx.objectStore(table).put(row);
          tx.oncomplete = () => (open.result.close(), resolve(null));
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    { table, rows },
  );
}

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
  return { ...base, searchWords: searchWordsOf(base) };
}
