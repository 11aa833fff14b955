import { liveQuery } from 'dexie';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Goal } from '../../../src/core/goal/model';
import type { Item } from '../../../src/core/item/model';
import { previousCounted, weekSpan, type WeekStartsOn } from '../../../src/core/week/model';
import { summarizeWeek, type WeekMembers } from '../../../src/core/week/summary';
import { openDb, type LearnmarkDb } from '../../../src/db/db';
import { searchItems } from '../../../src/db/search';
import { anyFromPast, fromYourPast, loadWeek, upNext, upNextTotal } from '../../../src/db/week';
import { libraryIds } from '../../../src/db/library';
import { goal } from '../goal-fixtures';
import { WEEK_CASES } from '../core/week/cases';

let database: LearnmarkDb;
let n = 0;
const DAY = 86_400_000;
const NOW = new Date(2026, 10, 25, 12).getTime();
beforeEach(() => {
  database = openDb(`week-db-${++n}`);
});
afterEach(() => database.delete());

const item = (over: Partial<Item>): Item =>
  ({
    id: `i${++n}`,
    url: `https://a.example/${n}`,
    title: null,
    excerpt: null,
    note: '',
    text: '',
    tags: [],
    goalIds: [],
    status: 'unread',
    savedAt: NOW,
    doneAt: null,
    readingMinutes: 4,
    engagedSeconds: 0,
    kind: 'article',
    ...over,
  }) as Item;

/** The summary of the week at `offset` as the popup makes it: from the database, through loadWeek. */
async function summaryFromDb(input: { now?: number; weekStartsOn?: WeekStartsOn; offset?: number; goals?: Goal[] }) {
  const { now = NOW, weekStartsOn = 1, offset = 0, goals = [] } = input;
  const span = weekSpan(now, weekStartsOn, offset);
  const { members } = await loadWeek(
    database,
    span,
    goals.filter((g) => g.status === 'active'),
  );
  return summarizeWeek({ now, weekStartsOn, offset, days: [], members, goals });
}

/** The same summary worked out from whole items by their times, the obvious way: the reference. */
function summaryFromItems(
  library: Item[],
  input: { now?: number; weekStartsOn?: WeekStartsOn; offset?: number; goals?: Goal[] },
) {
  const { now = NOW, weekStartsOn = 1, offset = 0, goals = [] } = input;
  const span = weekSpan(now, weekStartsOn, offset);
  const before = previousCounted(span);
  const within = (t: number | null, from: number, to: number) => t !== null && t >= from && t < to;
  const doneAt = (i: Item) => (i.status === 'done' ? i.doneAt : null);
  const ids = (f: (i: Item) => boolean) => library.filter(f).map((i) => i.id);
  const thisWeek = library.filter(
    (i) => within(i.savedAt, span.week.start, span.week.end) || within(doneAt(i), span.week.start, span.week.end),
  );
  const members: WeekMembers = {
    saved: ids((i) => within(i.savedAt, span.week.start, span.week.end)),
    finished: ids((i) => within(doneAt(i), span.week.start, span.week.end)),
    savedBefore: ids((i) => within(i.savedAt, before.from, before.to)),
    finishedBefore: ids((i) => within(doneAt(i), before.from, before.to)),
    goalItems: thisWeek
      .filter((i) => i.goalIds.some((g) => goals.some((goal) => goal.id === g && goal.status === 'active')))
      .map(({ id, goalIds, status, savedAt, doneAt, readingMinutes, engagedSeconds }) => {
        return { id, goalIds, status, savedAt, doneAt, readingMinutes, engagedSeconds };
      }),
  };
  return summarizeWeek({ now, weekStartsOn, offset, days: [], members, goals });
}

