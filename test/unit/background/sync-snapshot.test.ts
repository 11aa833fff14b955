// Deleting batches on the server, through an in-memory folder: a computer silent for months no
// longer holds it back, and one that comes back after its batches went starts from a snapshot.
import { afterEach, beforeAll, beforeEach, expect, test, vi } from 'vitest';
import { readNote, writeNote } from '../../../src/background/sync-note';
import {
  batchPath,
  catchUp,
  snapshotIfDue,
  startFromSnapshot,
  type SyncFolder,
} from '../../../src/background/sync-snapshot';
import type { Dav } from '../../../src/background/sync-transport';
import {
  encodeBatch,
  encodeSnapshot,
  FORGOTTEN_AFTER_MS,
  holdingBack,
  snapshotPlace,
} from '../../../src/core/sync/batch';
import { fileName, newKeyFile, type SyncKeys } from '../../../src/core/sync/crypto';
import { SYNC_FORMAT } from '../../../src/core/sync/model';
import type { Item } from '../../../src/core/item/model';
import { db } from '../../../src/db/db';
import { batchSent, nextBatch, startRecording, stopRecording, syncProgress } from '../../../src/db/sync';

const NOW = Date.UTC(2026, 10, 30);
const SELF = 'aaaaaaaaaaaaaaaa';

/** A WebDAV folder in memory, with versions as a server's entity tags. */
function memoryDav(files: Map<string, { bytes: Uint8Array; tag: number }>): Dav {
  let tags = 0;
  const bytesOf = (b: Uint8Array | string) => (typeof b === 'string' ? new TextEncoder().encode(b) : b);
  return {
    folders: async () => [],
    read: async (path) => files.get(path)?.bytes ?? null,
    write: async (path, bytes) => void files.set(path, { bytes: bytesOf(bytes), tag: ++tags }),
    version: async (path) => (files.has(path) ? { etag: String(files.get(path)!.tag) } : null),
    readVersioned: async (path) => {
      const file = files.get(path);
      return file ? { bytes: file.bytes, version: { etag: String(file.tag) } } : null;
    },
    writeIf: async (path, bytes, expected) => {
      if (String(files.get(path)?.tag ?? null) !== String(expected?.etag ?? null)) return false;
      files.set(path, { bytes: bytesOf(bytes), tag: ++tags });
      return true;
    },
    folder: async () => undefined,
    remove: async (path) => void files.delete(path),
  };
}

let keys: SyncKeys;
let files: Map<string, { bytes: Uint8Array; tag: number }>;
let folder: SyncFolder;
beforeAll(async () => {
  keys = (await newKeyFile('pass', 1_000)).keys;
});
beforeEach(async () => {
  await stopRecording(db());
  await db().items.clear();
  files = new Map();
  folder = { dav: memoryDav(files), keys, root: '/Learnmark', self: SELF };
  await startRecording(db(), SELF);
  // Sixteen syncs of one change each: sixteen batches on the server, a snapshot due.
  for (let i = 0; i < 16; i++) {
    await db().items.add({
      id: `i${i}`,
      url: `https://a.example/${i}`,
      savedAt: NOW,
      goalIds: [],
      tags: [],
    } as unknown as Item);
    const batch = (await nextBatch(db()))!;
    await folder.dav.write(await batchPath(folder, SELF, batch.seq), await encodeBatch(keys, batch));
    await batchSent(db(), batch.seq);
  }
  // The other active computer has read all sixteen and said so in its snapshot.
  const place = snapshotPlace('bbbbbbbbbbbbbbbb');
  await folder.dav.write(
    `/Learnmark/bbbbbbbbbbbbbbbb/${await fileName(keys, place)}`,
    await encodeSnapshot(keys, {
      format: SYNC_FORMAT,
      device: 'bbbbbbbbbbbbbbbb',
      covers: { [SELF]: 16 },
      changes: [],
    }),
  );
});

const batchesLeft = async () => {
  let left = 0;
  for (let seq = 1; seq <= 16; seq++) if (files.has(await batchPath(folder, SELF, seq))) left++;
  return left;
};

