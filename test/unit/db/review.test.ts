// Takeaway cards and today's queue, on fake IndexedDB: a takeaway written through either write
// path (the library's edit, "done" with a takeaway) makes its card in the same transaction;
// changing it keeps the card's schedule; clearing it puts the card in the trash, from which
// writing it back (Undo) brings the same card, schedule and all.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { answerCard } from '../../../src/core/review/schedule';
import { newCard, takeawayCardId } from '../../../src/core/review/card';
import type { Item } from '../../../src/core/item/model';
import { openDb, type LearnmarkDb } from '../../../src/db/db';
import { setItemStatus } from '../../../src/db/item-status';
import { deleteItems, editItem, restoreItems } from '../../../src/db/library';
import { answerReview, answersOn, reviewQueue } from '../../../src/db/review';
import { reviewTimeBetween, reviewTimeForGoal } from '../../../src/db/review-time';

const NOW = Date.UTC(2026, 10, 30, 9, 0);
const HOUR = 3_600_000;
const END_OF_DAY = NOW + 12 * HOUR;

let database: LearnmarkDb;
let n = 0;
const item = (id: string, over: Partial<Item> = {}): Item =>
  ({
    id,
    url: `https://blog.example.org/${id}`,
    kind: 'article',
    title: `Title ${id}`,
    siteName: 'Example blog',
    goalIds: [],
    tags: [],
    status: 'unread',
    note: '',
    doneAt: null,
    text: '',
    savedAt: 1,
    updatedAt: 1,
    ...over,
  }) as Item;

beforeEach(async () => {
  database = openDb(`review-${++n}`);
  await database.items.bulkAdd([item('a', { goalIds: ['g1'] }), item('b', { goalIds: ['g2'] })]);
});
afterEach(() => database.delete());

const card = (itemId: string) => database.reviewCards.get(takeawayCardId(itemId));

describe('a takeaway is a review card', () => {
  test('written in the library editor: a new card, named by its item, due now', async () => {
    await editItem(database, { itemId: 'a', note: 'Index only what where() uses' }, NOW);
    expect(await card('a')).toMatchObject({ source: 'takeaway', sourceId: 'a', due: NOW, reps: 0, suspended: false });
    const [queued] = await reviewQueue(database, END_OF_DAY);
    expect(queued).toMatchObject({ card: { id: takeawayCardId('a') }, highlight: null });
    expect(queued!.item.note).toBe('Index only what where() uses');
  });

  test('written when marking it done: the same card, in the same write', async () => {
    await setItemStatus(database, 'a', { status: 'done', note: 'Measure before tuning' }, NOW);
    expect(await card('a')).toMatchObject({ source: 'takeaway', sourceId: 'a' });
  });

  test('no takeaway, no card; a title or tag edit makes none', async () => {
    await editItem(database, { itemId: 'a', title: 'Renamed', tags: ['sql'] }, NOW);
    await setItemStatus(database, 'a', { status: 'done' }, NOW);
    expect(await database.reviewCards.count()).toBe(0);
  });

  test('changed: the card keeps its schedule and shows the new takeaway', async () => {
    await editItem(database, { itemId: 'a', note: 'First thought' }, NOW);
    const answered = answerCard((await card('a'))!, 'good', NOW);
    await database.reviewCards.put(answered);
    await editItem(database, { itemId: 'a', note: 'Better thought' }, NOW + HOUR);
    expect(await card('a')).toEqual(answered);
    expect(await database.reviewCards.count()).toBe(1);
  });

  test('cleared: the card leaves the review for the trash; writing it back (Undo) brings the same card', async () => {
    await editItem(database, { itemId: 'a', note: 'Keep it' }, NOW);
    const answered = answerCard((await card('a'))!, 'good', NOW);
    await database.reviewCards.put(answered);
    await editItem(database, { itemId: 'a', note: '  ' }, NOW + HOUR);
    expect(await card('a')).toBeUndefined();
    expect(await database.cardTrash.get(takeawayCardId('a'))).toMatchObject({ removedAt: NOW + HOUR, card: answered });
    await editItem(database, { itemId: 'a', note: 'Keep it' }, NOW + 2 * HOUR);
    expect(await card('a')).toEqual(answered);
    expect(await database.cardTrash.count()).toBe(0);
  });

  test('cleared by the Done form: the card goes to the trash; its Undo (the takeaway written back) brings it, the item stays done', async () => {
    await editItem(database, { itemId: 'a', note: 'Keep it' }, NOW);
    const answered = answerCard((await card('a'))!, 'hard', NOW);
    await database.reviewCards.put(answered);
    await setItemStatus(database, 'a', { status: 'done', note: '' }, NOW + HOUR);
    expect(await card('a')).toBeUndefined();
    expect(await database.cardTrash.get(takeawayCardId('a'))).toMatchObject({ card: answered });
    await editItem(database, { itemId: 'a', note: 'Keep it' }, NOW + 2 * HOUR);
    expect(await card('a')).toEqual(answered);
    expect(await database.items.get('a')).toMatchObject({ status: 'done', note: 'Keep it' });
  });

  test('written again more than a day after it was cleared: a new card', async () => {
    await editItem(database, { itemId: 'a', note: 'Keep it' }, NOW);
    await database.reviewCards.put(answerCard((await card('a'))!, 'good', NOW));
    await editItem(database, { itemId: 'a', note: '' }, NOW);
    await editItem(database, { itemId: 'a', note: 'Anew' }, NOW + 25 * HOUR);
    expect(await card('a')).toMatchObject({ reps: 0, due: NOW + 25 * HOUR });
  });

  test('deleting the item takes its takeaway card along, and Undo brings it back', async () => {
    await editItem(database, { itemId: 'a', note: 'Keep it' }, NOW);
    const before = await card('a');
    await deleteItems(database, ['a'], NOW);
    expect(await card('a')).toBeUndefined();
    await restoreItems(database, ['a']);
    expect(await card('a')).toEqual(before);
  });
});