describe('loadWeek', () => {
  test('gives the summary whole items give, for every first day of the week and offset', async () => {
    const goals = [
      goal({ id: 'g', title: 'SQL', weeklyItems: 3, weeklyMinutes: 30 }),
      goal({ id: 'h', title: 'Talks', order: 1 }),
    ];
    const library: Item[] = [];
    // Items saved and finished at every few hours over five weeks, some tied to goals.
    for (let k = 0; k < 200; k++) {
      const savedAt = NOW - k * 4.3 * 3_600_000;
      const status = k % 3 === 0 ? 'done' : k % 7 === 0 ? 'archived' : 'unread';
      library.push(
        item({
          id: `k${k}`,
          savedAt,
          status,
          doneAt: status === 'done' || k % 7 === 0 ? savedAt + (k % 5) * DAY : null,
          goalIds: k % 4 === 0 ? ['g'] : k % 5 === 0 ? ['g', 'h'] : [],
          readingMinutes: 1 + (k % 9),
          engagedSeconds: (k % 6) * 300,
        }),
      );
    }
    await database.items.bulkAdd(library);
    for (const weekStartsOn of [0, 1, 3, 6] as const) {
      for (const offset of [0, -1, -2]) {
        const fromDb = await summaryFromDb({ weekStartsOn, offset, goals });
        expect(fromDb).toEqual(summaryFromItems(library, { weekStartsOn, offset, goals }));
        expect(fromDb.saved + fromDb.finished).toBeGreaterThan(0);
      }
    }
  });

  test('items saved and finished, with the midnight edges of the week', async () => {
    const local = (s: string) => new Date(s).getTime();
    await database.items.bulkAdd([
      item({ savedAt: local('2026-11-23T00:00') }),
      item({ savedAt: local('2026-11-22T23:59'), status: 'done', doneAt: local('2026-11-23T00:01') }),
      item({ savedAt: local('2026-11-16T09:00') }),
      item({ savedAt: local('2026-11-29T23:59') }),
      item({ savedAt: local('2026-11-30T00:00') }),
      // Archived keeps its doneAt but is not finished.
      item({ savedAt: local('2026-11-01T09:00'), status: 'archived', doneAt: local('2026-11-24T09:00') }),
    ]);
    const s = await summaryFromDb({ now: local('2026-11-25T12:00') });
    // Last week up to Wednesday noon: the Monday save counts, the Sunday-night one not yet.
    expect([s.saved, s.finished, s.savedChange, s.finishedChange]).toEqual([2, 1, 1, 1]);
  });

  test('last week counts up to the same point, that moment included, across a daylight-saving change', async () => {
    const local = (s: string) => new Date(s).getTime();
    // Clocks went back on Sunday 25 October 2026 (Europe/London).
    await database.items.bulkAdd([
      item({ savedAt: local('2026-10-21T11:30') }),
      item({ savedAt: local('2026-10-21T12:00') }),
      item({ savedAt: local('2026-10-21T12:00') + 1 }),
      item({ savedAt: local('2026-10-21T12:30') }),
    ]);
    const s = await summaryFromDb({ now: local('2026-10-28T12:00') });
    expect([s.saved, s.savedChange]).toEqual([0, -2]);
  });

  test.each(WEEK_CASES)('$label', async ({ now, startsOn, start, end, previousStart }) => {
    await database.items.bulkAdd([
      item({ savedAt: start }),
      item({ savedAt: start - 1 }),
      item({ savedAt: end }),
      item({ savedAt: 0, status: 'done', doneAt: end - 1 }),
      item({ savedAt: 0, status: 'done', doneAt: previousStart }),
      item({ savedAt: 0, status: 'done', doneAt: previousStart - 1 }),
    ]);
    const s = await summaryFromDb({ now, weekStartsOn: startsOn });
    expect([s.saved, s.finished, s.savedChange, s.finishedChange]).toEqual([1, 1, 1, 0]);
  });

  test('reads only day totals of the fortnight, and items finished for a goal whole', async () => {
    const span = weekSpan(NOW, 1, 0);
    await database.items.bulkAdd([
      item({ id: 'saved', savedAt: NOW - DAY, goalIds: ['g'], text: 'long text' }),
      item({ id: 'other', savedAt: NOW - 2 * DAY, text: 'long text' }),
      item({
        id: 'done',
        savedAt: NOW - 30 * DAY,
        status: 'done',
        doneAt: NOW - 2 * DAY,
        readingMinutes: 9,
        goalIds: ['g'],
      }),
    ]);
    await database.days.bulkAdd([
      { day: span.previous.key, learning: 1, distraction: 0, neutral: 0 },
      { day: '2026-11-01', learning: 9, distraction: 0, neutral: 0 },
    ]);
    const { days, members } = await loadWeek(database, span, [goal({ id: 'g', title: 'SQL' })]);
    expect(days.map((d) => d.day)).toEqual([span.previous.key]);
    expect([...members.saved].sort()).toEqual(['other', 'saved']);
    expect(members.finished).toEqual(['done']);
    // Only the items of the week tied to a goal are read whole, with their real times.
    expect(members.goalItems).toEqual([
      {
        id: 'saved',
        goalIds: ['g'],
        status: 'unread',
        savedAt: NOW - DAY,
        doneAt: null,
        readingMinutes: 4,
        engagedSeconds: 0,
      },
      {
        id: 'done',
        goalIds: ['g'],
        status: 'done',
        savedAt: NOW - 30 * DAY,
        doneAt: NOW - 2 * DAY,
        readingMinutes: 9,
        engagedSeconds: 0,
      },
    ]);
  });
});

