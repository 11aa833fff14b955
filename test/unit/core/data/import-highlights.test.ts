// Pocket's highlights (its zip's annotations/*.json) as a table, and how they land on items.
import { describe, expect, test } from 'vitest';
import {
  IMPORTED_HIGHLIGHTS_MAX,
  parsePocketAnnotations,
  planImportedHighlights,
  withHighlights,
} from '../../../../src/core/data/import-highlights';
import type { ImportDraft } from '../../../../src/core/data/import-draft';

const NOW = Date.UTC(2025, 6, 1);
const T = Date.UTC(2025, 0, 1);
const entry = (highlights: unknown[], url = 'https://a.example/post?utm_source=pocket') => ({
  url,
  title: 'T',
  highlights,
});
const parse = (value: unknown) => parsePocketAnnotations(JSON.stringify(value), NOW);
const only = (value: unknown) => [...(parse(value)?.values() ?? [])].flat();

describe('parsePocketAnnotations', () => {
  test('highlights by normalised address, with their dates', () => {
    expect([...parse([entry([{ quote: ' A passage. ', created_at: 1_700_000_000 }])])!]).toEqual([
      ['https://a.example/post', [{ exact: 'A passage.', createdAt: 1_700_000_000_000 }]],
    ]);
  });

  test.each([
    ['not JSON', '{', null],
    ['not a list', { list: [] }, null],
    ['an empty list', [], []],
  ])('%s', (_, value, want) => {
    const out = typeof value === 'string' ? parsePocketAnnotations(value, NOW) : parse(value);
    expect(out === null ? null : [...out]).toEqual(want);
  });

  test.each([
    ['an empty quote', { quote: '  ', created_at: 1 }, []],
    ['a quote that is no string', { quote: 42, created_at: 1 }, []],
    ['a quote over 10 000 characters', { quote: 'x'.repeat(10_001), created_at: 1 }, []],
    ['a date as a string', { quote: 'q', created_at: '1700000000' }, [{ exact: 'q', createdAt: 1_700_000_000_000 }]],
    ['a date in the future: now', { quote: 'q', created_at: 4_000_000_000 }, [{ exact: 'q', createdAt: NOW }]],
    ['no date: now', { quote: 'q' }, []],
    ['a date that is no date: now', { quote: 'q', created_at: 'yesterday' }, [{ exact: 'q', createdAt: NOW }]],
  ])('%s', (_, highlight, want) => expect(only([entry([highlight])])).toEqual(want));

  test.each([
    ['javascript: address', 'javascript:alert(1)'],
    ['no address', ''],
  ])('an entry with a %s is left out', (_, url) =>
    expect([...parse([entry([{ quote: 'q', created_at: 1 }], url)])!]).toEqual([]),
  );

  test('two entries of one page are one list; at most 500 per page', () => {
    const many = Array.from({ length: 600 }, (_, i) => ({ quote: `q${i}`, created_at: 1_700_000_000 }));
    const out = parse([entry(many.slice(0, 300)), entry(many.slice(300), 'https://a.example/post')])!;
    expect(out.get('https://a.example/post')).toHaveLength(IMPORTED_HIGHLIGHTS_MAX);
  });
});

describe('planImportedHighlights', () => {
  const draft = (url: string, highlights?: unknown[]) =>
    ({
      line: 2,
      url,
      originalUrl: url,
      title: null,
      excerpt: null,
      note: '',
      tags: [],
      status: 'unread',
      savedAt: 1,
      highlights,
    }) as ImportDraft;
  let n = 0;
  const newId = () => `h${++n}`;

  test('on each draft’s item, anchored in its text when it is there, never twice', () => {
    n = 0;
    const drafts = withHighlights(
      [draft('https://a.example/1'), draft('https://a.example/2'), draft('https://a.example/3')],
      new Map([
        [
          'https://a.example/1',
          [
            { exact: 'second sentence', createdAt: T + 5 },
            { exact: 'already here', createdAt: T + 6 },
          ],
        ],
        ['https://a.example/2', [{ exact: 'not in its text', createdAt: T + 7 }]],
        ['https://a.example/3', [{ exact: 'no item', createdAt: T + 8 }]],
      ]),
    );
    const items = new Map([
      ['https://a.example/1', { id: 'i1', text: 'First sentence. The second sentence ends here.' }],
      ['https://a.example/2', { id: 'i2', text: '' }],
    ]);
    const out = planImportedHighlights(drafts, items, new Set(['i1\nalready here']), newId);
    expect(out).toEqual([
      {
        id: 'h1',
        itemId: 'i1',
        exact: 'second sentence',
        prefix: 'First sentence. The ',
        suffix: ' ends here.',
        start: 20,
        color: 'yellow',
        note: '',
        createdAt: T + 5,
        updatedAt: T + 5,
      },
      {
        id: 'h2',
        itemId: 'i2',
        exact: 'not in its text',
        prefix: '',
        suffix: '',
        start: 0,
        color: 'yellow',
        note: '',
        createdAt: T + 7,
        updatedAt: T + 7,
      },
    ]);
  });

  test('a draft’s highlights are checked again (they crossed a message)', () => {
    const items = new Map([['https://a.example/1', { id: 'i1', text: '' }]]);
    const bad = [
      { exact: '', createdAt: T + 5 },
      { exact: 'x', createdAt: 1e300 },
      { exact: 5, createdAt: T + 5 },
      null,
    ];
    expect(planImportedHighlights([draft('https://a.example/1', bad)], items, new Set(), newId)).toEqual([]);
  });
});
