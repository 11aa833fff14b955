// An item's Markdown note (Obsidian), the zip of every note, and highlights in the CSV and the
// learning log, as tables.
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, test } from 'vitest';
import { itemsToRows } from '../../../../src/core/data/export-csv';
import { itemFileName, itemMarkdown, itemNotesZip } from '../../../../src/core/data/export-item';
import { goalLog } from '../../../../src/core/data/export-markdown';
import type { Highlight } from '../../../../src/core/highlight/model';
import { item as seedItem } from '../../../e2e/seed';
import { goal } from '../../goal-fixtures';

const SAVED = new Date(2026, 2, 5, 12).getTime();
const GOAL = goal({ id: 'g1', title: 'Get better at SQL' });
const LABELS = { highlights: 'Highlights', takeaway: 'Takeaway', original: 'Original page' };
const item = (over: Parameters<typeof seedItem>[0] extends infer T ? Partial<T> : never = {}) =>
  seedItem({ title: 'Reading EXPLAIN plans', savedAt: SAVED, ...over });

function hl(over: Partial<Highlight>): Highlight {
  return {
    id: `h-${over.start ?? 0}`,
    itemId: 'i1',
    exact: 'Check selectivity first',
    prefix: '',
    suffix: '',
    start: 0,
    color: 'yellow',
    note: '',
    createdAt: SAVED,
    updatedAt: SAVED,
    ...over,
  };
}

/** The front matter as key → raw value. */
function frontMatter(md: string): Record<string, string> {
  const [, block] = /^---\n([\s\S]*?)\n---\n/.exec(md) ?? [];
  return Object.fromEntries(
    (block ?? '').split('\n').map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 2)]),
  );
}

describe('itemMarkdown: an Obsidian note of one item', () => {
  test('front matter, then highlights in text order as quotes each with its note, then the takeaway', () => {
    const md = itemMarkdown(
      item({
        id: 'i1',
        url: 'https://a.example/x',
        author: 'Ann',
        tags: ['sql', 'perf'],
        goalIds: ['g1', 'gone'],
        note: 'Indexes first',
      }),
      [
        hl({ start: 90, exact: 'Second passage', note: '' }),
        hl({ start: 10, exact: 'First passage', note: 'Why it matters' }),
      ],
      [GOAL],
      LABELS,
    );
    expect(frontMatter(md)).toEqual({
      title: '"Reading EXPLAIN plans"',
      url: '"https://a.example/x"',
      author: '"Ann"',
      saved: '2026-03-05',
      tags: '["sql", "perf"]',
      goals: '["Get better at SQL"]',
    });
    const body = md.slice(md.indexOf('\n---\n') + 5);
    expect(body).toBe(
      [
        '',
        '# Reading EXPLAIN plans',
        '',
        '[Original page](<https://a.example/x>)',
        '',
        '## Highlights',
        '',
        '> First passage',
        '',
        'Why it matters',
        '',
        '> Second passage',
        '',
        '## Takeaway',
        '',
        'Indexes first',
        '',
      ].join('\n'),
    );
  });

  test.each([
    [
      'a title with YAML and Markdown in it',
      'Title: "quoted" # not a comment\nnext',
      '"Title: \\"quoted\\" # not a comment\\nnext"',
    ],
    ['no title: the address', null, '"https://a.example/x"'],
  ])('%s stays one front-matter value', (_, title, yaml) => {
    const md = itemMarkdown(item({ title, url: 'https://a.example/x' }), [], [], LABELS);
    expect(frontMatter(md).title).toBe(yaml);
    expect(JSON.parse(frontMatter(md).title!)).toBe(title ?? 'https://a.example/x');
  });

  test('a passage over two paragraphs is quoted line by line; Markdown in it is text; no author, no takeaway, no heading', () => {
    const md = itemMarkdown(
      item({ author: null, note: '' }),
      [hl({ exact: 'One *bold*\n   claim\n \n# Not a heading' })],
      [],
      LABELS,
    );
    expect(md).toContain('> One \\*bold\\* claim\n> \\# Not a heading');
    expect(md).not.toContain('author:');
    expect(md).not.toContain('## Takeaway');
  });

  test('an address that is not http(s) is never a link', () => {
    const md = itemMarkdown(item({ url: 'javascript:alert(1)' }), [], [], LABELS);
    expect(md).not.toContain('](');
    expect(md).not.toContain('Original page');
  });
});

test.each([
  ['Reading EXPLAIN plans', 'Reading EXPLAIN plans.md'],
  ['a/b: c? [d] #e | f', 'a b c d e f.md'],
  ['..hidden', 'hidden.md'],
  ['', 'item.md'],
  [null, 'item.md'],
  ['x'.repeat(200), `${'x'.repeat(80)}.md`],
])('itemFileName(%j) is %j', (title, name) => expect(itemFileName(item({ title }), new Set())).toBe(name));

test('two items with the same title get two files', () => {
  const taken = new Set<string>();
  expect([itemFileName(item(), taken), itemFileName(item({ title: 'reading explain PLANS' }), taken)]).toEqual([
    'Reading EXPLAIN plans.md',
    'reading explain PLANS (2).md',
  ]);
});

test('the zip holds one note per item, each with its own highlights', () => {
  const a = item({ id: 'a', title: 'Same' });
  const b = item({ id: 'b', title: 'Same', savedAt: SAVED + 1 });
  const zip = itemNotesZip([b, a], new Map([['b', [hl({ itemId: 'b', exact: 'Only in b' })]]]), [], LABELS);
  const files = unzipSync(zip);
  expect(Object.keys(files).sort()).toEqual(['Same (2).md', 'Same.md']);
  expect(strFromU8(files['Same.md']!)).not.toContain('Only in b');
  expect(strFromU8(files['Same (2).md']!)).toContain('> Only in b');
});

describe('highlights in the CSV and the learning log', () => {
  const a = item({ id: 'i1', goalIds: ['g1'] });
  const highlights = new Map([
    ['i1', [hl({ start: 50, exact: '=2+2 is\nfour', note: 'a formula?' }), hl({ start: 5, exact: 'First' })]],
  ]);

  test('CSV: a highlights column, one per line in text order, notes after a dash, formulas neutralised', () => {
    const [header, row] = itemsToRows([a], [GOAL], highlights);
    expect(header!.at(-1)).toBe('highlights');
    expect(row!.at(-1)).toBe('"First"\n"=2+2 is four" — a formula?');
    expect(itemsToRows([a], [GOAL])[1]!.at(-1)).toBe('');
  });

  test('a goal log quotes each item’s highlights under it, with the note', () => {
    const md = goalLog(GOAL, [a], { finished: 'F', saved: 'S', noItems: 'N', why: 'W' }, { highlights });
    expect(md).toContain('(2026-03-05)\n  > First\n  > =2\\+2 is four — a formula?');
  });
});
