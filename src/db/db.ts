import Dexie, { type EntityTable } from 'dexie';
import type { Activity } from '../core/tracking/model';
import { daySitesFromActivity, type DaySites } from '../core/tracking/day-sites';
import type { Nudge } from '../core/nudge/model';
import { totalsFromActivity, type ComputerDay, type DayTotals } from '../core/week/day-totals';
import type { Goal } from '../core/goal/model';
import type { Item } from '../core/item/model';
import { highlightOfPassage, type Highlight } from '../core/highlight/model';
import type { ReviewCard } from '../core/review/schedule';
import { newCard, takeawayCardId } from '../core/review/card';
import type { ReviewTime } from '../core/review/time';
import type { LogEntry } from '../core/log/model';
import { now } from '../platform/clock';
import { noteNumber, notedNumber } from './page-notes';
import { searchIndex, type WordsRow } from './search-words';
import { syncRecorder, type MetaRow, type OutboxRow, type SyncStateRow } from './sync-recorder';

const DB_NAME = 'learnmark';

export type LearnmarkDb = Dexie & {
  items: EntityTable<Item, 'id'>;
  goals: EntityTable<Goal, 'id'>;
  activity: Dexie.Table<Activity, [string, string]>;
  nudges: EntityTable<Nudge, 'id'>;
  days: EntityTable<DayTotals, 'day'>;
  pendingIndex: EntityTable<{ id: string }, 'id'>;
  highlights: EntityTable<Highlight, 'id'>;
  reviewCards: EntityTable<ReviewCard, 'id'>;
  trash: EntityTable<TrashedItem, 'id'>;
  imports: EntityTable<ImportProgress, 'id'>;
  logEntries: EntityTable<LogEntry, 'id'>;
  syncMeta: Dexie.Table<MetaRow, [string, string]>;
  outbox: Dexie.Table<OutboxRow, [string, string]>;
  syncState: Dexie.Table<SyncStateRow, string>;
  words: Dexie.Table<WordsRow, [number, string]>;
  cardTrash: EntityTable<TrashedCard, 'id'>;
  reviewLog: EntityTable<ReviewTime, 'id'>;
  deviceDays: EntityTable<OtherComputerDay, 'key'>;
  daySites: EntityTable<DaySites, 'day'>;
};

/** Another computer's totals of a day (sync, when time totals are shared): `<computer>/<day>`. */
interface OtherComputerDay extends ComputerDay {
  key: string;
}

/** A review card taken out with its source (a cleared takeaway), kept so Undo brings it back. */
interface TrashedCard {
  id: string;
  removedAt: number;
  card: ReviewCard;
}

/** An item deleted in the library, whole, so Undo can put it back: with its highlights and cards. */
interface TrashedItem {
  id: string;
  deletedAt: number;
  item: Item;
  /** Absent on rows trashed before highlights went along. */
  highlights?: Highlight[];
  reviewCards?: ReviewCard[];
}

/**
 * How far a large import's write has got, by upload id: written in the same transaction as
 * each part of the import (db/data.ts), so a stopped worker resumes after the last part
 * written and never writes one twice. Counts are the parts' so far.
 */
export interface ImportProgress {
  id: string;
  done: number;
  added: number;
  updated: number;
  skipped: number;
  /** When its first part was written: items deleted since stay deleted (db/data.ts). */
  startedAt?: number;
}

