import {
  coverage,
  decodeSnapshot,
  encodeSnapshot,
  prunableUpTo,
  snapshotGain,
  snapshotPlace,
} from '../core/sync/batch';
import { fileName, type SyncKeys } from '../core/sync/crypto';
import { SyncError, type Snapshot } from '../core/sync/model';
import { db } from '../db/db';
import { syncProgress, type Applied } from '../db/sync';
import {
  applySnapshot,
  catchUpFrom,
  foldSnapshot,
  snapshotOf,
  snapshotsPassed,
  snapshotStored,
} from '../db/sync-snapshot';
import { rewrite, type Dav } from './sync-transport';

/**
 * Snapshots on the server: every SNAPSHOT_AFTER batches (sent or applied) a device rewrites its
 * snapshot, then deletes its own batches that every device's snapshot covers; a new device
 * starts from the snapshot covering most, then reads only the batches after it.
 */
const SNAPSHOT_AFTER = 16;

export interface SyncFolder {
  dav: Dav;
  keys: SyncKeys;
  /** The folder that holds every device's folder. */
  root: string;
  /** This device's id. */
  self: string;
}

export async function batchPath(folder: SyncFolder, device: string, seq: number): Promise<string> {
  return `${folder.root}/${device}/${await fileName(folder.keys, `${device}/${seq}`)}`;
}

async function readSnapshot(folder: SyncFolder, device: string): Promise<Snapshot | null> {
  const bytes = await folder.dav.read(`${folder.root}/${device}/${await fileName(folder.keys, snapshotPlace(device))}`);
  return bytes ? decodeSnapshot(folder.keys, bytes, device) : null;
}

/**
 * A device that has applied nothing yet starts from the other devices' fullest snapshot, when
 * it spares at least a snapshot's worth of batches (the first device, meeting a newcomer's
 * snapshot that holds mostly its own batches, reads the newcomer's few batches instead).
 */
export async function startFromSnapshot(folder: SyncFolder, others: readonly string[]): Promise<Applied | null> {
  if (!others.length || Object.keys((await syncProgress(db())).seen).length) return null;
  let best: Snapshot | null = null;
  for (const other of others) {
    const snapshot = await readSnapshot(folder, other);
    if (snapshot && (!best || coverage(snapshot.covers) > coverage(best.covers))) best = snapshot;
  }
  // Folding a whole library in costs more than a few batches: only worth it for a newcomer.
  // Once passed over they are not read again: each is the whole library, megabytes to fetch and
  // open, which every sync of the first device paid while the newcomer had sent no batch.
  if (!best || snapshotGain(best.covers, {}, folder.self) < SNAPSHOT_AFTER) {
    await snapshotsPassed(db(), others);
    return null;
  }
  return applySnapshot(db(), best);
}

/**
 * A device that was away while another deleted batches it had not read starts again from that
 * device's snapshot: its records merge in (what this device changed meanwhile and has not sent
 * keeps its later stamps), and the batches the snapshot covers count as applied. Null when
 * that device has no snapshot to offer.
 */
export async function catchUp(folder: SyncFolder, other: string): Promise<Applied | null> {
  const snapshot = await readSnapshot(folder, other);
  return snapshot ? catchUpFrom(db(), snapshot) : null;
}

/** Writes this device's snapshot when due, then deletes the batches no device needs any more. */
export async function snapshotIfDue(folder: SyncFolder, others: readonly string[]): Promise<void> {
  const progress = await syncProgress(db());
  const total = progress.sent + coverage(progress.seen);
  if (total - (progress.snapshotAt ?? 0) < SNAPSHOT_AFTER) return;
  let snapshot: Snapshot | null = null;
  const path = `${folder.root}/${folder.self}/${await fileName(folder.keys, snapshotPlace(folder.self))}`;
  // Written over the version this device last wrote only: a snapshot written meanwhile (by a
  // copy of this profile) is folded in first, so nothing it holds is lost.
  await rewrite(folder.dav, path, async (current) => {
    const theirs = current ? await decodeSnapshot(folder.keys, current, folder.self).catch(() => null) : null;
    if (theirs) await foldSnapshot(db(), theirs);
    snapshot = await snapshotOf(db());
    if (!snapshot) throw new SyncError('not-set-up');
    return encodeSnapshot(folder.keys, snapshot);
  });
  if (!snapshot) return;
  const theirs: (Snapshot | null)[] = [];
  for (const other of others) theirs.push(await readSnapshot(folder, other).catch(() => null));
  const upTo = prunableUpTo(folder.self, [snapshot, ...theirs]);
  for (let seq = (progress.pruned ?? 0) + 1; seq <= upTo; seq++) {
    await folder.dav.remove(await batchPath(folder, folder.self, seq));
  }
  await snapshotStored(db(), total, upTo);
}
