import { describe, expect, test } from 'vitest';
import { formatStamp, receive, tick, type Hlc } from '../../../../src/core/sync/hlc';
import { applyChange, changeSince, CONFLICT_MARK, EMPTY_META, recordLocal } from '../../../../src/core/sync/merge';
import { SYNCED_TABLES, type Change, type RecordMeta, type Row } from '../../../../src/core/sync/model';

const ITEMS = SYNCED_TABLES.items;
const HOUR = 3_600_000;
const T = Date.UTC(2026, 10, 30, 9);

/** A device as the merge sees it: one record's row and meta, a clock, a wall-clock offset. */
class Device {
  row: Row | null = null;
  meta: RecordMeta = EMPTY_META;
  clock: Hlc = { wall: 0, counter: 0 };
  sentAt = '';
  conflicts: string[] = [];
  constructor(
    readonly id: string,
    readonly skew = 0,
  ) {}
  write(after: Row | null, at: number): void {
    this.clock = tick(this.clock, at + this.skew);
    const meta = recordLocal(ITEMS, this.meta, this.row, after, formatStamp(this.clock, this.id));
    if (meta) this.meta = meta;
    this.row = after;
  }
  edit(fields: Row, at: number): void {
    this.write({ ...this.row!, ...fields }, at);
  }
  /** What it sends: everything stamped since it last sent. */
  send(): Change[] {
    const change = changeSince('items', ITEMS, 'i1', this.row, this.meta, this.sentAt);
    this.sentAt = `${formatStamp(this.clock, this.id)}~`;
    return change ? [change] : [];
  }
  take(changes: Change[], at: number): void {
    for (const change of changes) {
      for (const [, stamp] of Object.values(change.f)) this.clock = receive(this.clock, stamp, at + this.skew);
      const merged = applyChange(ITEMS, this.row, this.meta, change);
      this.row = merged.row;
      this.meta = merged.meta;
      this.conflicts.push(...merged.conflicts);
    }
  }
}

const ITEM: Row = {
  id: 'i1',
  url: 'https://a.example/x',
  title: 'A title',
  note: '',
  status: 'unread',
  tags: [],
  searchWords: ['a'],
};

/** A row without what each device derives for itself (the search words). */
const synced = (row: Row | null) => (row ? { ...row, searchWords: undefined } : null);

function pair(skewB = 0): [Device, Device] {
  const a = new Device('a');
  const b = new Device('b', skewB);
  a.write(ITEM, T);
  b.take(a.send(), T + 1);
  b.sentAt = `${formatStamp(b.clock, 'b')}~`;
  return [a, b];
}

/** Both devices exchange what they have until nothing new travels. */
function converge(a: Device, b: Device, at: number): void {
  const fromA = a.send();
  const fromB = b.send();
  b.take(fromA, at);
  a.take(fromB, at);
}

describe('a record created on one device', () => {
  test('arrives whole, without the fields each device derives for itself', () => {
    const [, b] = pair();
    expect(b.row).toEqual(synced(ITEM));
    expect(b.row).not.toHaveProperty('searchWords');
  });

  test('an edit that changes nothing sends nothing', () => {
    const [a] = pair();
    a.send();
    a.edit({ title: 'A title' }, T + 10);
    expect(a.send()).toEqual([]);
  });

  test('a stray edit of a record never created here is kept aside, not stored', () => {
    const [a] = pair();
    a.send();
    a.edit({ title: 'New' }, T + 10);
    const c = new Device('c');
    c.take(a.send(), T + 20);
    expect(c.row).toBeNull();
    c.take(
      changeSince('items', ITEMS, 'i1', a.row, a.meta, '')
        ? [changeSince('items', ITEMS, 'i1', a.row, a.meta, '')!]
        : [],
      T + 30,
    );
    expect(c.row).toMatchObject({ title: 'New', url: ITEM.url });
  });
});