describe('upNext and fromYourPast', () => {
  const ids = (head: { items: Item[] }) => head.items.map((i) => i.id);
  // Up next's first items and its "See all N", as the unfolded list reads them.
  const counted = async (goals: Goal[], limit: number) => {
    const [head, total] = await Promise.all([upNext(database, goals, limit), upNextTotal(database, goals)]);
    return { ...head, total };
  };

  test('up next: unread items for active goals, newest first', async () => {
    const goals = [goal({ id: 'a', title: 'A' }), goal({ id: 'z', title: 'Z', status: 'archived' })];
    await database.items.bulkAdd([
      item({ id: 'new', goalIds: ['a'], savedAt: NOW }),
      item({ id: 'older', goalIds: ['a'], savedAt: NOW - DAY }),
      item({ id: 'done', goalIds: ['a'], status: 'done' }),
      item({ id: 'archived-goal', goalIds: ['z'] }),
      item({ id: 'no-goal' }),
    ]);
    await database.goals.bulkAdd(goals);
    expect(ids(await upNext(database, goals))).toEqual(['new', 'older']);
    // With no goals at all, anything unread is next.
    expect(ids(await upNext(database, []))).toContain('no-goal');
  });

  test('up next: the newest tied items within the limit, past newer untied ones; none when nothing is tied', async () => {
    const goals = [goal({ id: 'a', title: 'A' }), goal({ id: 'b', title: 'B' })];
    await database.goals.bulkAdd(goals);
    await database.items.bulkAdd([
      ...Array.from({ length: 20 }, (_, k) => item({ id: `untied-${k}`, savedAt: NOW - k })),
      ...Array.from({ length: 4 }, (_, k) =>
        item({ id: `tied-${k}`, goalIds: [k % 2 ? 'a' : 'b'], savedAt: NOW - 100 - k }),
      ),
      item({ id: 'tied-done', goalIds: ['a'], status: 'done', savedAt: NOW + 1 }),
    ]);
    expect(await counted(goals, 3)).toMatchObject({ total: 4, view: { anyActiveGoal: true } });
    expect(ids(await upNext(database, goals, 3))).toEqual(['tied-0', 'tied-1', 'tied-2']);
    await database.goals.clear();
    await database.goals.add(goal({ id: 'c', title: 'C' }));
    expect(await counted([goal({ id: 'c', title: 'C' })], 3)).toMatchObject({ items: [], total: 0 });
    await database.goals.clear();
    expect(await counted([], 2)).toMatchObject({ total: 24 - 4 + 4, view: { anyActiveGoal: false } });
    expect(ids(await upNext(database, [], 2))).toEqual(['untied-0', 'untied-1']);
  });

  test("up next's count and order are the library's for its view: See all opens the same list", async () => {
    const goals = [goal({ id: 'a', title: 'A' }), goal({ id: 'b', title: 'B', status: 'achieved' })];
    await database.goals.bulkAdd(goals);
    await database.items.bulkAdd(
      Array.from({ length: 30 }, (_, k) =>
        item({
          id: `i-${k}`,
          goalIds: k % 3 === 0 ? ['a'] : k % 3 === 1 ? ['b'] : [],
          status: k % 4 === 0 ? 'done' : k % 7 === 0 ? 'archived' : 'unread',
          savedAt: NOW - k * 1000,
        }),
      ),
    );
    const head = await counted(goals, 3);
    const all = await libraryIds(database, head.view);
    expect(head.total).toBe(all.length);
    expect(ids(head)).toEqual(all.slice(0, 3));
    // Tied to the active goal (k % 3 = 0), unread (0, 12, 24 done; 21 archived), newest first.
    expect(all).toEqual(['i-3', 'i-6', 'i-9', 'i-15', 'i-18', 'i-27']);
  });

  // The popup's Up next is a liveQuery of upNext: it must follow every change that moves an
  // item in or out of the list, not only changes to the one row it shows (db/week.ts).
  type Head = { total: number; first: string[] };
  const changes: [string, boolean, (db: LearnmarkDb) => Promise<unknown>, Head][] = [
    ['marked done', true, (db) => db.items.update('y', { status: 'done' }), { total: 1, first: ['x'] }],
    ['archived (the library)', true, (db) => db.items.update('y', { status: 'archived' }), { total: 1, first: ['x'] }],
    ['archived', false, (db) => db.items.update('z', { status: 'archived' }), { total: 2, first: ['x'] }],
    ['tied to the goal', true, (db) => db.items.update('z', { goalIds: ['a'] }), { total: 3, first: ['x'] }],
    ['untied', true, (db) => db.items.update('y', { goalIds: [] }), { total: 1, first: ['x'] }],
    [
      'saved anew',
      true,
      (db) => db.items.add(item({ id: 'new', goalIds: ['a'], savedAt: NOW + 1 })),
      { total: 3, first: ['new'] },
    ],
    ['saved anew', false, (db) => db.items.add(item({ id: 'new', savedAt: NOW + 1 })), { total: 4, first: ['new'] }],
    ['deleted', false, (db) => db.items.delete('y'), { total: 2, first: ['x'] }],
  ];
  test.each(changes)(
    'up next stays live: an item %s moves the list or its count at once (goal: %s)',
    async (_, withGoal, change, after) => {
      const goals = withGoal ? [goal({ id: 'a', title: 'A' })] : [];
      await database.goals.bulkAdd(goals);
      await database.items.bulkAdd([
        item({ id: 'x', goalIds: ['a'], savedAt: NOW }),
        item({ id: 'y', goalIds: ['a'], savedAt: NOW - 1 }),
        item({ id: 'z', savedAt: NOW - 2 }),
      ]);
      const seen: Head[] = [];
      const subscription = liveQuery(() => counted(goals, 1)).subscribe((head) =>
        seen.push({ total: head.total, first: ids(head) }),
      );
      await vi.waitFor(() => expect(seen).toHaveLength(1));
      expect(seen[0]).toEqual({ total: withGoal ? 2 : 3, first: ['x'] });
      await change(database);
      await vi.waitFor(() => expect(seen.at(-1)).toEqual(after));
      subscription.unsubscribe();
    },
  );

  test('up next, as the popup asks for it, follows an edit of an item it shows', async () => {
    await database.items.bulkAdd([item({ id: 'x', title: 'Before' }), item({ id: 'y', savedAt: NOW - 1 })]);
    const titles: (string | null)[][] = [];
    const subscription = liveQuery(() => upNext(database, [], 1)).subscribe((head) =>
      titles.push(head.items.map((i) => i.title)),
    );
    await vi.waitFor(() => expect(titles).toEqual([['Before']]));
    await database.items.update('x', { title: 'After' });
    await vi.waitFor(() => expect(titles.at(-1)).toEqual(['After']));
    subscription.unsubscribe();
  });

  test('from your past: three to five weeks old, unread or with a takeaway', async () => {
    expect(await fromYourPast(database, NOW)).toBeNull();
    await database.items.bulkAdd([
      item({ id: 'recent', savedAt: NOW - 2 * DAY }),
      item({ id: 'done-no-note', savedAt: NOW - 28 * DAY, status: 'done' }),
      item({ id: 'with-note', savedAt: NOW - 28 * DAY, status: 'done', note: 'Key idea' }),
    ]);
    expect(await fromYourPast(database, NOW)).toMatchObject({ item: { id: 'with-note' }, total: 1 });
  });

  test('from your past: the pick is one of its library view’s items, which See all N lists', async () => {
    await database.items.bulkAdd([
      ...Array.from({ length: 5 }, (_, k) => item({ id: `unread-${k}`, savedAt: NOW - (22 + k) * DAY })),
      item({ id: 'noted', savedAt: NOW - 30 * DAY, status: 'done', note: 'Key idea' }),
      item({ id: 'archived', savedAt: NOW - 30 * DAY, status: 'archived', note: 'Key idea' }),
      item({ id: 'older', savedAt: NOW - 60 * DAY }),
    ]);
    const pick = await fromYourPast(database, NOW);
    const all = await libraryIds(database, pick!.view);
    expect(pick!.total).toBe(6);
    expect(all).toEqual(['unread-0', 'unread-1', 'unread-2', 'unread-3', 'unread-4', 'noted']);
    expect(all).toContain(pick!.item.id);
    // The pick moves once a day, through the same list.
    const tomorrow = await fromYourPast(database, NOW + DAY);
    expect(tomorrow!.item.id).not.toBe(pick!.item.id);
    // Nothing three to five weeks old: the last four months, up to two weeks ago.
    await database.items.bulkDelete(all);
    expect(await fromYourPast(database, NOW)).toMatchObject({ item: { id: 'older' }, total: 1 });
  });
});