describe("today's queue", () => {
  beforeEach(async () => {
    await editItem(database, { itemId: 'a', note: 'For goal one' }, NOW - 2 * HOUR);
    await editItem(database, { itemId: 'b', note: 'For goal two' }, NOW - HOUR);
  });
  const queued = async (options: Parameters<typeof reviewQueue>[2]) =>
    (await reviewQueue(database, END_OF_DAY, options)).map((q) => q.item.id);

  test.each<[string, Parameters<typeof reviewQueue>[2], string[]]>([
    ['every goal, most overdue first', {}, ['a', 'b']],
    ['at most the daily limit', { limit: 1 }, ['a']],
    ['one goal', { goalId: 'g2' }, ['b']],
    ['a goal no item has', { goalId: 'g3' }, []],
  ])('%s', async (_, options, expected) => {
    expect(await queued(options)).toEqual(expected);
  });

  test('a takeaway card whose item lost its takeaway another way (a sync) waits', async () => {
    await database.items.update('a', { note: '' });
    expect(await queued({})).toEqual(['b']);
  });
});

describe('the time an answer took', () => {
  test('is recorded with the card, on its local day, for the goals its item has', async () => {
    await editItem(database, { itemId: 'a', note: 'Index only what where() uses' }, NOW);
    const at = NOW + HOUR;
    const next = await answerReview(database, takeawayCardId('a'), 'good', { now: at, seconds: 42.2, id: 'r-1' });
    expect(next).toMatchObject({ reps: 1, last_review: at });
    const row = {
      id: 'r-1',
      cardId: takeawayCardId('a'),
      itemId: 'a',
      goalIds: ['g1'],
      day: '2026-11-30',
      at,
      seconds: 42,
    };
    expect(await reviewTimeBetween(database, '2026-11-30', '2026-12-01')).toEqual([row]);
    expect(await reviewTimeForGoal(database, 'g1')).toEqual([row]);
    expect(await reviewTimeForGoal(database, 'g2')).toEqual([]);
  });

  test('a highlight’s card counts for the highlight’s item; an answer in no time is still an answer of its day', async () => {
    await database.highlights.add({ id: 'h-1', itemId: 'b' } as never);
    await database.reviewCards.add(newCard('highlight', 'h-1', { id: 'c-h', now: NOW }));
    await answerReview(database, 'c-h', 'easy', { now: NOW, seconds: 3700, id: 'r-2' });
    await answerReview(database, 'c-h', 'easy', { now: NOW, seconds: 0, id: 'r-3' });
    await answerReview(database, 'c-h', 'good', { now: NOW + 24 * HOUR, seconds: 5, id: 'r-4' });
    expect(await database.reviewLog.toArray()).toMatchObject([
      { id: 'r-2', itemId: 'b', goalIds: ['g2'], seconds: 600 },
      { id: 'r-3', itemId: 'b', seconds: 0 },
      { id: 'r-4', day: '2026-12-01' },
    ]);
    // The daily limit counts answers by their local day.
    expect(await answersOn(database, '2026-11-30')).toBe(2);
    expect(await answersOn(database, '2026-12-01')).toBe(1);
    expect(await answersOn(database, '2026-12-02')).toBe(0);
  });
});
