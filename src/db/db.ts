import Dexie, { type EntityTable } from 'dexie';
import type { Activity, Nudge } from '../core/activity';
import type { Goal } from '../core/goal';
import type { Item } from '../core/item';

export const DB_NAME = 'learnmark';

export type LearnmarkDb = Dexie & {
  items: EntityTable<Item, 'id'>;
  goals: EntityTable<Goal, 'id'>;
  activity: Dexie.Table<Activity, [string, string]>;
  nudges: EntityTable<Nudge, 'id'>;
};

/** Each shipped schema, oldest first. Tests open a database at an older version with these. */
export const SCHEMAS = [
  // 1: items (the save issue). Index only what where()/orderBy() use.
  { items: 'id, &url, savedAt, status, kind, *goalIds, *tags' },
  // 2: personal goals.
  { goals: 'id, status, order' },
  // 3: time per local day and host, and the nudges shown.
  { activity: '[day+host], day, host', nudges: 'id, at, host' },
] as const;

/**
 * The one database. A shipped `version(n)` is never edited: a schema change is a new
 * version with an `.upgrade()` and a test that opens the previous version's data.
 */
export function openDb(name = DB_NAME): LearnmarkDb {
  const db = new Dexie(name) as LearnmarkDb;
  db.version(1).stores(SCHEMAS[0]);
  db.version(2)
    .stores(SCHEMAS[1])
    .upgrade(async (tx) => {
      // Items saved before goals existed get the fields goals rely on.
      await tx
        .table<Item>('items')
        .toCollection()
        .modify((item) => {
          item.goalIds ??= [];
          item.tags ??= [];
        });
    });
  db.version(3).stores(SCHEMAS[2]);
  return db;
}

let shared: LearnmarkDb | null = null;
export function db(): LearnmarkDb {
  shared ??= openDb();
  return shared;
}
