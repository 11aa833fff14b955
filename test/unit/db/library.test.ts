import { liveQuery } from 'dexie';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Item } from '../../../src/core/item/model';
import { DEFAULT_VIEW, type LibraryView } from '../../../src/core/library/view';
import { openDb, type LearnmarkDb } from '../../../src/db/db';
import { goal } from '../goal-fixtures';
import { searchItems } from '../../../src/db/search';
import {
  allTags,
  bulkApply,
  deleteItems,
  editItem,
  firstIds,
  libraryIds,
  restoreItems,
  undoBulk,
} from '../../../src/db/library';

let database: LearnmarkDb;
let n = 0;
beforeEach(async () => {
  database = openDb(`library-${++n}`);
  await database.goals.add(goal({ id: 'g1', title: 'SQL' }));
  await database.items.bulkAdd([
    item('a', { savedAt: 1, tags: ['sql'], goalIds: ['g1'], readingMinutes: 9 }),
    item('b', { savedAt: 2, status: 'done', note: 'Measure first', kind: 'video', readingMinutes: 1 }),
    item('c', { savedAt: 3, status: 'archived', url: 'https://blog.example.com/c', readingMinutes: 3 }),
    item('d', { savedAt: 4, url: 'javascript:alert(1)', title: null, readingMinutes: 4 }),
  ]);
});
afterEach(() => database.delete());

function item(id: string, over: Partial<Item>): Item {
  return {
    id,
    url: `https://a.example/${id}`,
    kind: 'article',
    title: id,
    goalIds: [],
    tags: [],
    status: 'unread',
    note: '',
    doneAt: null,
    text: '',
    updatedAt: 0,
    ...over,
  } as Item;
}
const ids = (view: Partial<LibraryView>) => libraryIds(database, { ...DEFAULT_VIEW, ...view });

describe('a view’s ids from the indexes', () => {
  test.each<[string, Partial<LibraryView>, string[]]>([
    ['newest first, archive hidden', {}, ['d', 'b', 'a']],
    ['oldest first', { sort: 'oldest' }, ['a', 'b', 'd']],
    ['the archive when asked', { statuses: ['archived'] }, ['c']],
    ['a goal', { goalId: 'g1' }, ['a']],
    ['a tag', { tag: 'sql' }, ['a']],
    ['a kind', { kind: 'video' }, ['b']],
    ['saved between two dates', { from: 2, to: 3, statuses: ['unread', 'done', 'archived'] }, ['c', 'b']],
    ['shortest read first', { sort: 'reading' }, ['b', 'd', 'a']],
    ['shortest read first, saved from a date', { sort: 'reading', from: 2 }, ['b', 'd']],
    ['words, the last a prefix', { query: 'measure fir' }, ['b']],
    ['any word, newest first when asked', { query: 'measure sql', sort: 'newest' }, ['b', 'a']],
    ['any word, best first: a tag beats a takeaway', { query: 'measure sql', sort: 'relevance' }, ['a', 'b']],
    ['a query with no word to find filters nothing', { query: 'b ' }, ['d', 'b', 'a']],
    ['a tag as a word', { query: 'sql' }, ['a']],
    ['a takeaway word as typed', { query: 'measu' }, ['b']],
    ['a site and its subdomains', { site: 'example.com', statuses: ['archived'] }, ['c']],
    ['with a takeaway', { hasTakeaway: true }, ['b']],
    ['one status, newest first (the compound index)', { statuses: ['unread'] }, ['d', 'a']],
    ['one status, oldest first, from a date', { statuses: ['unread'], sort: 'oldest', from: 2 }, ['d']],
    ['any active goal', { anyActiveGoal: true }, ['a']],
  ])('%s', async (_, view, expected) => {
    expect(await ids(view)).toEqual(expected);
  });
});

test.each<[string, Partial<LibraryView>]>([
  ['the default view', {}],
  ['oldest first, every status', { sort: 'oldest', statuses: ['unread', 'done', 'archived'] }],
  ['by reading time', { sort: 'reading' }],
  ['a goal', { goalId: 'g1' }],
  ['a kind', { kind: 'video' }],
  ['a site', { site: 'blog.example.com', statuses: ['archived'] }],
  ['dates', { from: 2, to: 3, statuses: ['unread', 'done', 'archived'] }],
  ['one status', { statuses: ['unread'] }],
  ['any active goal', { anyActiveGoal: true, statuses: ['unread', 'done', 'archived'] }],
])('the first screen of %s is the view’s first ids, found without reading them all', async (_, view) => {
  const all = await ids(view);
  expect(await firstIds(database, { ...DEFAULT_VIEW, ...view }, 2)).toEqual(all.slice(0, 2));
});

