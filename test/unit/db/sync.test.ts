import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Item } from '../../../src/core/item/model';
import { CONFLICT_MARK } from '../../../src/core/sync/merge';
import { openDb, type LearnmarkDb } from '../../../src/db/db';
import { applyBatch, batchSent, nextBatch, startRecording, stopRecording, syncProgress } from '../../../src/db/sync';

// Two devices are two databases; a batch travels from one to the other as the worker sends it.
let a: LearnmarkDb;
let b: LearnmarkDb;
let n = 0;
beforeEach(() => {
  n++;
  a = openDb(`sync-a-${n}`);
  b = openDb(`sync-b-${n}`);
});
afterEach(async () => {
  await a.delete();
  await b.delete();
});

const item = (id: string, extra: Partial<Item> = {}): Item =>
  ({
    id,
    url: `https://a.example/${id}`,
    title: `Title ${id}`,
    text: 'words here',
    note: '',
    goalIds: [],
    tags: [],
    savedAt: 1,
    status: 'unread',
    ...extra,
  }) as unknown as Item;

/** Sends everything `from` has waiting to `to`; returns the number of changes. */
async function send(from: LearnmarkDb, to: LearnmarkDb): Promise<number> {
  let count = 0;
  for (let batch = await nextBatch(from); batch; batch = await nextBatch(from)) {
    await applyBatch(to, batch);
    await batchSent(from, batch.seq);
    count += batch.changes.length;
  }
  return count;
}
const both = async () => {
  await send(a, b);
  await send(b, a);
};

describe('recording', () => {
  test('nothing is recorded before sync is set up; then the library already there is queued whole', async () => {
    await a.items.add(item('i1'));
    expect(await a.outbox.count()).toBe(0);
    await startRecording(a, 'dev-a');
    const batch = await nextBatch(a);
    expect(batch).toMatchObject({ format: 1, device: 'dev-a', seq: 1 });
    expect(batch!.changes).toHaveLength(1);
    expect(Object.keys(batch!.changes[0]!.f).sort()).toEqual(Object.keys(item('i1')).sort());
  });

  test('every write path is recorded with only the fields it changed, and never the search words', async () => {
    await a.items.bulkAdd([item('i1'), item('i2'), item('i3')]);
    await startRecording(a, 'dev-a');
    await send(a, b);
    await a.items.update('i1', { title: 'Renamed' });
    await a.items.where('id').equals('i2').modify({ status: 'done' });
    await a.items.where('id').equals('i3').delete();
    const batch = await nextBatch(a);
    const byKey = Object.fromEntries(batch!.changes.map((c) => [c.k, c]));
    expect(Object.keys(byKey['i1']!.f)).toEqual(['title']);
    expect(Object.keys(byKey['i2']!.f)).toEqual(['status']);
    expect(byKey['i3']!.d).toBeDefined();
    expect(JSON.stringify(batch)).not.toContain('searchWords');
  });

  test('a write that fails records nothing', async () => {
    await startRecording(a, 'dev-a');
    await a.items.add(item('i1'));
    await send(a, b);
    await expect(a.items.add(item('i2', { url: 'https://a.example/i1' }))).rejects.toThrow();
    expect(await a.outbox.count()).toBe(0);
  });

  test('a change made while its batch was being sent still waits afterwards', async () => {
    await startRecording(a, 'dev-a');
    await a.items.add(item('i1'));
    const batch = await nextBatch(a);
    await a.items.update('i1', { title: 'Changed meanwhile' });
    await batchSent(a, batch!.seq);
    const next = await nextBatch(a);
    expect(next!.seq).toBe(2);
    expect(next!.changes.map((c) => Object.keys(c.f))).toEqual([['title']]);
  });

  test('a worker stopped before the batch was stored sends the same batch again', async () => {
    await startRecording(a, 'dev-a');
    await a.items.add(item('i1'));
    const first = await nextBatch(a);
    await a.items.add(item('i2'));
    const again = await nextBatch(a);
    expect(again).toEqual(first);
  });

  test('forgetting the device stops recording and keeps the library', async () => {
    await startRecording(a, 'dev-a');
    await a.items.add(item('i1'));
    await stopRecording(a);
    await a.items.add(item('i2'));
    expect(await a.outbox.count()).toBe(0);
    expect(await a.items.count()).toBe(2);
  });
});

describe('applying another device’s batch', () => {
  beforeEach(async () => {
    await startRecording(a, 'dev-a');
    await startRecording(b, 'dev-b');
  });

  test('brings its records in, indexed for search here, and records nothing to send back', async () => {
    await a.items.add(item('i1', { title: 'Window functions' }));
    expect(await send(a, b)).toBe(1);
    expect(await b.items.get('i1')).toMatchObject({ title: 'Window functions' });
    expect(await b.words.where('w').equals('0window').count()).toBe(1);
    expect(await b.outbox.count()).toBe(0);
    expect((await syncProgress(b)).seen).toEqual({ 'dev-a': 1 });
  });

  test('a batch applied twice is applied once', async () => {
    await a.items.add(item('i1'));
    const batch = (await nextBatch(a))!;
    await applyBatch(b, batch);
    await b.items.update('i1', { title: 'Edited on B' });
    await applyBatch(b, batch);
    expect((await b.items.get('i1'))!.title).toBe('Edited on B');
  });

  test('a takeaway written on both keeps both; a goal and a delete travel', async () => {
    await a.items.add(item('i1'));
    await both();
    await a.items.update('i1', { note: 'From A' });
    await b.items.update('i1', { note: 'From B' });
    await both();
    const [onA, onB] = [(await a.items.get('i1'))!, (await b.items.get('i1'))!];
    expect(onA.note).toBe(onB.note);
    expect(onA.note.split(CONFLICT_MARK).sort()).toEqual(['From A', 'From B']);
    await b.items.update('i1', { goalIds: ['g1'] });
    await both();
    expect((await a.items.get('i1'))!.goalIds).toEqual(['g1']);
    await a.items.delete('i1');
    await both();
    expect(await b.items.get('i1')).toBeUndefined();
  });

  test('the same page saved on both devices ends as one item, the same on both', async () => {
    await a.items.add(item('i-b', { url: 'https://same.example/' }));
    await b.items.add(item('i-a', { url: 'https://same.example/' }));
    await both();
    await both();
    expect((await a.items.toArray()).map((i) => i.id)).toEqual(['i-a']);
    expect((await b.items.toArray()).map((i) => i.id)).toEqual(['i-a']);
  });
});