/** Each shipped schema, oldest first. Tests open a database at an older version with these. */
export const SCHEMAS = [
  // 1: items (the save issue). Index only what where()/orderBy() use.
  { items: 'id, &url, savedAt, status, kind, *goalIds, *tags' },
  // 2: personal goals.
  { goals: 'id, status, order' },
  // 3: time per local day and host, and the nudges shown.
  { activity: '[day+host], day, host', nudges: 'id, at, host' },
  // 4: search and the week view without reading items' text: a word index kept by the
  // middleware below, finished items by date, and per-day totals kept beside `activity`.
  { items: 'id, &url, savedAt, status, kind, *goalIds, *tags, doneAt, *searchWords', days: 'day' },
  // 5: items written in bulk (restore, import) waiting to be indexed for search, by id; and
  // status with dates, so the popup finds unread or finished items from keys alone.
  {
    pendingIndex: 'id',
    items: 'id, &url, savedAt, status, kind, *goalIds, *tags, doneAt, *searchWords, [status+savedAt], [status+doneAt]',
  },
  // 6: highlights in an item's text, found by item; review cards by source and due date.
  { highlights: 'id, itemId', reviewCards: 'id, sourceId, due' },
  // 7: items deleted in the library, kept for Undo (db/library.ts) until they are purged; the
  // library's sort by reading time.
  {
    trash: 'id, deletedAt',
    items:
      'id, &url, savedAt, status, kind, *goalIds, *tags, doneAt, *searchWords, [status+savedAt], [status+doneAt], readingMinutes',
  },
  { imports: 'id' },
  // 9: learning logged by hand (db/log.ts), by local day (the week) and by goal (the goal view).
  { logEntries: 'id, day, *goalIds' },
  // 10: search ranked by field (core/item/search-rank): the title's, tags', takeaway's and
  // excerpt's words, each under its field's key. Items already saved are queued for the
  // background indexer rather than all rewritten while the database opens.
  {
    items:
      'id, &url, savedAt, status, kind, *goalIds, *tags, doneAt, *searchWords, [status+savedAt], [status+doneAt], readingMinutes, *fieldWords',
  },
  // 11: no new index. Each item's single quote (the old "Save selection as a quote") becomes one
  // of its highlights, id `quote-<item id>`, so the upgrade can never add it twice.
  {},
  // 12: sync (db/sync-recorder.ts): each synced record's field stamps, the records with changes
  // not yet sent, and this device's sync identity, clock and progress.
  { syncMeta: '[t+k]', outbox: '[t+k]', syncState: 'key' },
  // 13: search words in a table of their own (db/search-index.ts), one row per item keyed by
  // minus its saving time and its id, so a tie or a status change rewrites no word index entry
  // and a word's items list newest first. Items drop `searchWords` and `fieldWords`; every
  // item is queued for the background indexer. `importBatch`: the library's view of one import.
  {
    items:
      'id, &url, savedAt, status, kind, *goalIds, *tags, doneAt, [status+savedAt], [status+doneAt], readingMinutes, importBatch',
    words: '[order+id], id, *w',
  },
  // 14: review (db/review.ts): a takeaway's card kept for a day after the takeaway is cleared,
  // so writing it back (Undo) brings the card back with its schedule.
  // The seconds spent on each answer, by local day (the week) and by goal (the goal view).
  { cardTrash: 'id, removedAt', reviewLog: 'id, day, *goalIds' },
  // 15: other computers' time totals per day, when the person shares them (db/sync-day-totals.ts),
  // by `<computer>/<day>`, and by day for the week.
  { deviceDays: 'key, day' },
  // 16: time per site, one row per local day (db/tracking.ts), kept with `activity` in the same
  // transaction: the time report reads a month as ~30 rows. The upgrade folds the activity in.
  { daySites: 'day' },
  // 17: no new index. Items whose takeaway was written before takeaways became cards get their
  // card, named by the item as any takeaway's card is, so it is never made twice.
  {},
] as const;

/**
 * The one database. A shipped `version(n)` is never edited: a schema change is a new
 * version with an `.upgrade()` and a test that opens the previous version's data.
 */
export function openDb(name = DB_NAME): LearnmarkDb {
  const db = new Dexie(name) as LearnmarkDb;
  // The latest schema alone gives every table; an older database is first upgraded by an
  // instance that knows every version (see upgradeFirstWhenOlder).
  db.version(SCHEMAS.length).stores(Object.assign({}, ...SCHEMAS) as Record<string, string>);
  upgradeFirstWhenOlder(db, () => {
    const every = new Dexie(name) as LearnmarkDb;
    declareVersions(every);
    return withMiddleware(every);
  });
  return withMiddleware(db);
}

function withMiddleware(db: LearnmarkDb): LearnmarkDb {
  db.use(searchIndex);
  db.use(syncRecorder(now));
  return db;
}

/**
 * Declaring Dexie's versions one by one costs time on every page's opening: each declaration
 * works through all the versions before it again (15-50 ms for 17 versions, against under 1 ms
 * for the latest alone). They are needed only to upgrade a database made by an older build.
 * So before the first open, IndexedDB itself is asked for the latest version (olderInstalled);
 * if the database is older, an instance with every version and its upgrade opens it first (and
 * so upgrades it), and closes. A new database is made from the latest schema either way, as
 * Dexie makes it from the last version.
 *
 * A page (it has localStorage; the worker has not) notes the version once its database has
 * opened at it, and then opens without asking: the asking is a connection of its own, 4-8 ms
 * before the popup's first read. A database never goes back to an older version (a build opens
 * it at its own version or a newer one fails), and one deleted since is made anew at the latest.
 */
function upgradeFirstWhenOlder(db: LearnmarkDb, withEveryVersion: () => LearnmarkDb): void {
  const open = db.open.bind(db);
  const version = Math.round(db.verno * 10);
  let upgraded: Promise<void> | null = null;
  db.open = () => {
    upgraded ??= (
      notedNumber(versionNote(db.name)) === version ? Promise.resolve(false) : olderInstalled(db.name, version)
    ).then(async (older) => {
      if (!older) return;
      const every = withEveryVersion();
      await every.open();
      every.close();
    });
    // Noted once open at the version: an open that fails notes nothing.
    return Dexie.Promise.resolve(upgraded)
      .then(open)
      .then((opened) => (noteNumber(versionNote(db.name), version), opened));
  };
}