describe('anyFromPast: the folded heading, without the pick or its count', () => {
  const cases: [string, Partial<Item>[], boolean][] = [
    ['nothing saved', [], false],
    ['only recent', [{ savedAt: NOW - 2 * DAY }], false],
    ['unread, four weeks old', [{ savedAt: NOW - 28 * DAY }], true],
    ['done without a takeaway', [{ savedAt: NOW - 28 * DAY, status: 'done' }], false],
    ['done with a takeaway', [{ savedAt: NOW - 28 * DAY, status: 'done', note: 'Key idea' }], true],
    ['archived with a takeaway', [{ savedAt: NOW - 28 * DAY, status: 'archived', note: 'Key idea' }], false],
    ['unread, three months old', [{ savedAt: NOW - 90 * DAY }], true],
    ['unread, a year old', [{ savedAt: NOW - 365 * DAY }], false],
  ];
  test.each(cases)('%s: it says what fromYourPast finds', async (_, rows, expected) => {
    await database.items.bulkAdd(rows.map((r) => item(r)));
    expect(await anyFromPast(database, NOW)).toBe(expected);
    expect((await fromYourPast(database, NOW)) !== null).toBe(expected);
  });

  test('it follows a save into its window, and the item leaving it', async () => {
    const seen: boolean[] = [];
    const subscription = liveQuery(() => anyFromPast(database, NOW)).subscribe((any) => seen.push(any));
    await vi.waitFor(() => expect(seen).toEqual([false]));
    await database.items.add(item({ id: 'old', savedAt: NOW - 28 * DAY }));
    await vi.waitFor(() => expect(seen.at(-1)).toBe(true));
    await database.items.update('old', { status: 'archived' });
    await vi.waitFor(() => expect(seen.at(-1)).toBe(false));
    subscription.unsubscribe();
  });
});

