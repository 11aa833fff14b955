import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { progressRow } from '../../../src/core/goal/progress';
import type { Item } from '../../../src/core/item/model';
import { weekOf } from '../../../src/core/week/model';
import { summarizeWeek } from '../../../src/core/week/summary';
import { openDb, type LearnmarkDb } from '../../../src/db/db';
import { searchItems } from '../../../src/db/search';
import { fromYourPast, loadWeek, upNext } from '../../../src/db/week';
import { goal } from '../goal-fixtures';

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

describe('loadWeek', () => {
  test('its rows carry the real times, and give the summary whole items give', async () => {
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
          doneAt: status === 'done' ? savedAt + (k % 5) * DAY : null,
          goalIds: k % 4 === 0 ? ['g'] : k % 5 === 0 ? ['g', 'h'] : [],
          readingMinutes: 1 + (k % 9),
          engagedSeconds: (k % 6) * 300,
        }),
      );
    }
    await database.items.bulkAdd(library);
    for (const offset of [0, -1, -2]) {
      const week = weekOf(NOW, 1, offset);
      const previous = weekOf(NOW, 1, offset - 1);
      const { items: rows } = await loadWeek(database, week, previous, goals);
      const byId = new Map(library.map((i) => [i.id, i]));
      for (const row of rows) {
        const whole = byId.get(row.id)!;
        if (row.savedAt !== null) expect(row.savedAt).toBe(whole.savedAt);
        if (row.doneAt !== null) expect([whole.status, row.doneAt]).toEqual(['done', whole.doneAt]);
        expect(row.goalIds).toEqual(whole.goalIds);
      }
      const wholeRows = library.map((i) => ({ ...progressRow(i), id: i.id, goalIds: i.goalIds }));
      const fromRows = summarizeWeek({ now: NOW, weekStartsOn: 1, offset, days: [], items: rows, goals });
      const fromWhole = summarizeWeek({ now: NOW, weekStartsOn: 1, offset, days: [], items: wholeRows, goals });
      expect(fromRows).toEqual(fromWhole);
      expect(fromWhole.saved + fromWhole.finished).toBeGreaterThan(0);
    }
  });

  test('reads only day totals of the fortnight, and items finished for a goal whole', async () => {
    const week = weekOf(NOW, 1);
    const previous = weekOf(NOW, 1, -1);
    await database.items.bulkAdd([
      item({ id: 'saved', savedAt: NOW - DAY, goalIds: ['g'], text: 'long text' }),
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
      { day: previous.key, learning: 1, distraction: 0, neutral: 0 },
      { day: '2026-11-01', learning: 9, distraction: 0, neutral: 0 },
    ]);
    const { days, items } = await loadWeek(database, week, previous, [goal({ id: 'g', title: 'SQL' })]);
    expect(days.map((d) => d.day)).toEqual([previous.key]);
    const byId = Object.fromEntries(items.map((i) => [i.id, i]));
    expect(Object.keys(byId).sort()).toEqual(['done', 'saved']);
    expect(byId.saved).toEqual({ id: 'saved', savedAt: NOW - DAY, doneAt: null, goalIds: ['g'] });
    expect(byId.done).toEqual({
      id: 'done',
      savedAt: NOW - 30 * DAY,
      doneAt: NOW - 2 * DAY,
      goalIds: ['g'],
      readingMinutes: 9,
      engagedSeconds: 0,
    });
  });
});

describe('upNext and fromYourPast', () => {
  test('up next: unread items for active goals, newest first', async () => {
    const goals = [goal({ id: 'a', title: 'A' }), goal({ id: 'z', title: 'Z', status: 'archived' })];
    await database.items.bulkAdd([
      item({ id: 'new', goalIds: ['a'], savedAt: NOW }),
      item({ id: 'older', goalIds: ['a'], savedAt: NOW - DAY }),
      item({ id: 'done', goalIds: ['a'], status: 'done' }),
      item({ id: 'archived-goal', goalIds: ['z'] }),
      item({ id: 'no-goal' }),
    ]);
    expect((await upNext(database, goals)).map((i) => i.id)).toEqual(['new', 'older']);
    // With no goals at all, anything unread is next.
    expect((await upNext(database, [])).map((i) => i.id)).toContain('no-goal');
  });

  test('from your past: three to five weeks old, unread or with a takeaway', async () => {
    expect(await fromYourPast(database, NOW)).toBeNull();
    await database.items.bulkAdd([
      item({ id: 'recent', savedAt: NOW - 2 * DAY }),
      item({ id: 'done-no-note', savedAt: NOW - 28 * DAY, status: 'done' }),
      item({ id: 'with-note', savedAt: NOW - 28 * DAY, status: 'done', note: 'Key idea' }),
    ]);
    expect((await fromYourPast(database, NOW))?.id).toBe('with-note');
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

  test('many matches: the newest come first and the total counts them all', async () => {
    await database.items.bulkAdd(
      Array.from({ length: 300 }, (_, i) => item({ id: `m${i}`, title: 'Common word', savedAt: NOW - 1000 - i * DAY })),
    );
    const result = await searchItems(database, 'common', {}, { limit: 20, now: NOW });
    expect(result.total).toBe(300);
    expect(result.items.map((i) => i.id)).toEqual(Array.from({ length: 20 }, (_, i) => `m${i}`));
  });
});
