// The item a nudge offers: a real read for a goal, with its real reading time or none.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Item } from '../../../src/core/item/model';
import { openDb, type LearnmarkDb } from '../../../src/db/db';
import { itemToOffer, offeredReadingMinutes } from '../../../src/db/nudges';

let database: LearnmarkDb;
let n = 0;
beforeEach(() => {
  database = openDb(`nudges-${++n}`);
});
afterEach(() => database.delete());

const item = (id: string, over: Partial<Item>): Item =>
  ({
    id,
    url: `https://a.example/${id}`,
    goalIds: [],
    tags: [],
    savedAt: 1,
    status: 'unread',
    capture: 'full',
    wordCount: 900,
    readingMinutes: 4,
    ...over,
  }) as unknown as Item;

describe('offeredReadingMinutes', () => {
  test.each([
    ['a read page', { capture: 'full', wordCount: 900, readingMinutes: 4 }, 4],
    ['a partly read page', { capture: 'partial', wordCount: 2000, readingMinutes: 9 }, 9],
    ['a page never read (no text)', { capture: 'none', wordCount: 0, readingMinutes: 1 }, null],
    ['text but under a minute', { capture: 'full', wordCount: 40, readingMinutes: 0 }, null],
  ] as const)('%s', (_, over, expected) => {
    expect(offeredReadingMinutes(item('x', over))).toBe(expected);
  });
});

describe('itemToOffer', () => {
  test('offers the shortest real read for an active goal; never a page that was never read', async () => {
    await database.goals.add({ id: 'g', title: 'G', status: 'active' } as never);
    await database.items.bulkAdd([
      item('bookmark', { goalIds: ['g'], capture: 'none', wordCount: 0, readingMinutes: 1 }),
      item('long', { goalIds: ['g'], readingMinutes: 12 }),
      item('short', { goalIds: ['g'], readingMinutes: 3 }),
      item('no-goal', { readingMinutes: 1 }),
      item('done', { goalIds: ['g'], readingMinutes: 1, status: 'done' }),
    ]);
    expect((await itemToOffer(database))?.id).toBe('short');
  });

  test('any real unread read when no goal has one; nothing when there is only a bookmark', async () => {
    await database.items.bulkAdd([item('bookmark', { capture: 'none', wordCount: 0 })]);
    expect(await itemToOffer(database)).toBeNull();
    await database.items.add(item('read', { readingMinutes: 7 }));
    expect((await itemToOffer(database))?.id).toBe('read');
  });
});
