import { describe, expect, test } from 'vitest';
import {
  coverage,
  decodeSnapshot,
  deviceNoteOf,
  FORGOTTEN_AFTER_MS,
  holdingBack,
  encodeBatch,
  encodeSnapshot,
  prunableUpTo,
  snapshotGain,
} from '../../../../src/core/sync/batch';
import { newKeyFile } from '../../../../src/core/sync/crypto';
import { SYNC_FORMAT, type Snapshot } from '../../../../src/core/sync/model';

const snapshot = (device: string, covers: Record<string, number>): Snapshot => ({
  format: SYNC_FORMAT,
  device,
  covers,
  changes: [{ t: 'items', k: 'i1', f: { title: ['Kept', '00000000a.0000.a'] } }],
});

describe('snapshots', () => {
  test('round trip, and refused when moved to another device or changed', async () => {
    const { keys } = await newKeyFile('pass', 1_000);
    const bytes = await encodeSnapshot(keys, snapshot('aaaa', { aaaa: 3, bbbb: 2 }));
    expect(await decodeSnapshot(keys, bytes, 'aaaa')).toEqual(snapshot('aaaa', { aaaa: 3, bbbb: 2 }));
    await expect(decodeSnapshot(keys, bytes, 'bbbb')).rejects.toMatchObject({ fault: 'tampered' });
    const changed = bytes.slice();
    changed[changed.length - 1]! ^= 1;
    await expect(decodeSnapshot(keys, changed, 'aaaa')).rejects.toMatchObject({ fault: 'tampered' });
    // A batch is no snapshot, even under the snapshot's place.
    const batch = await encodeBatch(keys, { format: 1, device: 'aaaa', seq: 1, changes: [] });
    await expect(decodeSnapshot(keys, batch, 'aaaa')).rejects.toMatchObject({ fault: 'tampered' });
  });

  test.each([
    ['a newcomer: everything others wrote', { a: 20, b: 4 }, {}, 'c', 24],
    ['the first device meeting a newcomer: only the newcomer’s own', { a: 20, b: 1 }, {}, 'a', 1],
    ['what is seen already is no gain', { a: 20, b: 4 }, { a: 18 }, 'c', 6],
  ])('snapshotGain: %s', (_, covers, seen, self, gain) => {
    expect(snapshotGain(covers, seen, self)).toBe(gain);
  });

  test('coverage adds up every device’s batches', () => {
    expect(coverage({ a: 3, b: 2 })).toBe(5);
    expect(coverage({})).toBe(0);
  });

  test.each([
    ['only this device, with its snapshot', [snapshot('a', { a: 16 })], 16],
    ['another device without a snapshot keeps them all', [snapshot('a', { a: 16 }), null], 0],
    ['the other’s snapshot covers fewer', [snapshot('a', { a: 32, b: 4 }), snapshot('b', { a: 16, b: 20 })], 16],
    ['the other’s snapshot never read this device', [snapshot('a', { a: 32 }), snapshot('b', { b: 20 })], 0],
    ['no snapshot at all', [], 0],
  ])('prunableUpTo: %s', (_, snapshots, upTo) => {
    expect(prunableUpTo('a', snapshots)).toBe(upTo);
  });
});

describe('a forgotten computer', () => {
  const NOW = Date.UTC(2026, 10, 30);
  const DAY = 86_400_000;
  test.each([
    ['synced yesterday: holds back', NOW - DAY, ['d']],
    ['synced 90 days ago to the day: still holds back', NOW - FORGOTTEN_AFTER_MS, ['d']],
    ['silent for 91 days: no longer', NOW - 91 * DAY, []],
    ['no note yet (in its first sync): holds back', 0, ['d']],
  ])('holdingBack: %s', (_, at, ids) => {
    expect(holdingBack([{ id: 'd', at }], NOW)).toEqual(ids);
  });

  test.each([
    ['a note of this version', { at: 5, pruned: 32 }, { at: 5, pruned: 32 }],
    ['an older note, with no deletions noted', { at: 5 }, { at: 5, pruned: 0 }],
    ['an unreadable one', null, { at: 0, pruned: 0 }],
    ['nonsense numbers', { at: -1, pruned: 1.5 }, { at: 0, pruned: 0 }],
  ])('deviceNoteOf: %s', (_, value, note) => {
    expect(deviceNoteOf(value)).toEqual(note);
  });
});
