// Goal and item writes, through the worker's real listener: the pages read the database
// directly and write through these messages.
import { FROM_OPTIONS } from '../senders';
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Item } from '../../../src/core/item/model';
import { db } from '../../../src/db/db';
import type { MessageName, Request, Response } from '../../../src/messaging/protocol';
import { suggestGoals } from '../../../src/core/goal/suggest';
import { installExtensionApis } from '../fake-extension-apis';
import { goal } from '../goal-fixtures';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));
installExtensionApis();

const NOW = Date.UTC(2026, 10, 25, 10, 0);
const OWN = FROM_OPTIONS;

async function ask<N extends MessageName>(type: N, payload: Request<N>): Promise<Response<N>> {
  const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown[]>;
  const [answer] = await trigger({ type, payload }, OWN, () => undefined);
  return answer as Response<N>;
}

const item = (id: string, goalIds: string[] = []) =>
  ({
    id,
    url: `https://blog.example.org/${id}`,
    originalUrl: `https://blog.example.org/${id}`,
    title: id,
    excerpt: null,
    text: '',
    status: 'unread',
    goalIds,
    tags: [],
    note: '',
    savedAt: 1,
    updatedAt: 1,
    doneAt: null,
  }) as unknown as Item;

beforeAll(async () => {
  await import('../../../src/background/service-worker');
});

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  await Promise.all([db().items.clear(), db().goals.clear()]);
});

describe('goals', () => {
  test('goal-save stores a valid goal and answers the errors of an invalid one', async () => {
    const saved = await ask('goal-save', { draft: { title: 'Get better at SQL', keywords: 'sql, query planner' } });
    expect(saved).toMatchObject({ ok: true, goal: { title: 'Get better at SQL', keywords: ['sql', 'query planner'] } });
    expect(await db().goals.toArray()).toMatchObject([{ title: 'Get better at SQL', createdAt: NOW }]);

    const same = await ask('goal-save', { draft: { title: '  get better at sql ' } });
    expect(same).toMatchObject({ ok: false, errors: { title: expect.any(String) } });
    expect(await db().goals.count()).toBe(1);
  });

  test('goal-reorder puts the goals in the order given', async () => {
    await db().goals.bulkAdd([goal({ id: 'a', title: 'A', order: 0 }), goal({ id: 'b', title: 'B', order: 1 })]);
    expect((await ask('goal-reorder', { ids: ['b', 'a'] })).map((g) => g.id)).toEqual(['b', 'a']);
    expect(await db().goals.get('b')).toMatchObject({ order: 0, updatedAt: NOW });
  });

  test('goal-delete unties its items and keeps them; goal-restore ties them again', async () => {
    await db().goals.add(goal({ id: 'sql', title: 'SQL' }));
    await db().items.bulkAdd([item('tied', ['sql']), item('other')]);

    const snapshot = await ask('goal-delete', { id: 'sql' });
    expect(snapshot).toMatchObject({ goal: { id: 'sql' }, itemIds: ['tied'] });
    expect(await db().goals.count()).toBe(0);
    expect(await db().items.get('tied')).toMatchObject({ goalIds: [] });
    expect(await ask('goal-delete', { id: 'sql' })).toBeNull();

    expect(await ask('goal-restore', snapshot!)).toMatchObject({ id: 'sql' });
    expect(await db().items.get('tied')).toMatchObject({ goalIds: ['sql'] });
    expect(await db().items.get('other')).toMatchObject({ goalIds: [] });
  });
});