test.each([
  ['a computer that synced last week still needs the batches: none go', NOW - 7 * 86_400_000, 16],
  ['one silent for longer than 90 days no longer holds them back: all go', NOW - FORGOTTEN_AFTER_MS - 1, 0],
])('%s', async (_, forgottenAt, left) => {
  const devices = [
    { id: 'bbbbbbbbbbbbbbbb', at: NOW - 60_000 },
    // Never wrote a snapshot: it read none of these batches.
    { id: 'cccccccccccccccc', at: forgottenAt },
  ];
  await snapshotIfDue(folder, holdingBack(devices, NOW));
  expect(await batchesLeft()).toBe(left);
});

test('a computer back after its unread batches went starts again from a snapshot, keeping what it changed meanwhile', async () => {
  const other = 'bbbbbbbbbbbbbbbb';
  const at = (n: number) => `0zzzzzzz${n}.0000.${other}`;
  await db().syncState.put({ ...(await db().syncState.get('progress'))!, seen: { [other]: 3 } } as never);
  // Changed here while away, not sent yet; the other computer edited the same item earlier.
  await db().items.update('i1', { title: 'Changed here' });
  await folder.dav.write(
    `/Learnmark/${other}/${await fileName(keys, snapshotPlace(other))}`,
    await encodeSnapshot(keys, {
      format: SYNC_FORMAT,
      device: other,
      covers: { [other]: 40, [SELF]: 16 },
      changes: [
        {
          t: 'items',
          k: 'far',
          f: { id: ['far', at(1)], url: ['https://far.example/', at(1)], savedAt: [NOW, at(1)] },
        },
        { t: 'items', k: 'i1', f: { title: ['Changed there, earlier', '000000001.0000.bbbbbbbbbbbbbbbb'] } },
      ],
    }),
  );
  expect(await catchUp(folder, other)).toEqual({ conflicts: 0, refused: [] });
  expect((await db().items.get('far'))?.url).toBe('https://far.example/');
  expect((await db().items.get('i1'))?.title).toBe('Changed here');
  expect(await db().outbox.get(['items', 'i1'])).toBeDefined();
  // Batches 4 to 40 count as read; this computer's own are never counted.
  expect((await syncProgress(db())).seen).toEqual({ [other]: 40 });
});

test('the first computer looks at a newcomer’s snapshot once, not at every sync', async () => {
  const read = vi.spyOn(folder.dav, 'read');
  const snapshotFile = `/Learnmark/bbbbbbbbbbbbbbbb/${await fileName(keys, snapshotPlace('bbbbbbbbbbbbbbbb'))}`;
  // It holds only this computer's own batches: nothing worth starting from.
  expect(await startFromSnapshot(folder, ['bbbbbbbbbbbbbbbb'])).toBeNull();
  expect(await startFromSnapshot(folder, ['bbbbbbbbbbbbbbbb'])).toBeNull();
  expect(read.mock.calls.filter(([path]) => path === snapshotFile)).toHaveLength(1);
  expect((await syncProgress(db())).seen).toEqual({ bbbbbbbbbbbbbbbb: 0 });
});

afterEach(() => vi.useRealTimers());

test('the note is rewritten when a minute has passed or batches were deleted, not at every sync', async () => {
  vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
  const writeIf = vi.spyOn(folder.dav, 'writeIf');
  const noteFile = `/Learnmark/${SELF}/${await fileName(keys, `${SELF}/info`)}`;
  const noteWrites = () => writeIf.mock.calls.filter(([path]) => path === noteFile).length;
  await writeNote(folder);
  expect(await readNote(folder, SELF)).toEqual({ at: NOW, pruned: 0 });
  vi.setSystemTime(NOW + 30_000);
  await writeNote(folder);
  expect(noteWrites()).toBe(1);
  // Deleting batches is said at once: other computers go by it.
  await snapshotIfDue(folder, ['bbbbbbbbbbbbbbbb']);
  await writeNote(folder);
  expect(await readNote(folder, SELF)).toEqual({ at: NOW + 30_000, pruned: 16 });
  vi.setSystemTime(NOW + 100_000);
  await writeNote(folder);
  expect(await readNote(folder, SELF)).toEqual({ at: NOW + 100_000, pruned: 16 });
  expect(noteWrites()).toBe(3);
});
