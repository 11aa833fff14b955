import { changeSince } from '../core/sync/merge';
import {
  DAY_TOTALS,
  mergeSpec,
  SETTINGS_RECORDS,
  SYNC_FORMAT,
  SYNCED_TABLES,
  type Change,
  type Row,
  type Snapshot,
} from '../core/sync/model';
import type { LearnmarkDb } from './db';
import { applyChanges, syncDevice, syncProgress, type Applied } from './sync';

/**
 * Snapshots in the database: this device's whole state as changes, and a snapshot from
 * another device folded in as the start of a new one (see Snapshot in core/sync/model.ts).
 */

/** Every record this device knows, deletions included, with what it covers; null when not set up. */
export async function snapshotOf(database: LearnmarkDb): Promise<Snapshot | null> {
  const tables = Object.keys(SYNCED_TABLES).map((t) => database.table(t));
  return database.transaction('r', [database.syncMeta, database.syncState, ...tables], async () => {
    const device = await syncDevice(database);
    if (!device) return null;
    const progress = await syncProgress(database);
    const metas = await database.syncMeta.toArray();
    const changes: Change[] = [];
    for (const table of tables) {
      const own = metas.filter((m) => m.t === table.name);
      const rows = (await table.bulkGet(own.map((m) => m.k))) as (Row | undefined)[];
      own.forEach((meta, i) => {
        const change = changeSince(meta.t, mergeSpec(meta.t)!, meta.k, rows[i] ?? null, meta, '');
        if (change) changes.push(change);
      });
    }
    for (const meta of metas.filter((m) => m.t === SETTINGS_RECORDS || m.t === DAY_TOTALS)) {
      const change = changeSince(meta.t, mergeSpec(meta.t)!, meta.k, null, meta, '');
      if (change) changes.push(change);
    }
    return {
      format: SYNC_FORMAT,
      device: device.id,
      covers: { ...progress.seen, [device.id]: progress.sent },
      changes,
    };
  });
}

/**
 * Starts this device from another's snapshot: its records folded in (checked like a batch's),
 * and every batch it covers counted as applied, so only later batches are read. Done once,
 * before this device has applied anything from any other.
 */
export async function applySnapshot(database: LearnmarkDb, snapshot: Snapshot): Promise<Applied> {
  const self = (await syncDevice(database))?.id;
  return applyChanges(database, snapshot.changes, (seen) => {
    if (Object.keys(seen).length) return null;
    return Object.fromEntries(Object.entries(snapshot.covers).filter(([device, n]) => device !== self && n > 0));
  });
}

/**
 * The other devices' snapshots were looked at and none was worth starting from (the folder's
 * first device, meeting a newcomer's): each counts as read from its start, so the next sync
 * reads their batches and never downloads those snapshots again.
 */
export async function snapshotsPassed(database: LearnmarkDb, others: readonly string[]): Promise<void> {
  await database.transaction('rw', database.syncState, async () => {
    const progress = await syncProgress(database);
    if (Object.keys(progress.seen).length) return;
    await database.syncState.put({ ...progress, seen: Object.fromEntries(others.map((d) => [d, 0])) });
  });
}

/**
 * Folds in another device's snapshot after this device has applied some batches (it was away
 * while batches it had not read were deleted): the records merge field by field, and what the
 * snapshot covers counts as applied wherever it goes further than this device had got.
 */
export async function catchUpFrom(database: LearnmarkDb, snapshot: Snapshot): Promise<Applied> {
  const self = (await syncDevice(database))?.id;
  return applyChanges(database, snapshot.changes, (seen) => {
    const next = { ...seen };
    for (const [device, n] of Object.entries(snapshot.covers))
      if (device !== self && n > (next[device] ?? 0)) next[device] = n;
    return next;
  });
}

/**
 * Folds in a snapshot of this device's own file that someone else wrote (found when rewriting
 * it): its records merge like any change; no batch is counted as applied because of it.
 */
export async function foldSnapshot(database: LearnmarkDb, snapshot: Snapshot): Promise<Applied> {
  return applyChanges(database, snapshot.changes, (seen) => seen);
}

/** A snapshot covering `total` batches was stored, and this device's batches up to `pruned` are gone. */
export async function snapshotStored(database: LearnmarkDb, total: number, pruned: number): Promise<void> {
  await database.transaction('rw', database.syncState, async () => {
    const progress = await syncProgress(database);
    await database.syncState.put({ ...progress, snapshotAt: total, pruned: Math.max(progress.pruned ?? 0, pruned) });
  });
}