describe('what ties and unties teach', () => {
  const dbtItem = (id: string, goalIds: string[] = []) =>
    ({
      ...item(id, goalIds),
      title: `Kafka for dbt (${id})`,
      excerpt: 'Streaming with dbt and Kafka into snapshots',
      text: 'dbt dbt SQL and Kafka',
    }) as Item;
  const data = () => goal({ id: 'data', title: 'Get better at data engineering', keywords: ['dbt', 'SQL'], order: 0 });

  test('untying an item keeps it from that goal for good and halves its words; tying it again takes that back', async () => {
    await db().goals.add(data());
    await db().items.bulkAdd([dbtItem('a', ['data']), dbtItem('b')]);

    await ask('item-tag', { itemId: 'a', goalIds: [] });
    const taught = await db().goals.get('data');
    expect(taught?.evidence?.untied).toEqual([{ id: 'a', terms: ['dbt', 'sql'] }]);
    expect(suggestGoals((await db().items.get('a'))!, [taught!])).toEqual([]);
    expect(suggestGoals((await db().items.get('b'))!, [taught!]).map((s) => s.goalId)).toEqual(['data']);

    // Undo is tying it again: the lesson is gone and nothing new is proposed.
    await ask('item-tag', { itemId: 'a', goalIds: ['data'] });
    expect((await db().goals.get('data'))?.evidence).toEqual({ untied: [], learned: [], proposals: [], dismissed: [] });
  });

  test('"Not this goal" on a suggestion teaches as an untie; its Undo takes it back; a tied goal is left alone', async () => {
    await db().goals.add(data());
    await db().items.bulkAdd([dbtItem('s'), dbtItem('t', ['data'])]);
    const suggested = async () => suggestGoals((await db().items.get('s'))!, [(await db().goals.get('data'))!]);
    expect((await suggested()).map((s) => s.goalId)).toEqual(['data']);

    const taught = await ask('goal-dismiss', { itemId: 's', goalId: 'data' });
    expect(taught?.evidence?.untied).toEqual([{ id: 's', terms: ['dbt', 'sql'] }]);
    expect(taught?.updatedAt).toBe(NOW);
    expect(await suggested()).toEqual([]);
    expect(await db().items.get('s')).toMatchObject({ goalIds: [] });

    await ask('goal-dismiss', { itemId: 's', goalId: 'data', undo: true });
    expect((await db().goals.get('data'))?.evidence?.untied).toEqual([]);
    expect((await suggested()).map((s) => s.goalId)).toEqual(['data']);

    // Tied: "Not this goal" is no untie; and an item or goal that is gone answers null.
    await ask('goal-dismiss', { itemId: 't', goalId: 'data' });
    expect((await db().goals.get('data'))?.evidence?.untied).toEqual([]);
    expect(await ask('goal-dismiss', { itemId: 'gone', goalId: 'data' })).toBeNull();
    expect(await ask('goal-dismiss', { itemId: 's', goalId: 'gone' })).toBeNull();
  });

  test('a hand tie proposes the item’s strongest words; goal-keyword adds one or never asks again', async () => {
    await db().goals.add(data());
    await db().items.add(dbtItem('c'));

    await ask('item-tag', { itemId: 'c', goalIds: ['data'] });
    const proposed = await db().goals.get('data');
    expect(proposed?.evidence?.proposals).toEqual(['Kafka', 'snapshots']);
    expect(proposed?.keywords).toEqual(['dbt', 'SQL']);

    expect(await ask('goal-keyword', { goalId: 'data', keyword: 'Kafka', accept: true })).toMatchObject({
      keywords: ['dbt', 'SQL', 'Kafka'],
      evidence: { proposals: ['snapshots'] },
    });
    await ask('goal-keyword', { goalId: 'data', keyword: 'snapshots', accept: false });
    expect((await db().goals.get('data'))?.evidence).toMatchObject({ proposals: [], dismissed: ['snapshots'] });
    expect(await ask('goal-keyword', { goalId: 'gone', keyword: 'x', accept: true })).toBeNull();
  });
});

describe('item-status', () => {
  test('done with a takeaway sets doneAt; back to unread clears it; an unknown item is null', async () => {
    await db().items.add(item('read-me'));
    const done = await ask('item-status', { itemId: 'read-me', status: 'done', note: '  Index   the join keys ' });
    expect(done).toMatchObject({ status: 'done', doneAt: NOW, note: 'Index the join keys' });
    expect(await db().items.get('read-me')).toMatchObject({ status: 'done', doneAt: NOW });

    expect(await ask('item-status', { itemId: 'read-me', status: 'unread' })).toMatchObject({ doneAt: null });
    expect(await ask('item-status', { itemId: 'gone', status: 'archived' })).toBeNull();
  });
});
