import { decodeJson, deviceNoteOf, encodeJson, type DeviceNote } from '../core/sync/batch';
import { fileName } from '../core/sync/crypto';
import { db } from '../db/db';
import { noteWritten, syncProgress } from '../db/sync';
import { now } from '../platform/clock';
import type { SyncFolder } from './sync-snapshot';
import { rewrite } from './sync-transport';

/**
 * Each device's note beside its batches (when it last synced, how far it deleted its own
 * batches), under a name that says nothing.
 */
const notePath = async (folder: SyncFolder, device: string) =>
  `${folder.root}/${device}/${await fileName(folder.keys, `${device}/info`)}`;

/** Another device's note: when it last synced, and how far it deleted its batches. */
export async function readNote(folder: SyncFolder, device: string): Promise<DeviceNote> {
  const bytes = await folder.dav.read(await notePath(folder, device));
  return deviceNoteOf(bytes ? await decodeJson(folder.keys, bytes, `${device}/info`).catch(() => null) : null);
}

/**
 * The note says when a device last synced to the minute's worth that the device list and the
 * 90-day rule need: a sync within this long of the last note, having deleted nothing more,
 * leaves it as it is. Rewriting it each time cost a second a sync back to back, since Apache
 * tags a file changed within the second weakly and the rewrite waits for a strong tag.
 */
const NOTE_FRESH_MS = 60_000;

/**
 * This device's note, rewritten after its batches are deleted, and when the last is older than
 * NOTE_FRESH_MS. A copy of this profile may write it too: the later time and the further
 * deletion are kept.
 */
export async function writeNote(folder: SyncFolder): Promise<void> {
  const { pruned = 0, note: last } = await syncProgress(db());
  if (last && last.pruned === pruned && Math.abs(now() - last.at) < NOTE_FRESH_MS) return;
  await rewrite(folder.dav, await notePath(folder, folder.self), async (current) => {
    const theirs = deviceNoteOf(
      current ? await decodeJson(folder.keys, current, `${folder.self}/info`).catch(() => null) : null,
    );
    const note: DeviceNote = { at: Math.max(now(), theirs.at), pruned: Math.max(pruned, theirs.pruned) };
    return encodeJson(folder.keys, note, `${folder.self}/info`);
  });
  await noteWritten(db(), { at: now(), pruned });
}
