// Highlight writes through the worker's real listener: the reader reads the table directly and
// writes through these messages; a delete answers what it removed, so Undo restores it exactly.
import { FROM_OPTIONS } from '../senders';
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Item } from '../../../src/core/item/model';
import { db } from '../../../src/db/db';
import { highlightsOf } from '../../../src/db/highlights';
import { reviewQueue } from '../../../src/db/review';
import type { MessageName, Request, Response } from '../../../src/messaging/protocol';
import { installExtensionApis } from '../fake-extension-apis';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));
installExtensionApis();

const NOW = Date.UTC(2026, 10, 25, 10, 0);

async function ask<N extends MessageName>(type: N, payload: Request<N>): Promise<Response<N>> {
  const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown[]>;
  const [answer] = await trigger({ type, payload }, FROM_OPTIONS, () => undefined);
  return answer as Response<N>;
}

const draft = (over: Partial<Request<'highlight-add'>> = {}): Request<'highlight-add'> => ({
  itemId: 'i-1',
  exact: 'Recalling it a week later',
  prefix: 'Reading once is exposure. ',
  suffix: ' is learning.',
  start: 26,
  color: 'yellow',
  note: '  Why review works  ',
  ...over,
});

beforeAll(async () => {
  await import('../../../src/background/service-worker');
});

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  await Promise.all([db().items.clear(), db().highlights.clear(), db().reviewCards.clear()]);
  await db().items.add({
    id: 'i-1',
    url: 'https://blog.example.org/a',
    title: 'A',
    text: '',
    tags: [],
    note: '',
  } as unknown as Item);
});

describe('highlights', () => {
  test('highlight-add stores the quote, colour and trimmed note, dated by the clock', async () => {
    const added = await ask('highlight-add', draft());
    expect(added).toMatchObject({ ...draft(), note: 'Why review works', createdAt: NOW, updatedAt: NOW });
    expect(await highlightsOf(db(), 'i-1')).toEqual([added]);
  });

  test('a highlight for an item that is gone is not stored', async () => {
    expect(await ask('highlight-add', draft({ itemId: 'gone' }))).toBeNull();
    expect(await db().highlights.count()).toBe(0);
  });

  test('highlight-update changes the colour and the note only', async () => {
    const added = (await ask('highlight-add', draft()))!;
    vi.setSystemTime(NOW + 1000);
    const updated = await ask('highlight-update', { id: added.id, color: 'green', note: 'Spacing beats cramming' });
    expect(updated).toEqual({ ...added, color: 'green', note: 'Spacing beats cramming', updatedAt: NOW + 1000 });
    expect(await ask('highlight-update', { id: 'nope', note: 'x' })).toBeNull();
  });

  test('highlight-delete answers what it removed; highlight-restore puts it back as it was', async () => {
    const added = (await ask('highlight-add', draft()))!;
    const removed = await ask('highlight-delete', { id: added.id });
    expect(removed).toEqual(added);
    expect(await db().highlights.count()).toBe(0);
    expect(await ask('highlight-restore', removed!)).toEqual(added);
    expect(await db().highlights.get(added.id)).toEqual(added);
  });

  test('a colour outside the list is refused before any handler runs', async () => {
    await expect(ask('highlight-add', { ...draft(), color: 'url(https://evil.example/)' } as never)).rejects.toThrow(
      /refused "highlight-add": color/,
    );
    expect(await db().highlights.count()).toBe(0);
  });
});

describe('review cards', () => {
  test('review-add makes one card per highlight, due now; review-answer schedules it by FSRS at the clock', async () => {
    const h = (await ask('highlight-add', draft()))!;
    const card = (await ask('review-add', { highlightId: h.id }))!;
    expect(card).toMatchObject({ source: 'highlight', sourceId: h.id, due: NOW, reps: 0 });
    expect(await ask('review-add', { highlightId: h.id })).toEqual(card);
    expect(await db().reviewCards.count()).toBe(1);
    const answered = await ask('review-answer', { cardId: card.id, rating: 'easy' });
    expect(answered).toMatchObject({ reps: 1, last_review: NOW, due: NOW + 8 * 86_400_000 });
    expect(await db().reviewCards.get(card.id)).toEqual(answered);
  });

  test("a deleted highlight's card leaves today's queue, and comes back with the highlight's Undo", async () => {
    const h = (await ask('highlight-add', draft()))!;
    await ask('review-add', { highlightId: h.id });
    const endOfToday = NOW + 12 * 3_600_000;
    expect(await reviewQueue(db(), endOfToday)).toHaveLength(1);
    const removed = (await ask('highlight-delete', { id: h.id }))!;
    expect(await reviewQueue(db(), endOfToday)).toHaveLength(0);
    await ask('highlight-restore', removed);
    expect(await reviewQueue(db(), endOfToday)).toHaveLength(1);
  });

  test('review-suspend takes a card out of today’s queue with its schedule kept; Undo puts it back', async () => {
    const h = (await ask('highlight-add', draft()))!;
    const card = (await ask('review-add', { highlightId: h.id }))!;
    const endOfToday = NOW + 12 * 3_600_000;
    expect(await ask('review-suspend', { cardId: card.id, suspended: true })).toEqual({ ...card, suspended: true });
    expect(await reviewQueue(db(), endOfToday)).toEqual([]);
    await ask('review-suspend', { cardId: card.id, suspended: false });
    expect((await reviewQueue(db(), endOfToday)).map((q) => q.card)).toEqual([card]);
    expect(await ask('review-suspend', { cardId: 'gone', suspended: true })).toBeNull();
  });

  test('no card for a highlight that is gone, no answer for a card that is gone', async () => {
    expect(await ask('review-add', { highlightId: 'gone' })).toBeNull();
    expect(await ask('review-answer', { cardId: 'gone', rating: 'good' })).toBeNull();
  });
});
