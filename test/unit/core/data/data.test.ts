// Pure import, merge and export rules, as tables.
import { describe, expect, test } from 'vitest';
import { logEntriesToRows, spreadsheetSafe } from '../../../../src/core/data/export-csv';
import { goalLog, mdText, weekLog } from '../../../../src/core/data/export-markdown';
import type { LogEntry } from '../../../../src/core/log/model';
import { goal } from '../../goal-fixtures';
import { capText, fromIsoDate, fromUnixSeconds } from '../../../../src/core/data/import-fields';
import { draftToItem, type ImportDraft, type ImportProblem } from '../../../../src/core/data/import-draft';
import { allAlreadySaved, countImport, planImport, summarizeImport } from '../../../../src/core/data/import-plan';
import type { Item } from '../../../../src/core/item/model';
import { decodeText } from '../../../../src/core/text/decode';

test.each([
  ['=SUM(A1)', "'=SUM(A1)"],
  ['+1', "'+1"],
  ['-2', "'-2"],
  ['@cmd', "'@cmd"],
  ['\tx', "'\tx"],
  ['plain', 'plain'],
  ['a=b', 'a=b'],
])('spreadsheetSafe(%j) is %j', (cell, safe) => expect(spreadsheetSafe(cell)).toBe(safe));

test.each([
  ['1700000000', 1_700_000_000_000],
  [' 0 ', null],
  ['yesterday', null],
  ['13178726400000000', null],
  [undefined, null],
])('fromUnixSeconds(%j)', (raw, ms) => expect(fromUnixSeconds(raw)).toBe(ms));

test.each([
  ['2024-03-05T09:15:00.000Z', Date.parse('2024-03-05T09:15:00.000Z')],
  ['2024-03-05', Date.parse('2024-03-05')],
  ['March 5', null],
  ['', null],
])('fromIsoDate(%j)', (raw, ms) => expect(fromIsoDate(raw)).toBe(ms));

test.each([
  ['  a \n b ', 10, false, 'a b'],
  ['a\r\nb', 10, true, 'a\nb'],
  ['abcdefghijkl', 5, false, 'abcd…'],
  ['   ', 5, false, null],
])('capText(%j, %i)', (raw, max, multiline, out) => expect(capText(raw, max, multiline)).toBe(out));

test.each([
  ['[x](javascript:1)', '\\[x\\]\\(javascript:1\\)'],
  ['<b>*hi*</b>', '\\<b\\>\\*hi\\*\\</b\\>'],
])('mdText(%j)', (raw, md) => expect(mdText(raw)).toBe(md));

test.each([
  [[0xef, 0xbb, 0xbf, 0x68, 0x69], { ok: true, text: 'hi' }],
  [[0x61, 0x0a, 0x62, 0x0a, 0xe9], { ok: false, error: 'bad-encoding', line: 3 }],
  [[0xff, 0xfe, 0x68, 0x00], { ok: true, text: 'h' }],
])('decodeText(%j)', (bytes, out) => expect(decodeText(new Uint8Array(bytes))).toEqual(out));

const draft = (over: Partial<ImportDraft> = {}): ImportDraft => ({
  line: 2,
  url: 'https://a.example/1',
  originalUrl: 'https://a.example/1',
  title: 'Imported',
  excerpt: null,
  note: '',
  tags: ['x'],
  status: 'unread',
  savedAt: 1_000,
  ...over,
});
const ctx = { now: 5_000, newId: () => 'new', goalId: null };
const existing = (over: Partial<Item> = {}): Item => ({
  ...draftToItem(draft({ title: 'Mine', tags: ['mine'] }), ctx),
  id: 'old',
  via: 'popup',
  updatedAt: 2_000,
  ...over,
});

describe('planImport: merge by normalised URL, nothing of the library lost', () => {
  test.each([
    ['new page is added', [], { added: 1, updated: 0, skipped: 0 }],
    ['same page, nothing new: skipped', [existing({ tags: ['x'] })], { added: 0, updated: 0, skipped: 1 }],
    ['same page, new tag: updated', [existing()], { added: 0, updated: 1, skipped: 0 }],
  ])('%s', (_name, items, counts) => {
    const plan = planImport([draft()], new Map(items.map((i) => [i.url, i])), ctx);
    expect({ added: plan.add.length, updated: plan.update.length, skipped: plan.skipped.length }).toEqual(counts);
    // The preview's count, without building the items, says the same.
    const counted = countImport([draft()], new Map(items.map((i) => [i.url, i])), ctx);
    expect({ added: counted.added, updated: counted.update.length, skipped: counted.skipped.length }).toEqual(counts);
  });

  test('the library is newer: its title and status stay, tags are added, the earliest saved date kept', () => {
    const plan = planImport([draft({ status: 'done', savedAt: 500 })], new Map([[existing().url, existing()]]), ctx);
    expect(plan.update[0]).toMatchObject({
      id: 'old',
      title: 'Mine',
      status: 'unread',
      tags: ['mine', 'x'],
      savedAt: 500,
      via: 'popup',
    });
  });

  test('the row is newer: its status wins', () => {
    const plan = planImport([draft({ status: 'done', savedAt: 9_000 })], new Map([[existing().url, existing()]]), ctx);
    expect(plan.update[0]).toMatchObject({ title: 'Imported', status: 'done', doneAt: 9_000 });
  });

  test('a repeated address in the file is skipped, naming the first line; a goal is tied in bulk', () => {
    const plan = planImport([draft(), draft({ line: 9 })], new Map(), { ...ctx, goalId: 'g1' });
    expect(plan.skipped).toEqual([{ line: 9, reason: 'duplicate-in-file', detail: '2' }]);
    expect(plan.add[0]).toMatchObject({ via: 'import', goalIds: ['g1'], savedAt: 1_000, capture: 'none' });
  });
});

