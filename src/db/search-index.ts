import Dexie, { type Transaction } from 'dexie';
import { DEFER_INDEX, wordsRowOf } from './search-words';
import type { LearnmarkDb } from './db';

const BATCH = 100;

/**
 * Call inside a write transaction before bulk item writes (restore, large imports): the items
 * are stored without search words, which makes a 10 000-item restore many times faster, and
 * queued for `indexPending`, which the worker runs in the background.
 */
export async function deferSearchIndex(database: LearnmarkDb, ids: readonly string[]): Promise<void> {
  const tx = Dexie.currentTransaction as (Transaction & Record<symbol, boolean>) | null;
  if (!tx) throw new Error('deferSearchIndex must run inside a transaction');
  tx[DEFER_INDEX] = true;
  await database.pendingIndex.bulkPut(ids.map((id) => ({ id })));
}

export function pendingCount(database: LearnmarkDb): Promise<number> {
  return database.pendingIndex.count();
}

let running: Promise<number> | null = null;

/**
 * Indexes queued items a batch per transaction until none is left, and returns how many it
 * indexed. A stopped worker loses at most the batch in hand: the queue is in the database, and
 * the worker calls this again when it wakes. Concurrent calls share one run.
 */
export function indexPending(database: LearnmarkDb): Promise<number> {
  running ??= (async () => {
    let done = 0;
    for (;;) {
      const count = await database.transaction(
        'rw',
        [database.items, database.highlights, database.words, database.pendingIndex],
        async () => {
          const ids = await database.pendingIndex.limit(BATCH).primaryKeys();
          const items = (await database.items.bulkGet(ids)).filter((i) => !!i);
          // Rows from before schema 13 lose the words they carried (the middleware drops them).
          const legacy = items.filter((i) => 'searchWords' in i || 'fieldWords' in i);
          if (legacy.length) await database.items.bulkPut(legacy);
          await database.words.where('id').anyOf(ids).delete();
          const highlights = await database.highlights.where('itemId').anyOf(ids).toArray();
          await database.words.bulkPut(
            items.map((item) =>
              wordsRowOf(
                item,
                highlights.filter((h) => h.itemId === item.id),
              ),
            ),
          );
          await database.pendingIndex.bulkDelete(ids);
          return ids.length;
        },
      );
      done += count;
      if (count < BATCH) return done;
    }
  })().finally(() => {
    running = null;
  });
  return running;
}
