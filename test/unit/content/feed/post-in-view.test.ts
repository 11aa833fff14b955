// @vitest-environment jsdom
// Which post the person is looking at on a feed: the most of its height on screen, the higher
// one on a tie; and reading a post again by its permalink, as the worker asks it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { mostInView, postKeyInView, readPostByKey } from '../../../../src/content/feed/post-in-view';
import { siteFor } from '../../../../src/content/feed/sites';

vi.stubGlobal('chrome', { i18n: { getMessage: () => '' } });

describe('mostInView (viewport 0–600)', () => {
  test.each([
    ['none', [], null],
    ['one fully shown', [{ top: 100, bottom: 300 }], 0],
    ['all above the viewport', [{ top: -500, bottom: -10 }], null],
    ['all below it', [{ top: 600, bottom: 900 }], null],
    [
      'a tall post filling the screen beats a short one below it',
      [
        { top: -400, bottom: 500 },
        { top: 500, bottom: 700 },
      ],
      0,
    ],
    [
      'the post scrolled to, rather than the end of the one before',
      [
        { top: -300, bottom: 40 },
        { top: 40, bottom: 560 },
        { top: 560, bottom: 900 },
      ],
      1,
    ],
    [
      'a tie goes to the higher post',
      [
        { top: 0, bottom: 300 },
        { top: 300, bottom: 600 },
      ],
      0,
    ],
  ])('%s', (_, spans, index) => {
    expect(mostInView(spans, 600)).toBe(index);
  });
});

describe('on the X home fixture', () => {
  document.documentElement.innerHTML = readFileSync(join(process.cwd(), 'test/fixtures/x.com/home/index.html'), 'utf8');
  const site = siteFor('x.com');
  const posts = Array.from(document.querySelectorAll('article[data-testid="tweet"]'));
  // jsdom has no layout: each post is given its place on screen.
  const placeAt = (shown: Element) =>
    posts.forEach((p) => {
      const top = p === shown ? 0 : 2000;
      p.getBoundingClientRect = () => ({ top, bottom: top + 300 }) as DOMRect;
    });

  test('the post in view is named by its permalink, and read again by it', () => {
    const carol = posts.find((p) => p.textContent!.includes('Write the test first'))!;
    placeAt(carol);
    const key = postKeyInView(site, document, 600);
    expect(key).toMatch(/^https:\/\/x\.com\/carol\/status\/\d+$/);
    expect(readPostByKey(site, document, key!)).toMatchObject({
      url: key,
      text: expect.stringMatching(/^Write the test first/),
    });
  });

  test('an ad in view is not offered; an unknown permalink reads nothing', () => {
    const ad = posts.find((p) => p.textContent!.includes('Ten tools you will not believe'))!;
    placeAt(ad);
    expect(postKeyInView(site, document, 600)).toBeNull();
    expect(readPostByKey(site, document, 'https://x.com/carol/status/1')).toBeNull();
  });
});