test('a week log lists finished then saved items, as Markdown-safe text', () => {
  const item = (id: string, over: Partial<Item>) => ({ ...existing(), id, url: `https://a.example/${id}`, ...over });
  const md = weekLog(
    'My week',
    [
      item('a', { title: 'Read [this]', status: 'done', doneAt: 150 }),
      item('b', { title: 'Later', savedAt: 120 }),
      item('c', { savedAt: 10 }),
    ],
    { start: 100, end: 200 },
    { finished: 'Finished', saved: 'Saved', noItems: 'None', why: 'Why' },
  );
  expect(md).toContain('## Finished\n\n- [Read \\[this\\]](<https://a.example/a>)');
  expect(md).toContain('## Saved\n\n- [Later](<https://a.example/b>)');
  expect(md).not.toContain('a.example/c');
});

describe('log entries in the exports', () => {
  const entry = (id: string, over: Partial<LogEntry>): LogEntry => ({
    id,
    title: 'dbt Fundamentals',
    kind: 'course',
    minutes: 40,
    day: '2026-11-24',
    goalIds: ['g1'],
    note: '',
    createdAt: 1,
    updatedAt: 1,
    ...over,
  });
  const labels = {
    finished: 'Finished',
    saved: 'Saved',
    noItems: 'None',
    why: 'Why',
    logged: 'Logged learning',
    kinds: {
      course: 'Course',
      book: 'Book',
      talk: 'Talk',
      mentoring: 'Mentoring',
      practice: 'Practice',
      other: 'Other',
    },
    minutes: (m: number) => `${m} min`,
  };
  const g = goal({ id: 'g1', title: 'Data engineering' });

  test('CSV: one row each, oldest day first, goals by title, formulas kept as text', () => {
    expect(
      logEntriesToRows(
        [
          entry('b', { day: '2026-11-25', title: '=cmd|calc', goalIds: ['g1', 'gone'], note: 'Sources first' }),
          entry('a', { kind: 'book', minutes: 15 }),
        ],
        [g],
      ),
    ).toEqual([
      ['day', 'title', 'kind', 'minutes', 'goals', 'note'],
      ['2026-11-24', 'dbt Fundamentals', 'book', '15', 'Data engineering', ''],
      ['2026-11-25', "'=cmd|calc", 'course', '40', 'Data engineering', 'Sources first'],
    ]);
  });

  test('Markdown: a week lists the entries of its days; a goal lists its own', () => {
    // Monday 23 to Monday 30 November 2026, local.
    const range = { start: new Date(2026, 10, 23).getTime(), end: new Date(2026, 10, 30).getTime() };
    const logged = [
      entry('in', { title: 'Pairing *on* the DAG', kind: 'mentoring', note: 'Ask for the why' }),
      entry('sunday', { day: '2026-11-29', title: 'Sunday reading', goalIds: [] }),
      entry('next', { day: '2026-11-30', title: 'Next week' }),
    ];
    const week = weekLog('My week', [], range, labels, { logged });
    expect(week).toContain(
      '## Logged learning\n\n- Pairing \\*on\\* the DAG (Mentoring, 40 min, 2026-11-24)\n  Ask for the why\n- Sunday reading (Course, 40 min, 2026-11-29)\n',
    );
    expect(week).not.toContain('Next week');
    const forGoal = goalLog(g, [], labels, { logged });
    expect(forGoal).toContain('Pairing \\*on\\* the DAG');
    expect(forGoal).toContain('Next week');
    expect(forGoal).not.toContain('Sunday reading');
    // No entries: no heading (a log as it was before).
    expect(weekLog('My week', [], range, labels)).not.toContain('Logged learning');
  });
});

describe('what an import brings, for its preview', () => {
  test('the first rows, the dates it spans and its tags, most used first', () => {
    const rows = [
      draft({ line: 2, url: 'https://a.example/1', title: 'One', savedAt: 300, tags: ['sql', 'db'] }),
      draft({ line: 3, url: 'https://a.example/2', title: null, savedAt: 100, tags: ['sql'] }),
      draft({ line: 4, url: 'https://a.example/3', title: 'Three', savedAt: 200, tags: [] }),
      draft({ line: 5, url: 'https://a.example/4', title: 'Four', savedAt: 250, tags: ['ai'] }),
    ];
    expect(summarizeImport(rows, { samples: 2, tags: 2 })).toEqual({
      samples: [
        { title: 'One', url: 'https://a.example/1' },
        { title: null, url: 'https://a.example/2' },
      ],
      from: 100,
      to: 300,
      tags: [
        { tag: 'sql', count: 2 },
        { tag: 'ai', count: 1 },
      ],
    });
    expect(summarizeImport([])).toEqual({ samples: [], from: null, to: null, tags: [] });
  });

  test.each<[string, string[], number, number, boolean]>([
    ['every row already saved', ['already-saved', 'already-saved'], 0, 0, true],
    ['saved, and a repeat of one', ['already-saved', 'duplicate-in-file'], 0, 0, true],
    ['one row new', ['already-saved'], 1, 0, false],
    ['one row updated', ['already-saved'], 0, 1, false],
    ['a row without an address', ['already-saved', 'no-url'], 0, 0, false],
    ['an empty file', [], 0, 0, false],
  ])('%s: all known is %s', (_, reasons, added, updated, known) => {
    const skipped = reasons.map((reason, i) => ({ line: i + 2, reason, detail: '' }) as ImportProblem);
    expect(allAlreadySaved({ skipped }, added, updated)).toBe(known);
  });
});
