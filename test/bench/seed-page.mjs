// Bundled into an IIFE by seed-library.mjs and run in an extension page: makes bench items with
// realistic.mjs and their search words with the build's own rule (db/search-words `wordsRowOf`),
// and writes both with raw IndexedDB in a few large transactions. Nothing crosses from Node but
// the spec, and no row waits for the background indexer.
import { wordsRowOf } from '../../src/db/search-words.ts';
import { makeItems } from './realistic.mjs';

/**
 * Extra storage search needs: its `words` rows (each item's word entries, keyed by minus its
 * saving time and its id) and the `w` index over them, each index entry a word and the row's
 * key, as UTF-8 bytes (a number's key as 8). What IndexedDB adds per entry on disk (LevelDB
 * framing, compression) is left out: it is not ours to measure here.
 */
function indexBytes(rows) {
  const encoder = new TextEncoder();
  const bytes = (s) => encoder.encode(s).length;
  let total = 0;
  for (const row of rows) {
    const key = 8 + bytes(row.id);
    total += key + row.w.reduce((sum, w) => sum + bytes(w), 0);
    for (const w of row.w) total += bytes(w) + key;
  }
  return total;
}

const openDb = () =>
  new Promise((resolve, reject) => {
    const open = indexedDB.open('learnmark');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });

function write(db, stores, rowsByStore) {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(stores, 'readwrite', { durability: 'relaxed' });
    for (const [store, rows] of Object.entries(rowsByStore)) {
      const target = tx.objectStore(store);
      for (const row of rows) target.put(row);
    }
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

/**
 * `count` items of makeItems(`seed`, `words` of text); with `part`, ids `bench-<part>-<i>` and
 * addresses ending in `/<part>`, so several parts make one library. `words: false` writes no
 * search words (a build before the words table). Returns the search's bytes for these items.
 */
globalThis.__learnmarkSeed = async ({
  count,
  seed = 7,
  words = 600,
  now,
  goalIds = [],
  part = 0,
  chunk = 2_000,
  index = true,
}) => {
  const db = await openDb();
  const withWords = index && db.objectStoreNames.contains('words');
  let bytes = 0;
  try {
    const all = makeItems(count, { now, goalIds, seed, words });
    for (let from = 0; from < count; from += chunk) {
      const items = all.slice(from, from + chunk).map((item, j) =>
        part
          ? {
              ...item,
              id: `bench-${part}-${from + j}`,
              url: `${item.url}/${part}`,
              originalUrl: `${item.url}/${part}`,
            }
          : item,
      );
      const rows = withWords ? items.map((item) => wordsRowOf(item, [])) : [];
      bytes += indexBytes(rows);
      await write(db, withWords ? ['items', 'words'] : ['items'], withWords ? { items, words: rows } : { items });
    }
  } finally {
    db.close();
  }
  return bytes;
};