describe('concurrent edits', () => {
  test.each<[string, Row, Row, number, Row]>([
    ['different fields both stay', { title: 'From A' }, { status: 'done' }, 0, { title: 'From A', status: 'done' }],
    ['the same field: the later edit wins', { title: 'From A' }, { title: 'From B' }, 0, { title: 'From B' }],
    [
      'a later edit on a clock three hours behind still wins once it has seen the other',
      { title: 'From A' },
      { title: 'From B' },
      -3 * HOUR,
      { title: 'From B' },
    ],
    ['tags travel as one value', { tags: ['x'] }, { tags: ['y', 'z'] }, 0, { tags: ['y', 'z'] }],
  ])('%s', (_, onA, onB, skewB, expected) => {
    const [a, b] = pair(skewB);
    a.edit(onA, T + 100);
    b.take(a.send(), T + 150); // B has seen A's edit before making its own
    b.edit(onB, T + 200);
    converge(a, b, T + 300);
    expect(synced(a.row)).toEqual(synced(b.row));
    expect(a.row).toMatchObject(expected);
  });

  test('the same field edited on both without seeing each other: the later stamp wins on both', () => {
    const [a, b] = pair();
    a.edit({ title: 'From A' }, T + 200);
    b.edit({ title: 'From B' }, T + 100);
    converge(a, b, T + 300);
    expect(synced(a.row)).toEqual(synced(b.row));
    expect(a.row!.title).toBe('From A');
  });

  test('a takeaway written on both keeps both, marked, the later first, and is merged once', () => {
    const [a, b] = pair();
    a.edit({ note: 'A thinks' }, T + 100);
    b.edit({ note: 'B thinks' }, T + 200);
    converge(a, b, T + 300);
    expect(a.row!.note).toBe(`B thinks${CONFLICT_MARK}A thinks`);
    expect(synced(b.row)).toEqual(synced(a.row));
    expect(a.conflicts).toEqual(['note']);
    expect(b.conflicts).toEqual(['note']);
    // Sending again (a worker stopped before it recorded what it sent) changes nothing.
    converge(a, b, T + 400);
    a.take(
      changeSince('items', ITEMS, 'i1', b.row, b.meta, '')
        ? [changeSince('items', ITEMS, 'i1', b.row, b.meta, '')!]
        : [],
      T + 500,
    );
    expect(a.row!.note).toBe(`B thinks${CONFLICT_MARK}A thinks`);
    expect(synced(b.row)).toEqual(synced(a.row));
  });

  test('a takeaway edited on top of the other’s is no conflict', () => {
    const [a, b] = pair();
    a.edit({ note: 'First' }, T + 100);
    b.take(a.send(), T + 150);
    b.edit({ note: 'First, then more' }, T + 200);
    converge(a, b, T + 300);
    expect(a.row!.note).toBe('First, then more');
    expect(a.conflicts).toEqual([]);
  });

  test('resolving the conflict on one device travels as an ordinary edit', () => {
    const [a, b] = pair();
    a.edit({ note: 'A' }, T + 100);
    b.edit({ note: 'B' }, T + 200);
    converge(a, b, T + 300);
    a.edit({ note: 'A and B' }, T + 400);
    converge(a, b, T + 500);
    expect(b.row!.note).toBe('A and B');
    expect(b.conflicts).toEqual(['note']);
  });

  test('one empty takeaway and one written: the written one, no conflict', () => {
    const [a, b] = pair();
    a.edit({ note: 'Kept' }, T + 100);
    b.edit({ note: '' }, T + 50);
    converge(a, b, T + 300);
    expect(a.row!.note).toBe('Kept');
    expect(b.row!.note).toBe('Kept');
  });
});

describe('deletes and undo', () => {
  test('a delete travels', () => {
    const [a, b] = pair();
    a.write(null, T + 100);
    converge(a, b, T + 200);
    expect(b.row).toBeNull();
  });

  test('undo travels: the record comes back on the other device', () => {
    const [a, b] = pair();
    a.write(null, T + 100);
    converge(a, b, T + 200);
    a.write({ ...ITEM, title: 'Restored' }, T + 300);
    converge(a, b, T + 400);
    expect(b.row).toMatchObject({ id: 'i1', title: 'Restored', url: ITEM.url });
  });

  test('undo before the delete was sent sends the record, not the delete', () => {
    const [a, b] = pair();
    a.write(null, T + 100);
    a.write(ITEM, T + 110);
    converge(a, b, T + 200);
    expect(b.row).toMatchObject({ id: 'i1' });
  });

  test('deleted on A while B edits it later: kept on both, with B’s edit', () => {
    const [a, b] = pair();
    a.write(null, T + 100);
    b.edit({ note: 'Still useful' }, T + 200);
    converge(a, b, T + 300);
    expect(synced(a.row)).toEqual(synced(b.row));
    expect(a.row).toMatchObject({ title: 'A title', note: 'Still useful' });
  });

  test('edited on B, then deleted on A: gone on both', () => {
    const [a, b] = pair();
    b.edit({ note: 'Old thought' }, T + 100);
    a.write(null, T + 200);
    converge(a, b, T + 300);
    expect(a.row).toBeNull();
    expect(b.row).toBeNull();
  });

  test('a delete arriving twice is no different from once', () => {
    const [a, b] = pair();
    a.write(null, T + 100);
    const sent = a.send();
    b.take(sent, T + 200);
    b.take(sent, T + 250);
    expect(b.row).toBeNull();
    expect(b.meta.deleted).toBe(sent[0]!.d);
  });
});

test('a field named __proto__ is never merged', () => {
  const merged = applyChange(ITEMS, { ...ITEM }, EMPTY_META, {
    t: 'items',
    k: 'i1',
    f: JSON.parse('{"__proto__": [{"polluted": true}, "zzzzzzzzz.0000.x"], "id": ["i1", "000000001.0000.x"]}'),
  });
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getPrototypeOf(merged.row)).toBe(Object.prototype);
});