test('unread, or done with a takeaway (From your past): unread items from keys, the others by their row', async () => {
  await database.items.add(item('e', { savedAt: 5, status: 'done' }));
  expect(await ids({ unreadOrTakeaway: true })).toEqual(['d', 'b', 'a']);
  // With a site, every row decides: d has no site.
  expect(await ids({ unreadOrTakeaway: true, site: 'a.example' })).toEqual(['b', 'a']);
  expect(await ids({ unreadOrTakeaway: true, from: 2, to: 5 })).toEqual(['d', 'b']);
  expect(await firstIds(database, { ...DEFAULT_VIEW, unreadOrTakeaway: true }, 2)).toEqual(['d', 'b']);
});

test('any active goal follows the goals: none once its goal is archived', async () => {
  await database.goals.update('g1', { status: 'archived' });
  expect(await ids({ anyActiveGoal: true })).toEqual([]);
  expect(await firstIds(database, { ...DEFAULT_VIEW, anyActiveGoal: true }, 2)).toEqual([]);
});

test.each<[string, (db: LearnmarkDb) => Promise<unknown>, Partial<LibraryView>]>([
  ['the default view, an item archived', (db) => db.items.update('d', { status: 'archived' }), {}],
  ['the default view, an item deleted', (db) => db.items.delete('d'), {}],
  [
    'any active goal, its goal archived',
    (db) => db.goals.update('g1', { status: 'archived' }),
    { anyActiveGoal: true },
  ],
  ['From your past’s rule, a takeaway cleared', (db) => db.items.update('b', { note: '' }), { unreadOrTakeaway: true }],
])('a live view follows the database: %s', async (_, change, view) => {
  // A liveQuery records only the reads a query begins before its first await: the e2e count
  // that stayed put after a delete came from a read begun after one.
  const seen: string[][] = [];
  const live = (read: () => Promise<string[] | null>) => liveQuery(read).subscribe((found) => seen.push(found ?? []));
  const subscriptions = [
    live(() => libraryIds(database, { ...DEFAULT_VIEW, ...view })),
    live(() => firstIds(database, { ...DEFAULT_VIEW, ...view }, 30)),
  ];
  await vi.waitFor(() => expect(seen).toHaveLength(2));
  const before = seen.map((ids) => ids.length);
  await change(database);
  await vi.waitFor(() => expect(seen).toHaveLength(4));
  expect(seen.slice(2).map((ids) => ids.length)).toEqual(before.map((length) => length - 1));
  subscriptions.forEach((s) => s.unsubscribe());
});

test('a view with words has no first screen of its own: ranking needs every match', async () => {
  expect(await firstIds(database, { ...DEFAULT_VIEW, query: 'sql' }, 2)).toBeNull();
});

test('tags for completion come from the index', async () => {
  expect(await allTags(database)).toEqual(['sql']);
});

test('an edit changes title, tags, goals and takeaway; unknown goals are dropped; an empty title is none', async () => {
  const edited = await editItem(
    database,
    { itemId: 'a', title: '  ', tags: ['#pg', 'pg'], goalIds: ['g1', 'gone'], note: ' Index it ' },
    9,
  );
  expect(edited).toMatchObject({ title: null, tags: ['pg'], goalIds: ['g1'], note: 'Index it', updatedAt: 9 });
  expect(await database.items.get('a')).toMatchObject({ tags: ['pg'] });
  expect(await editItem(database, { itemId: 'nope', title: 'x' }, 9)).toBeNull();
});