/** Where a page notes the version its database opened at (see upgradeFirstWhenOlder). */
const versionNote = (name: string) => `learnmark:db-version:${name}`;

/**
 * Whether the database exists at a version older than `version` (IndexedDB's: Dexie's times
 * 10), asked with an open at `version`. It replaced `indexedDB.databases()`, which lists every
 * database and took 15-25 ms in the popup before Dexie's open could start (the open answered in
 * 3-15). An older database asks for an upgrade, which is aborted: nothing is created or changed,
 * and Dexie's instance with every version then upgrades it. Any other outcome (the latest
 * version, a newer one, an error) leaves the open to Dexie, which reports what is wrong.
 */
function olderInstalled(name: string, version: number): Promise<boolean> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(name, version);
    } catch {
      return resolve(false);
    }
    request.onupgradeneeded = (event) => {
      resolve(event.oldVersion > 0);
      request.transaction?.abort();
    };
    request.onsuccess = () => {
      request.result.close();
      resolve(false);
    };
    request.onerror = (event) => {
      // The aborted upgrade, or a newer database (VersionError): neither is this check's to report.
      event.preventDefault();
      resolve(false);
    };
  });
}

/** Every shipped version, with its upgrade. */
function declareVersions(db: LearnmarkDb): void {
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
  db.version(4)
    .stores(SCHEMAS[3])
    .upgrade(async (tx) => {
      // Touching each item makes Dexie rewrite it, and the middleware index it; day totals
      // come from the activity rows.
      await tx
        .table<Item>('items')
        .toCollection()
        .modify((item) => {
          item.searchWords = [];
        });
      await tx.table<DayTotals>('days').bulkPut(totalsFromActivity(await tx.table<Activity>('activity').toArray()));
    });
  db.version(5).stores(SCHEMAS[4]);
  db.version(6).stores(SCHEMAS[5]);
  db.version(7).stores(SCHEMAS[6]);
  db.version(8).stores(SCHEMAS[7]);
  db.version(9).stores(SCHEMAS[8]);
  db.version(10)
    .stores(SCHEMAS[9])
    .upgrade(async (tx) => {
      const ids: string[] = await tx.table<Item, string>('items').toCollection().primaryKeys();
      await tx.table<{ id: string }>('pendingIndex').bulkPut(ids.map((id) => ({ id })));
    });
  db.version(11)
    .stores(SCHEMAS[10])
    .upgrade(async (tx) => {
      const quoted = await tx
        .table<Item>('items')
        .filter((item) => typeof item.quote === 'string' && item.quote.trim() !== '')
        .toArray();
      await tx.table<Highlight>('highlights').bulkPut(
        quoted.map((item) =>
          highlightOfPassage({ id: item.id, text: item.text ?? '' }, item.quote!.trim(), {
            id: `quote-${item.id}`,
            createdAt: item.updatedAt ?? item.savedAt,
          }),
        ),
      );
    });
  db.version(12).stores(SCHEMAS[11]);
  db.version(13)
    .stores(SCHEMAS[12])
    .upgrade(async (tx) => {
      const ids: string[] = await tx.table<Item, string>('items').toCollection().primaryKeys();
      await tx.table<{ id: string }>('pendingIndex').bulkPut(ids.map((id) => ({ id })));
    });
  db.version(14).stores(SCHEMAS[13]);
  db.version(15).stores(SCHEMAS[14]);
  db.version(16)
    .stores(SCHEMAS[15])
    .upgrade(async (tx) => {
      await tx
        .table<DaySites>('daySites')
        .bulkPut(daySitesFromActivity(await tx.table<Activity>('activity').toArray()));
    });
  db.version(17)
    .stores(SCHEMAS[16])
    .upgrade(async (tx) => {
      const cards = tx.table<ReviewCard, string>('reviewCards');
      const noted: string[] = [];
      // One item at a time: only the ids of items with a takeaway are kept, never their text.
      await tx
        .table<Item>('items')
        .toCollection()
        .each((item) => {
          if (typeof item.note === 'string' && item.note.trim() !== '') noted.push(item.id);
        });
      const ids = noted.map(takeawayCardId);
      const have = await cards.bulkGet(ids);
      const at = now();
      await cards.bulkAdd(
        noted
          .filter((_, i) => !have[i])
          .map((itemId) => newCard('takeaway', itemId, { id: takeawayCardId(itemId), now: at })),
      );
    });
}

let shared: LearnmarkDb | null = null;
export function db(): LearnmarkDb {
  shared ??= openDb();
  return shared;
}
