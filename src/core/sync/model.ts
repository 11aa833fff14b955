import * as v from 'valibot';

/**
 * The tables that sync, one line each: adding a table to sync is one line here. `key` is its
 * primary key; every other field merges on its own (last writer wins, by hybrid-clock stamp),
 * but `local` fields, which each device derives for itself, never travel, and `text` fields,
 * the person's own writing, keep both versions when two devices edit them at once.
 */
export const SYNCED_TABLES = {
  items: { key: 'id', text: ['note'], local: ['searchWords', 'fieldWords', 'importBatch'] },
  goals: { key: 'id', text: ['why'], local: [] },
  highlights: { key: 'id', text: ['note'], local: [] },
  reviewCards: { key: 'id', text: [], local: [] },
  logEntries: { key: 'id', text: ['note'], local: [] },
  reviewLog: { key: 'id', text: [], local: [] },
} as const satisfies Record<string, SyncedTable>;

export interface SyncedTable {
  key: string;
  text: readonly string[];
  local: readonly string[];
}
export type SyncedTableName = keyof typeof SYNCED_TABLES;

export function syncedTable(name: string): SyncedTable | null {
  return Object.hasOwn(SYNCED_TABLES, name) ? SYNCED_TABLES[name as SyncedTableName] : null;
}

/**
 * The settings and site rules sync too, though they live in `storage.sync`, not a table: each
 * storage key is one record of the pseudo-table `settings` (see db/synced-settings.ts), and
 * each of its fields merges on its own. Its key field is never stamped, so its values always
 * stay in the record's meta. What is this device's own (the sync password and passphrase, how
 * far each item was read, the last problem) is in `storage.local` and never travels.
 */
export const SETTINGS_RECORDS = 'settings';
export const SETTINGS_SPEC: SyncedTable = { key: '', text: [], local: [] };

/**
 * Time totals sync only when the person lets them (`SyncConfig.shareTime`): each computer's
 * totals of a day are one record of the pseudo-table `dayTotals`, keyed `<computer>/<day>`,
 * written by that computer only, so two computers' time on the same day add up and never
 * overwrite each other (db/sync-day-totals.ts). Its values stay in the record's meta.
 */
export const DAY_TOTALS = 'dayTotals';
export const DAY_TOTALS_SPEC: SyncedTable = { key: 'day', text: [], local: [] };

/** How a change of this table merges: a synced table, the settings, or nothing (not ours). */
export function mergeSpec(name: string): SyncedTable | null {
  if (name === DAY_TOTALS) return DAY_TOTALS_SPEC;
  return name === SETTINGS_RECORDS ? SETTINGS_SPEC : syncedTable(name);
}

/** A stored row, as the merge sees it. */
export type Row = Record<string, unknown>;

/**
 * What this device knows of one record beside its row (the `syncMeta` table): each field's
 * stamp, the stamp a text field's value replaced (to tell an edit made on top of another from
 * one made at the same time), when it was deleted, and its values while it is not in its table
 * (deleted, so a later edit elsewhere can bring it back; or only partly received).
 */
export interface RecordMeta {
  stamps: Record<string, string>;
  prev: Record<string, string>;
  deleted: string | null;
  parked: Row | null;
}

/** One field as it travels: value, stamp, and for text fields the stamp it replaced. */
export type FieldChange = [value: unknown, stamp: string, prev?: string];

/** A record's changes since the device last sent it (`f`), or its deletion (`d`). */
export interface Change {
  t: string;
  k: string;
  f: Record<string, FieldChange>;
  d?: string;
}

/** The format of batches this version writes; a batch of a later format is kept, not applied. */
export const SYNC_FORMAT = 1;

export interface Batch {
  format: number;
  device: string;
  seq: number;
  changes: Change[];
}

const STAMP = v.pipe(v.string(), v.maxLength(200));
const ChangeSchema = v.object({
  t: v.pipe(v.string(), v.maxLength(64)),
  k: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  f: v.record(v.string(), v.union([v.tuple([v.unknown(), STAMP]), v.tuple([v.unknown(), STAMP, STAMP])])),
  d: v.optional(STAMP),
});
export const BatchSchema = v.object({
  format: v.pipe(v.number(), v.integer(), v.minValue(1)),
  device: v.pipe(v.string(), v.maxLength(64)),
  seq: v.pipe(v.number(), v.integer(), v.minValue(1)),
  changes: v.array(ChangeSchema),
});