describe('searchItems', () => {
  beforeEach(async () => {
    await database.items.bulkAdd([
      item({
        id: 'planner',
        title: 'Query planner',
        savedAt: NOW - 3,
        text: 'bitmap heap scan',
        kind: 'article',
        goalIds: ['g'],
      }),
      item({ id: 'talk', title: 'Giving a talk', savedAt: NOW - 2, note: 'Tell a story', kind: 'video' }),
      item({
        id: 'both',
        title: 'Planning a talk about the planner',
        savedAt: NOW - 1,
        tags: ['postgres'],
        kind: 'article',
      }),
    ]);
  });

  test.each([
    ['a word in the text', 'bitmap', ['planner']],
    ['a word in the takeaway', 'story', ['talk']],
    ['a tag', 'postgres', ['both']],
    ['a prefix as typed, newest first', 'plann', ['both', 'planner']],
    ['both words first, then either, newest first', 'talk planner', ['both', 'talk', 'planner']],
    ['case and accents do not matter', 'TÂLK', ['both', 'talk']],
    ['nothing', 'zebra', []],
  ])('%s', async (_, query, ids) => {
    expect((await searchItems(database, query)).items.map((i) => i.id)).toEqual(ids);
  });

  test('filters by goal and by kind', async () => {
    expect((await searchItems(database, 'planner', { goalId: 'g' })).items.map((i) => i.id)).toEqual(['planner']);
    expect((await searchItems(database, 'talk', { kind: 'video' })).items.map((i) => i.id)).toEqual(['talk']);
  });

  test('many matches: the newest come first and the total counts those read', async () => {
    await database.items.bulkAdd(
      Array.from({ length: 300 }, (_, i) => item({ id: `m${i}`, title: 'Common word', savedAt: NOW - 1000 - i * DAY })),
    );
    const result = await searchItems(database, 'common', {}, { limit: 20, now: NOW });
    expect(result).toMatchObject({ total: 100, more: true });
    expect(result.items.map((i) => i.id)).toEqual(Array.from({ length: 20 }, (_, i) => `m${i}`));
  });
});