describe('bulk actions and their Undo', () => {
  test('tying to a goal changes only the items without it, and Undo puts them back', async () => {
    const result = await bulkApply(database, ['a', 'b', 'd', 'missing'], { kind: 'tie', goalId: 'g1' }, 10);
    expect(result.changed).toBe(2);
    expect(await ids({ goalId: 'g1' })).toEqual(['d', 'b', 'a']);
    expect(await undoBulk(database, result.undo, 11)).toBe(2);
    expect(await ids({ goalId: 'g1' })).toEqual(['a']);
  });

  test('a tag on 5 000 items: one write, the tag view lists them all, search finds them by it, Undo takes it off', async () => {
    const many = Array.from({ length: 5_000 }, (_, i) => item(`m${i}`, { savedAt: 100 + i, title: `Note ${i}` }));
    await database.items.bulkAdd(many);
    const result = await bulkApply(
      database,
      many.map((i) => i.id),
      { kind: 'tag-add', tag: 'backlog' },
      10,
    );
    expect(result.changed).toBe(5_000);
    expect(await ids({ tag: 'backlog' })).toHaveLength(5_000);
    expect(await searchItems(database, 'backlog ', {}, { limit: 3 })).toMatchObject({
      items: [{ id: 'm4999' }, { id: 'm4998' }, { id: 'm4997' }],
      more: true,
    });
    await undoBulk(database, result.undo, 11);
    expect(await ids({ tag: 'backlog' })).toEqual([]);
    expect((await searchItems(database, 'backlog ')).total).toBe(0);
  }, 60_000);

  test('a goal that does not exist ties nothing', async () => {
    expect(await bulkApply(database, ['a'], { kind: 'tie', goalId: 'nope' }, 10)).toEqual({ changed: 0, undo: [] });
  });

  test('a bulk untie teaches the goal as one untie does, in the same write; its Undo takes the lessons back', async () => {
    const { suggestGoals } = await import('../../../src/core/goal/suggest');
    await database.goals.put(goal({ id: 'g1', title: 'Get better at SQL', keywords: ['dbt', 'SQL'] }));
    const dbt = (id: string, goalIds: string[]) =>
      item(id, { savedAt: 20, title: `dbt models ${id}`, excerpt: 'SQL in dbt', text: 'dbt dbt SQL', goalIds });
    await database.items.bulkAdd([dbt('u1', ['g1']), dbt('u2', ['g1']), dbt('u3', [])]);

    const result = await bulkApply(database, ['u1', 'u2', 'u3'], { kind: 'untie', goalId: 'g1' }, 10);
    expect(result.changed).toBe(2);
    const taught = (await database.goals.get('g1'))!;
    expect(taught.evidence?.untied).toEqual([
      { id: 'u1', terms: ['dbt', 'sql'] },
      { id: 'u2', terms: ['dbt', 'sql'] },
    ]);
    expect(taught.updatedAt).toBe(10);
    // Never suggested again for the untied pairs; the item never tied is still suggested.
    const row = async (id: string) => (await database.items.get(id))!;
    expect(suggestGoals(await row('u1'), [taught])).toEqual([]);
    expect(suggestGoals(await row('u3'), [taught]).map((s) => s.goalId)).toEqual(['g1']);

    await undoBulk(database, result.undo, 11);
    expect((await database.goals.get('g1'))?.evidence?.untied).toEqual([]);
    expect(await row('u1')).toMatchObject({ goalIds: ['g1'] });
  });

  test('a bulk tie takes back an untie of the same pair; Undo of a bulk tie teaches nothing', async () => {
    await database.goals.put(
      goal({
        id: 'g1',
        title: 'SQL',
        evidence: { untied: [{ id: 'b', terms: ['sql'] }], learned: [], proposals: [], dismissed: [] },
      }),
    );
    const tie = await bulkApply(database, ['b', 'd'], { kind: 'tie', goalId: 'g1' }, 10);
    expect((await database.goals.get('g1'))?.evidence?.untied).toEqual([]);
    await undoBulk(database, tie.undo, 11);
    expect((await database.goals.get('g1'))?.evidence?.untied).toEqual([]);
    expect(await database.items.get('d')).toMatchObject({ goalIds: [] });
  });

  test('archive hides items from the default view and Undo brings back each one’s status', async () => {
    const result = await bulkApply(database, ['a', 'b'], { kind: 'status', status: 'archived' }, 10);
    expect(await ids({})).toEqual(['d']);
    await undoBulk(database, result.undo, 11);
    expect(await database.items.get('b')).toMatchObject({ status: 'done' });
    expect(await ids({})).toEqual(['d', 'b', 'a']);
  });

  test('bulk "done" earns each goal item its play once (earned leisure on), and Undo takes it back', async () => {
    const rate = { learningMinutes: 10, playMinutes: 5 };
    const earned = async () => (await database.days.get('1970-01-01'))?.earned ?? {};
    await database.items.update('d', { goalIds: ['g1'] });
    // a (9 min) and d (4 min) are for a goal; b is done already; c is archived and for none.
    const result = await bulkApply(database, ['a', 'b', 'c', 'd'], { kind: 'status', status: 'done' }, 10, rate);
    expect(result.changed).toBe(3);
    expect(await earned()).toEqual({ 'item:a': 270, 'item:d': 120 });
    // Done again: nothing more.
    await bulkApply(database, ['a', 'd'], { kind: 'status', status: 'done' }, 12, rate);
    expect(await earned()).toEqual({ 'item:a': 270, 'item:d': 120 });
    await undoBulk(database, result.undo, 11, rate);
    expect(await database.items.get('a')).toMatchObject({ status: 'unread', doneAt: null });
    expect(await earned()).toEqual({});
  });

  test('bulk reopen gives the play back; its Undo earns it again', async () => {
    const rate = { learningMinutes: 10, playMinutes: 5 };
    const earned = async () => (await database.days.get('1970-01-01'))?.earned ?? {};
    await bulkApply(database, ['a'], { kind: 'status', status: 'done' }, 10, rate);
    const reopen = await bulkApply(database, ['a'], { kind: 'status', status: 'unread' }, 20, rate);
    expect(await earned()).toEqual({});
    await undoBulk(database, reopen.undo, 21, rate);
    expect(await earned()).toEqual({ 'item:a': 270 });
  });

  test('delete removes the rows, keeps them for Undo, and Undo restores them whole', async () => {
    const before = await database.items.get('b');
    expect(await deleteItems(database, ['a', 'b'], 100)).toBe(2);
    expect(await ids({})).toEqual(['d']);
    expect(await restoreItems(database, ['a', 'b'])).toBe(2);
    expect(await database.items.get('b')).toEqual(before);
    expect(await database.trash.count()).toBe(0);
  });

  test('delete takes highlights and review cards along, leaving no orphans, and Undo brings them back', async () => {
    const mark = (id: string, itemId: string) =>
      ({ id, itemId, exact: 'x', prefix: '', suffix: '', start: 0 }) as never;
    const card = (id: string, source: string, sourceId: string) => ({ id, source, sourceId, due: 5 }) as never;
    await database.highlights.bulkAdd([mark('h1', 'a'), mark('h2', 'a'), mark('h3', 'b'), mark('h4', 'c')]);
    await database.reviewCards.bulkAdd([
      card('k1', 'highlight', 'h1'),
      card('k3', 'highlight', 'h3'),
      card('k4', 'highlight', 'h4'),
      card('kb', 'takeaway', 'b'),
    ]);
    await deleteItems(database, ['a', 'b'], 100);
    expect(await database.highlights.toCollection().primaryKeys()).toEqual(['h4']);
    expect(await database.reviewCards.toCollection().primaryKeys()).toEqual(['k4']);
    await restoreItems(database, ['a', 'b']);
    expect(await database.highlights.toCollection().primaryKeys()).toEqual(['h1', 'h2', 'h3', 'h4']);
    expect(await database.reviewCards.toCollection().primaryKeys()).toEqual(['k1', 'k3', 'k4', 'kb']);
    expect(await database.reviewCards.get('k1')).toEqual(card('k1', 'highlight', 'h1'));
  });

  test('an item trashed before highlights went along is restored without them', async () => {
    await database.items.delete('a');
    await database.trash.add({ id: 'a', deletedAt: 100, item: item('a', {}) });
    expect(await restoreItems(database, ['a'])).toBe(1);
    expect(await database.highlights.count()).toBe(0);
  });

  test('a page saved again after its delete keeps the new save; the trashed copy goes', async () => {
    await deleteItems(database, ['a'], 100);
    await database.items.add(item('a2', { url: 'https://a.example/a', savedAt: 5 }));
    expect(await restoreItems(database, ['a'])).toBe(0);
    expect(await database.items.get('a')).toBeUndefined();
    expect(await database.trash.count()).toBe(0);
  });

  test('a later delete purges what has waited past a day', async () => {
    await deleteItems(database, ['a'], 100);
    await deleteItems(database, ['b'], 100 + 25 * 60 * 60 * 1000);
    expect(await database.trash.toCollection().primaryKeys()).toEqual(['b']);
  });
});
