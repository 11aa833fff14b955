import type { Change, FieldChange, RecordMeta, Row, SyncedTable } from './model';

/**
 * Field-by-field merge of one record. Each field keeps the value with the latest stamp; a
 * deletion is a stamp too (a tombstone), and the record lives while some field was written
 * after it, so Undo (which writes the record again) and an edit made elsewhere after the
 * delete both bring it back. A record exists only once its key field has arrived: that is
 * stamped when the record is created, so a record is never built from a stray edit alone.
 */

export const EMPTY_META: RecordMeta = { stamps: {}, prev: {}, deleted: null, parked: null };

/** Put between the two versions of a text field that two devices edited at once. */
export const CONFLICT_MARK = '\n\n⇄\n\n';

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const latest = (stamps: Record<string, string>) => Object.values(stamps).reduce((max, s) => (s > max ? s : max), '');

/** Whether a record with these stamps is alive: created, and written after its last delete. */
function alive(meta: RecordMeta, key: string): boolean {
  return key in meta.stamps && (meta.deleted === null || latest(meta.stamps) > meta.deleted);
}

/** The fields that travel: everything but what each device derives for itself. */
function syncedFields(table: SyncedTable, ...rows: (Row | null)[]): string[] {
  const fields = new Set(rows.flatMap((row) => (row ? Object.keys(row) : [])));
  for (const field of table.local) fields.delete(field);
  return [...fields];
}

/**
 * Stamps a local write: `before` and `after` are the row before and after (null when absent).
 * Returns the new meta, or null when no synced field changed (nothing to send).
 */
export function recordLocal(
  table: SyncedTable,
  meta: RecordMeta,
  before: Row | null,
  after: Row | null,
  stamp: string,
): RecordMeta | null {
  if (!after) {
    if (!before) return null;
    return { ...meta, deleted: stamp, parked: strip(table, before) };
  }
  // A row written where there was none (a create, Undo, a re-save after a delete): every field
  // is stamped, the key included, so it outlives the tombstone.
  const changed = syncedFields(table, before, after).filter((f) => !before || !same(before[f], after[f]));
  if (!changed.length) return null;
  const next: RecordMeta = { stamps: { ...meta.stamps }, prev: { ...meta.prev }, deleted: meta.deleted, parked: null };
  for (const field of changed) {
    if (table.text.includes(field)) next.prev[field] = meta.stamps[field] ?? '';
    next.stamps[field] = stamp;
  }
  return next;
}

function strip(table: SyncedTable, row: Row): Row {
  const out = { ...row };
  for (const field of table.local) delete out[field];
  return out;
}

/** What to send for a record: the fields stamped at or after `since`, and its deletion. */
export function changeSince(
  name: string,
  table: SyncedTable,
  key: string,
  row: Row | null,
  meta: RecordMeta,
  since: string,
): Change | null {
  const values = row ?? meta.parked ?? {};
  const f: Record<string, FieldChange> = {};
  for (const [field, stamp] of Object.entries(meta.stamps)) {
    if (stamp < since) continue;
    const prev = meta.prev[field];
    f[field] =
      table.text.includes(field) && prev !== undefined
        ? [values[field] ?? null, stamp, prev]
        : [values[field] ?? null, stamp];
  }
  const change: Change = { t: name, k: key, f };
  if (meta.deleted !== null && meta.deleted >= since) change.d = meta.deleted;
  return Object.keys(f).length || change.d ? change : null;
}

export interface Merged {
  /** The row to store, or null when the record is not (or no longer) in its table. */
  row: Row | null;
  meta: RecordMeta;
  /** Text fields where both versions were kept. */
  conflicts: string[];
}

/** Folds a change from another device into what this device has. */
export function applyChange(table: SyncedTable, row: Row | null, meta: RecordMeta, change: Change): Merged {
  const values: Row = { ...(row ?? meta.parked ?? {}) };
  const next: RecordMeta = { stamps: { ...meta.stamps }, prev: { ...meta.prev }, deleted: meta.deleted, parked: null };
  const conflicts: string[] = [];
  for (const [field, [value, stamp, prev]] of Object.entries(change.f)) {
    if (table.local.includes(field) || field === '__proto__') continue;
    const mine = meta.stamps[field];
    if (mine === stamp) continue;
    const text = table.text.includes(field);
    if (text && mine !== undefined && concurrent(mine, meta.prev[field], stamp, prev) && !same(values[field], value)) {
      const [later, earlier] = stamp > mine ? [value, values[field]] : [values[field], value];
      if (typeof later === 'string' && typeof earlier === 'string' && earlier.trim() && later.trim()) {
        const top = stamp > mine ? stamp : mine;
        // Every device that sees both versions writes the same value under the same stamp,
        // marked as having seen both, so the devices agree and nobody merges it twice.
        values[field] = `${later}${CONFLICT_MARK}${earlier}`;
        next.stamps[field] = `${top}+`;
        next.prev[field] = top;
        conflicts.push(field);
        continue;
      }
    }
    if (mine !== undefined && stamp < mine) continue;
    values[field] = value;
    next.stamps[field] = stamp;
    if (text) next.prev[field] = prev ?? '';
  }
  if (change.d !== undefined && (next.deleted === null || change.d > next.deleted)) next.deleted = change.d;
  const key = table.key;
  if (alive(next, key)) return { row: values, meta: next, conflicts };
  return { row: null, meta: { ...next, parked: values }, conflicts };
}

/** Two versions of a text field were written without either seeing the other. */
function concurrent(
  mine: string,
  minePrev: string | undefined,
  theirs: string,
  theirPrev: string | undefined,
): boolean {
  return theirs > mine ? (theirPrev ?? '') < mine : (minePrev ?? '') < theirs;
}
