import { afterEach, beforeEach, expect, test } from 'vitest';
import type { Item } from '../../../src/core/item/model';
import { openDb, type LearnmarkDb } from '../../../src/db/db';
import { searchItems } from '../../../src/db/search';

const NOW = new Date(2026, 10, 25, 12).getTime();
let database: LearnmarkDb;
let n = 0;
beforeEach(() => {
  database = openDb(`search-rank-${++n}`);
});
afterEach(() => database.delete());

function item(id: string, savedAt: number, over: Partial<Item>): Item {
  return {
    id,
    url: `https://a.example/${id}`,
    kind: 'article',
    title: null,
    excerpt: null,
    goalIds: [],
    tags: [],
    status: 'unread',
    note: '',
    text: '',
    savedAt,
    updatedAt: savedAt,
    ...over,
  } as unknown as Item;
}

// Each case: items as [id, savedAt, fields], a query, and the ids in the order search answers.
test.each<[string, [string, number, Partial<Item>][], string, string[]]>([
  [
    'a title match beats a newer text match',
    [
      ['text', 2, { text: 'all about vacuum tuning' }],
      ['title', 1, { title: 'Vacuum explained' }],
    ],
    'vacuum',
    ['title', 'text'],
  ],
  [
    'tags and the takeaway beat the excerpt, the excerpt beats the text',
    [
      ['text', 4, { text: 'sharding' }],
      ['excerpt', 3, { excerpt: 'sharding' }],
      ['note', 2, { note: 'sharding' }],
      ['tag', 1, { tags: ['sharding'] }],
    ],
    'sharding',
    ['tag', 'note', 'excerpt', 'text'],
  ],
  [
    'two words beat one, even in the text against the title',
    [
      ['one', 2, { title: 'Index design' }],
      ['two', 1, { text: 'an index for the planner' }],
    ],
    'index planner',
    ['two', 'one'],
  ],
  [
    'equal matches: newest first',
    [
      ['old', 1, { title: 'Kafka basics' }],
      ['new', 3, { title: 'Kafka streams' }],
      ['mid', 2, { title: 'Kafka ops' }],
    ],
    'kafka',
    ['new', 'mid', 'old'],
  ],
  [
    'the last word as a prefix, ranked like a whole word',
    [
      ['text', 2, { text: 'replication lag' }],
      ['title', 1, { title: 'Replicas everywhere' }],
    ],
    'repl',
    ['title', 'text'],
  ],
  [
    'case and accents folded, in any script the tokeniser splits',
    [
      ['fr', 2, { title: 'Éléphant rose' }],
      ['ja', 1, { title: '東京の地下鉄' }],
    ],
    'ELEPHANT',
    ['fr'],
  ],
  ['pairs of characters find a no-space script', [['ja', 1, { title: '東京の地下鉄' }]], '地下', ['ja']],
])('%s', async (_, rows, query, expected) => {
  await database.items.bulkAdd(rows.map(([id, at, over]) => item(id, NOW - 100 + at, over)));
  expect((await searchItems(database, query, {}, { now: NOW })).items.map((i) => i.id)).toEqual(expected);
});

test('a tier larger than the page: its newest fill the page after the better tiers', async () => {
  await database.items.bulkAdd([
    item('best', NOW - 10_000, { title: 'Common' }),
    ...Array.from({ length: 200 }, (_, i) => item(`t${i}`, NOW - i * 1000, { text: 'common' })),
  ]);
  const result = await searchItems(database, 'common', {}, { limit: 5, now: NOW });
  expect(result.items.map((i) => i.id)).toEqual(['best', 't0', 't1', 't2', 't3']);
  // The popup reads each field's newest hundred: 1 title and 100 of the 200 texts.
  expect(result).toMatchObject({ total: 101, more: true });
});

test('an item edited to a new title is ranked by it; a status change keeps its words', async () => {
  await database.items.bulkAdd([item('a', NOW - 2, { text: 'raft consensus' }), item('b', NOW - 1, { text: 'raft' })]);
  await database.items.update('a', { title: 'Raft' });
  expect((await searchItems(database, 'raft', {}, { now: NOW })).items.map((i) => i.id)).toEqual(['a', 'b']);
});

test('a status change or a goal tied writes no search words; a tag does', async () => {
  await database.items.bulkAdd([item('a', NOW - 2, { text: 'raft consensus' })]);
  const written: unknown[] = [];
  database.words.hook('creating', (key) => void written.push(key));
  await database.items.update('a', { status: 'done', goalIds: ['g'] });
  expect(written).toEqual([]);
  await database.items.update('a', { tags: ['distributed'] });
  expect(written).toHaveLength(1);
  expect((await searchItems(database, 'distributed')).items.map((i) => i.id)).toEqual(['a']);
});

test('a highlight’s text and note rank between the takeaway and the excerpt, and leave with it', async () => {
  await database.items.bulkAdd([
    item('excerpt', NOW - 1, { excerpt: 'backpressure' }),
    item('marked', NOW - 3, { text: 'streams with backpressure' }),
    item('note', NOW - 4, { note: 'backpressure' }),
    item('noted', NOW - 2, { text: 'streams' }),
  ]);
  const highlight = {
    prefix: '',
    suffix: '',
    start: 0,
    color: 'yellow' as const,
    createdAt: NOW,
    updatedAt: NOW,
  };
  await database.highlights.bulkAdd([
    { ...highlight, id: 'h1', itemId: 'marked', exact: 'with backpressure', note: '' },
    { ...highlight, id: 'h2', itemId: 'noted', exact: 'streams', note: 'Backpressure first' },
  ]);
  const ids = async () => (await searchItems(database, 'backpressure')).items.map((i) => i.id);
  expect(await ids()).toEqual(['note', 'noted', 'marked', 'excerpt']);
  await database.highlights.delete('h2');
  expect(await ids()).toEqual(['note', 'marked', 'excerpt']);
});

test('a common word reads only its newest holders: the page is still the best and newest, the total a lower bound', async () => {
  await database.items.bulkAdd([
    item('title', NOW - 1_000_000, { title: 'Common' }),
    ...Array.from({ length: 50 }, (_, i) => item(`t${i}`, NOW - i * 1000, { text: 'common' })),
  ]);
  const result = await searchItems(database, 'common', {}, { limit: 3, cap: 10 });
  expect(result.items.map((i) => i.id)).toEqual(['title', 't0', 't1']);
  expect(result).toMatchObject({ total: 11, more: true });
  expect(await searchItems(database, 'common', {}, { limit: 3 })).toMatchObject({ total: 51, more: false });
});
