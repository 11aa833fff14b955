import { gunzipSync, gzipSync } from 'fflate';
import * as v from 'valibot';
import { open, seal, type SyncKeys } from './crypto';
import { BatchSchema, SnapshotSchema, SYNC_FORMAT, SyncError, type Batch, type Snapshot } from './model';

/**
 * A batch as stored: JSON, compressed, then sealed under its place (device and number), so a
 * batch copied into another device's folder or renumbered is refused like a changed one.
 */
const batchPlace = (device: string, seq: number) => `${device}/${seq}`;

export async function encodeBatch(keys: SyncKeys, batch: Batch): Promise<Uint8Array> {
  const json = new TextEncoder().encode(JSON.stringify(batch));
  return seal(keys, gzipSync(json, { level: 6 }), batchPlace(batch.device, batch.seq));
}

/** A sealed JSON value (the device's own description, for the devices list). */
export async function encodeJson(keys: SyncKeys, value: unknown, place: string): Promise<Uint8Array> {
  return seal(keys, gzipSync(new TextEncoder().encode(JSON.stringify(value))), place);
}

export async function decodeJson(keys: SyncKeys, bytes: Uint8Array, place: string): Promise<unknown> {
  const plain = await open(keys, bytes, place);
  try {
    return JSON.parse(new TextDecoder().decode(gunzipSync(plain))) as unknown;
  } catch {
    throw new SyncError('tampered', `${place} is not readable`);
  }
}

/**
 * The batch in a file found at `device`/`seq`. A batch written by a later Learnmark is
 * refused as `newer-format`, so its device keeps it for after the update and applies nothing.
 */
export async function decodeBatch(keys: SyncKeys, bytes: Uint8Array, device: string, seq: number): Promise<Batch> {
  const value = await decodeJson(keys, bytes, batchPlace(device, seq));
  const format = (value as { format?: unknown } | null)?.format;
  if (typeof format === 'number' && format > SYNC_FORMAT) throw new SyncError('newer-format', `format ${format}`);
  const parsed = v.safeParse(BatchSchema, value);
  if (!parsed.success || parsed.output.device !== device || parsed.output.seq !== seq) {
    throw new SyncError('tampered', `${batchPlace(device, seq)} is not a batch`);
  }
  return parsed.output;
}

/** A device's snapshot: one file, rewritten now and then, sealed under its place like a batch. */
export const snapshotPlace = (device: string) => `${device}/snapshot`;

export async function encodeSnapshot(keys: SyncKeys, snapshot: Snapshot): Promise<Uint8Array> {
  return encodeJson(keys, snapshot, snapshotPlace(snapshot.device));
}

export async function decodeSnapshot(keys: SyncKeys, bytes: Uint8Array, device: string): Promise<Snapshot> {
  const value = await decodeJson(keys, bytes, snapshotPlace(device));
  const format = (value as { format?: unknown } | null)?.format;
  if (typeof format === 'number' && format > SYNC_FORMAT) throw new SyncError('newer-format', `format ${format}`);
  const parsed = v.safeParse(SnapshotSchema, value);
  if (!parsed.success || parsed.output.device !== device) {
    throw new SyncError('tampered', `${snapshotPlace(device)} is not a snapshot`);
  }
  return parsed.output;
}

/** How many batches a snapshot covers, all devices together: the one covering most is the one to start from. */
export const coverage = (covers: Record<string, number>) => Object.values(covers).reduce((sum, n) => sum + n, 0);

/**
 * How many batches a snapshot spares a device that has applied `seen` (its own are never read).
 * A device that was there first sees a newcomer's snapshot, which holds little it lacks.
 */
export function snapshotGain(covers: Record<string, number>, seen: Record<string, number>, self: string): number {
  return Object.entries(covers).reduce(
    (sum, [device, n]) => (device === self ? sum : sum + Math.max(0, n - (seen[device] ?? 0))),
    0,
  );
}

/**
 * The last of `device`'s batches that every device's snapshot covers (`snapshots`, one per
 * device in the folder, null where a device has written none): up to there its batches can
 * go. A device without a snapshot keeps them all, since it may still need to read them.
 */
export function prunableUpTo(device: string, snapshots: readonly (Snapshot | null)[]): number {
  if (!snapshots.length) return 0;
  return Math.min(...snapshots.map((s) => s?.covers[device] ?? 0));
}

/**
 * A computer that has not synced for this long no longer holds back the deletion of batches:
 * a laptop left in a drawer would otherwise keep every batch on the server for ever. If it
 * comes back, it finds batches it never read gone and starts again from a snapshot.
 */
export const FORGOTTEN_AFTER_MS = 90 * 24 * 60 * 60 * 1000;

/**
 * The devices whose snapshots set how far batches may be deleted: those that wrote in the last
 * FORGOTTEN_AFTER_MS, and those with no note of when (a device in its first sync).
 */
export function holdingBack(devices: readonly { id: string; at: number }[], now: number): string[] {
  return devices.filter((d) => !d.at || now - d.at <= FORGOTTEN_AFTER_MS).map((d) => d.id);
}

/** A device's note beside its batches: when it last synced, and up to which batch it deleted its own. */
export interface DeviceNote {
  at: number;
  pruned: number;
}

/** A note as read (older notes have no `pruned`; an unreadable one counts as none). */
export function deviceNoteOf(value: unknown): DeviceNote {
  const { at, pruned } = (value ?? {}) as { at?: unknown; pruned?: unknown };
  const whole = (n: unknown) => (typeof n === 'number' && Number.isSafeInteger(n) && n > 0 ? n : 0);
  return { at: whole(at), pruned: whole(pruned) };
}
