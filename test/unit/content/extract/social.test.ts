// @vitest-environment jsdom
// The X and LinkedIn readers on the fixtures the e2e tests serve (test/fixtures/<host>/…):
// the right post's text, author, handle, time and permalink, and never a neighbour's.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { extractPage } from '../../../../src/content/extract/index';
import { isPromotedLinkedIn, readLinkedInPost } from '../../../../src/content/extract/linkedin';
import { isPromotedX, readXPost } from '../../../../src/content/extract/x';
import { extractXStatus } from '../../../../src/content/extract/x-status';

const load = (path: string) =>
  new DOMParser().parseFromString(readFileSync(join(process.cwd(), 'test/fixtures', path), 'utf8'), 'text/html');
const xTime = (id: string) => Number((BigInt(id) >> 22n) + 1288834974657n);

describe('X timeline', () => {
  const doc = load('x.com/home/index.html');
  const articles = Array.from(doc.querySelectorAll('article[data-testid="tweet"]'));
  const posts = articles.map((a) => readXPost(a, 'https://x.com/home'));

  test('a post: real link instead of t.co, emoji, photo alt text, exact time from the id', () => {
    expect(posts[0]).toMatchObject({
      id: '1861000000000000000',
      handle: 'ada',
      author: 'Ada L. 📚',
      url: 'https://x.com/ada/status/1861000000000000000',
      publishedAt: xTime('1861000000000000000'),
      lang: 'en',
    });
    expect(posts[0]!.text).toBe(
      'Notes on B-trees: https://example.com/btree-notes.html read them twice 🧵\n\n[Image: A B-tree with three levels of keys]',
    );
  });

  test('a quoting post keeps its own author; the quote is labelled, not merged', () => {
    expect(posts[1]).toMatchObject({ handle: 'bob_builds', author: 'Bob Builder' });
    expect(posts[1]!.text).toMatch(
      /^This is the best line I read this week:\n\nQuoting Grace H\. @grace:\nNobody reads/,
    );
  });

  test('promoted posts are recognised; a repost is the original post', () => {
    expect(articles.map(isPromotedX)).toEqual([false, false, true, false, false]);
    expect(posts[3]).toMatchObject({ handle: 'carol', author: 'Carol Chen' });
  });

  test('mentions and hashtags read as shown', () => {
    expect(posts[4]!.text).toBe('Mentions @ada and #databases');
  });
});

describe('X status page', () => {
  const url = 'https://x.com/ada/status/1861000000000000000';
  test('a thread by one author is stored whole, in order, up to the first other author', () => {
    const cap = extractXStatus(load('x.com/ada/status/1861000000000000000/index.html'), url)!;
    expect(cap).toMatchObject({
      kind: 'thread',
      handle: 'ada',
      author: 'Ada L.',
      url,
      publishedAt: xTime('1861000000000000000'),
    });
    expect(cap.text.split('\n\n')).toHaveLength(3);
    expect(cap.text).toMatch(/^1\/3\nA thread on B-trees/);
    expect(cap.text).toContain('3/3\nThat is why an index lookup');
    expect(cap.text).not.toMatch(/LSM/);
  });

  test('a page with no post falls back to the generic extractor, marked partial', () => {
    const doc = new DOMParser().parseFromString(
      '<html><head><title>Ada L. on X: "gone" / X</title></head><body><p>This post is unavailable.</p></body></html>',
      'text/html',
    );
    const cap = extractPage(doc, url);
    expect(cap).toMatchObject({ kind: 'tweet', handle: 'ada', partial: true });
  });
});

describe('LinkedIn SDUI feed', () => {
  const doc = load('www.linkedin.com/feed/index.html');
  const posts = Array.from(doc.querySelectorAll('[data-view-name="feed-full-update"]'));

  test('a post behind a "likes this" header: permalink from the tracking scope, author not the liker', () => {
    const cap = readLinkedInPost(posts[0]!)!;
    expect(cap).toMatchObject({
      url: 'https://www.linkedin.com/feed/update/urn:li:activity:7400000000000000000/',
      kind: 'linkedin-post',
      author: 'Ada Lovelace',
      handle: 'ada-l',
      publishedAt: Number(7400000000000000000n >> 22n),
      partial: false,
    });
    // The whole text, "see more" included, without the button or the hidden "hashtag" word.
    expect(cap.text).toMatch(/^Three things I learned running our first incident review\.\n\n1\. Write/);
    expect(cap.text).toContain('#postmortems are for the system');
    expect(cap.text).not.toMatch(/more$|hashtag#|Bo Berg/);
    expect(cap.text).toContain('[Image: Whiteboard with an incident timeline]');
  });

  test('a reshare: the resharer is the author, the original is labelled', () => {
    const cap = readLinkedInPost(posts[1]!)!;
    expect(cap).toMatchObject({ author: 'Carl Ruiz', handle: 'carl-r' });
    expect(cap.text).toMatch(
      /^Worth reading twice if you run on-call\.\n\nReposting Example Labs:\nOur on-call handbook/,
    );
  });

  test('the promoted post is recognised', () => {
    expect(posts.map(isPromotedLinkedIn)).toEqual([false, false, true]);
  });
});

describe('LinkedIn Ember build', () => {
  const doc = load('www.linkedin.com/in/ada-l/recent-activity/all/index.html');
  const posts = Array.from(doc.querySelectorAll('.feed-shared-update-v2[data-urn]'));

  test('data-urn, the name without its hidden twin, text without "…more"', () => {
    expect(readLinkedInPost(posts[0]!)).toMatchObject({
      url: 'https://www.linkedin.com/feed/update/urn:li:activity:7486042476307222528/',
      author: 'Ada Lovelace',
      handle: 'ada-l',
      publishedAt: Date.parse('2026-07-23T13:00:10Z') + 295,
      text: 'Spaced repetition works for code review comments too.\n\nKeep a list, revisit it on Fridays.',
    });
  });

  test('a reshare with commentary keeps the resharer; promoted is seen', () => {
    expect(readLinkedInPost(posts[1]!)!.text).toBe(
      'Resharing this because it changed how I plan.\n\nReposting Dee Kay:\nPlan the week on Monday, review it on Friday.',
    );
    expect(posts.map(isPromotedLinkedIn)).toEqual([false, false, true]);
  });

  test('a post without any urn cannot be saved under a wrong address', () => {
    const orphan = new DOMParser().parseFromString('<div class="feed-shared-update-v2"><p>x</p></div>', 'text/html');
    expect(readLinkedInPost(orphan.body.firstElementChild!)).toBeNull();
  });
});
