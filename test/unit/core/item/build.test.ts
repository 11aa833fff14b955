import { describe, expect, test } from 'vitest';
import { buildItem } from '../../../../src/core/item/build';
import { TEXT_CAP } from '../../../../src/core/text/cap';
import type { Capture } from '../../../../src/core/item/model';

const NOW = Date.UTC(2026, 10, 25, 9, 0);
const capture = (over: Partial<Capture> = {}): Capture => ({
  url: 'https://blog.example.org/post?utm_source=x#top',
  kind: 'article',
  title: 'How we learn',
  author: 'Ada L.',
  siteName: 'Example Blog',
  excerpt: 'A short summary.',
  lang: 'en',
  handle: null,
  canonicalUrl: 'https://blog.example.org/post',
  publishedAt: Date.UTC(2026, 0, 2),
  text: 'Some words to read.',
  ...over,
});
let n = 0;
const input = (over: Partial<Parameters<typeof buildItem>[0]> = {}) => ({
  capture: capture(),
  tabUrl: 'https://blog.example.org/post?utm_source=x#top',
  tabTitle: 'Tab title',
  via: 'popup' as const,
  now: NOW,
  newId: () => `id-${++n}`,
  ...over,
});

describe('buildItem', () => {
  test('a first save stores the normalised URL, the original and the read fields', () => {
    const item = buildItem(input());
    expect(item).toMatchObject({
      url: 'https://blog.example.org/post',
      originalUrl: 'https://blog.example.org/post?utm_source=x#top',
      title: 'How we learn',
      author: 'Ada L.',
      status: 'unread',
      savedAt: NOW,
      updatedAt: NOW,
      via: 'popup',
      capture: 'full',
      textCutChars: 0,
      wordCount: 4,
      readingMinutes: 1,
      goalIds: [],
      tags: [],
    });
  });

  test('a re-save keeps the first saved date and the person’s own data, refreshing the page data', () => {
    const first = buildItem(input());
    const mine = {
      ...first,
      status: 'done' as const,
      note: 'Key idea',
      goalIds: ['g1'],
      tags: ['sql'],
      engagedSeconds: 90,
    };
    const later = buildItem(
      input({
        existing: mine,
        now: NOW + 1000,
        capture: capture({ title: 'How we learn (updated)' }),
        via: 'shortcut',
      }),
    );
    expect(later).toMatchObject({
      id: first.id,
      savedAt: NOW,
      updatedAt: NOW + 1000,
      title: 'How we learn (updated)',
      status: 'done',
      note: 'Key idea',
      goalIds: ['g1'],
      tags: ['sql'],
      engagedSeconds: 90,
      via: 'popup',
    });
  });

  test('an unreadable page is kept with its address and tab title, marked as not read', () => {
    const item = buildItem(input({ capture: null, tabUrl: 'https://example.org/paper.pdf', tabTitle: 'paper.pdf' }));
    expect(item).toMatchObject({ url: 'https://example.org/paper.pdf', title: 'paper.pdf', capture: 'none', text: '' });
    expect(item.siteName).toBe('example.org');
  });

  test('saving a link to a page already read does not wipe what was read', () => {
    const first = buildItem(input());
    const again = buildItem(input({ capture: null, existing: first, tabTitle: 'link text', now: NOW + 5 }));
    expect(again.text).toBe(first.text);
    expect(again.title).toBe('How we learn');
    expect(again.updatedAt).toBe(NOW + 5);
  });

  test('text beyond the cap is cut and the item says how much', () => {
    const text = 'word '.repeat(TEXT_CAP / 5 + 1000);
    const item = buildItem(input({ capture: capture({ text }) }));
    expect(item.text.length).toBe(TEXT_CAP);
    expect(item.textCutChars).toBe(text.trim().length - TEXT_CAP);
    // Reading time counts the whole piece, not just what was kept.
    expect(item.wordCount).toBe(TEXT_CAP / 5 + 1000);
  });

  test('a selection is kept as the quote, and survives a later plain re-save', () => {
    const first = buildItem(input({ quote: '  The key   sentence. ' }));
    expect(first.quote).toBe('The key sentence.');
    expect(buildItem(input({ existing: first })).quote).toBe('The key sentence.');
  });

  test('missing fields fall back: tab title, then host; excerpt from text', () => {
    const item = buildItem(
      input({ capture: capture({ title: '  ', siteName: null, excerpt: null, text: 'First lines here.' }) }),
    );
    expect(item.title).toBe('Tab title');
    expect(item.siteName).toBe('blog.example.org');
    expect(item.excerpt).toBe('First lines here.');
  });

  test.each([
    [
      'a post on X: name and handle',
      { kind: 'tweet' as const, author: 'Lina Morgana', handle: 'KingBeyonceStan' },
      'Lina Morgana (@KingBeyonceStan)',
    ],
    ['a thread on X with no name: the handle', { kind: 'thread' as const, author: null, handle: '@ada' }, '@ada'],
    [
      'a name that already shows the handle is kept',
      { kind: 'tweet' as const, author: 'Ada (@ada)', handle: 'ada' },
      'Ada (@ada)',
    ],
    [
      'a name that merely contains the handle still gets it',
      { kind: 'tweet' as const, author: 'Ada L.', handle: 'ada' },
      'Ada L. (@ada)',
    ],
    [
      'a LinkedIn post keeps the name alone',
      { kind: 'linkedin-post' as const, author: 'Ada Lovelace', handle: 'ada-l' },
      'Ada Lovelace',
    ],
  ])('author of %s', (_, over, author) => {
    expect(buildItem(input({ capture: capture(over) })).author).toBe(author);
  });

  test('a handle is stored without @ and a bad date is dropped', () => {
    const item = buildItem(input({ capture: capture({ handle: '@ada', publishedAt: Number.NaN }) }));
    expect(item.handle).toBe('ada');
    expect(item.publishedAt).toBeNull();
  });

  test('a non-web address is refused', () => {
    expect(() => buildItem(input({ capture: null, tabUrl: 'javascript:alert(1)' }))).toThrow(/Not a web address/);
  });
});
