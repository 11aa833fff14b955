import Dexie, { type EntityTable } from 'dexie';
import type { Item } from '../core/item';

export const DB_NAME = 'learnmark';

export type LearnmarkDb = Dexie & {
  items: EntityTable<Item, 'id'>;
};

/**
 * The one database. A shipped `version(n)` is never edited: a schema change is a new
 * version with an `.upgrade()` and a test that opens the previous version's data.
 */
export function openDb(name = DB_NAME): LearnmarkDb {
  const db = new Dexie(name) as LearnmarkDb;
  db.version(1).stores({
    // Index only what where()/orderBy() use: url (dedupe), savedAt (latest, week), the rest
    // for filters that later issues build on.
    items: 'id, &url, savedAt, status, kind, *goalIds, *tags',
  });
  return db;
}

let shared: LearnmarkDb | null = null;
export function db(): LearnmarkDb {
  shared ??= openDb();
  return shared;
}
