// @vitest-environment jsdom
// Pages whose markup is thin: a LinkedIn article (author only in the Twitter card's label/data
// pair, date only as text in its header) and a WordPress post with Yoast SEO (the same pairs,
// the date printed by the theme without a datetime). Both fixtures were made for these tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { extractGeneric } from '../../../../src/content/extract/generic';

const fixture = (name: string) =>
  new DOMParser().parseFromString(
    readFileSync(join(__dirname, '../../../fixtures/capture', name), 'utf8'),
    'text/html',
  );
const dayOf = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString().slice(0, 10));

describe('reading what the page shows', () => {
  test('a LinkedIn article: the author from "Written by", the day from its header', () => {
    const capture = extractGeneric(
      fixture('linkedin-article.html'),
      'https://www.linkedin.com/pulse/why-small-pull-requests-win-ada-lovelace',
    );
    expect(capture).toMatchObject({ title: 'Why small pull requests win', author: 'Ada Lovelace' });
    // Not the date in the navigation, nor the one the article's text mentions.
    expect(dayOf(capture.publishedAt)).toBe('2016-12-19');
  });

  test('a Yoast blog post: the author from its pair (not the reading time), the day from its header', () => {
    const capture = extractGeneric(
      fixture('yoast-blog.html'),
      'https://notes.example.org/2021/03/03/reading-query-plans/',
    );
    expect(capture).toMatchObject({ title: 'Reading query plans without fear', author: 'Grace Hopper' });
    expect(dayOf(capture.publishedAt)).toBe('2021-03-03');
  });
});