/**
 * A device's whole state now and then (every record as a change since the beginning), with
 * the batches it covers: its own up to `covers[device]`, each other device's up to what it had
 * applied. A new device starts from one instead of reading every batch, and batches that every
 * device's snapshot covers are no longer needed.
 */
export interface Snapshot {
  format: number;
  device: string;
  covers: Record<string, number>;
  changes: Change[];
}

export const SnapshotSchema = v.object({
  format: v.pipe(v.number(), v.integer(), v.minValue(1)),
  device: v.pipe(v.string(), v.maxLength(64)),
  covers: v.record(v.pipe(v.string(), v.maxLength(64)), v.pipe(v.number(), v.integer(), v.minValue(0))),
  changes: v.array(ChangeSchema),
});

/** Why a sync could not go on; each has its own message for the person. */
export type SyncFault =
  | 'unreachable'
  | 'timeout'
  | 'unauthorized'
  | 'forbidden'
  | 'not-webdav'
  | 'no-space'
  | 'certificate'
  | 'server-error'
  | 'wrong-passphrase'
  | 'tampered'
  | 'newer-format'
  | 'not-set-up';

export class SyncError extends Error {
  constructor(
    readonly fault: SyncFault,
    detail = '',
  ) {
    super(detail ? `${fault}: ${detail}` : fault);
  }
}

/** Where and how this device syncs (storage.local only: never storage.sync, never a backup). */
export interface SyncConfig {
  /** The WebDAV folder's address, as Test connection found it answering. */
  url: string;
  user: string;
  password: string;
  /** The folder under it that holds Learnmark's files. */
  folder: string;
  passphrase: string;
  /** This computer's per-day time totals go to the other computers too (off unless ticked). */
  shareTime?: boolean;
}

/** The last sync, as the options page and the popup show it. */
export interface SyncStatus {
  at: number;
  fault: SyncFault | null;
  detail: string;
  /** The other devices that sync into the folder, with when each last wrote. */
  devices: { id: string; at: number }[];
  /** Takeaways and notes kept twice in the last sync, for the person to resolve. */
  conflicts: number;
  /** Records from other devices refused by their field check, named (absent in older status). */
  refused?: RefusedRow[];
  /** When a sync last found clashes or refused records: they stay shown a day (keepFindings). */
  foundAt?: number;
  /**
   * When this device, back after months away, found batches it had not read deleted and
   * started again from a snapshot: said for a day.
   */
  restartedAt?: number;
}

const FINDINGS_KEPT_MS = 24 * 60 * 60 * 1000;

/**
 * The status to show after a sync: what an earlier sync found (clashes kept twice, records
 * refused) stays for a day, so a quiet sync a few seconds later (the one after a change, or
 * the alarm's) does not hide it before the person has seen it.
 */
export function keepFindings(previous: SyncStatus | null, next: SyncStatus): SyncStatus {
  const kept = keepClashes(previous, next);
  const restartedAt = next.restartedAt ?? previous?.restartedAt;
  return restartedAt !== undefined && next.at - restartedAt <= FINDINGS_KEPT_MS ? { ...kept, restartedAt } : kept;
}

function keepClashes(previous: SyncStatus | null, next: SyncStatus): SyncStatus {
  if (next.conflicts || next.refused?.length) return { ...next, foundAt: next.at };
  if (!previous?.foundAt || next.at - previous.foundAt > FINDINGS_KEPT_MS) return next;
  return { ...next, conflicts: previous.conflicts, refused: previous.refused ?? [], foundAt: previous.foundAt };
}

/** A change from another device that failed its field check: not applied, and named. */
export interface RefusedRow {
  t: string;
  k: string;
  /** The fields whose values are not what Learnmark could have written, or `row` for the whole. */
  fields: string[];
}

export type SyncOutcome = { ok: true; status: SyncStatus } | { ok: false; fault: SyncFault; detail: string };
