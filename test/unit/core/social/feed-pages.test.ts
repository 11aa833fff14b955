import { describe, expect, test } from 'vitest';
import { isFeedPage, isPostOf } from '../../../../src/core/social/feed-pages';

test.each([
  ['https://www.linkedin.com/feed/', true],
  ['https://www.linkedin.com/feed', true],
  ['https://www.linkedin.com/', true],
  // Profiles and company pages are saved as kind `page`, as the data contract says.
  ['https://www.linkedin.com/in/ada-lovelace/', false],
  ['https://www.linkedin.com/company/acme/posts/', false],
  ['https://www.linkedin.com/search/results/content/?keywords=sql', true],
  ['https://www.linkedin.com/feed/update/urn:li:activity:7100000000000000000/', false],
  ['https://www.linkedin.com/posts/ada_sql-activity-7100000000000000000-abcd', false],
  ['https://www.linkedin.com/pulse/query-planners-ada-lovelace', false],
  ['https://www.linkedin.com/learning/sql-essential-training', false],
  ['https://x.com/home', true],
  ['https://x.com/', true],
  ['https://x.com/ada', false],
  ['https://x.com/hashtag/sql', true],
  ['https://x.com/search?q=sql', true],
  ['https://x.com/explore', true],
  ['https://x.com/ada/status/1861000000000000000', false],
  ['https://blog.example.org/feed/', false],
  ['chrome://newtab/', false],
  [undefined, false],
])('%s → %s', (url, feed) => {
  expect(isFeedPage(url)).toBe(feed);
});

describe('a post of the page’s own site: the only thing a feed page may have saved from it', () => {
  test.each([
    ['https://x.com/ada/status/1861000000000000000', 'https://x.com/home', true],
    ['https://twitter.com/ada/status/1861000000000000000', 'https://x.com/home', true],
    ['https://x.com/ada', 'https://x.com/home', false],
    [
      'https://www.linkedin.com/feed/update/urn:li:activity:7100000000000000000/',
      'https://www.linkedin.com/feed/',
      true,
    ],
    // Another site's post, asked from a feed: refused either way round.
    ['https://x.com/ada/status/1861000000000000000', 'https://www.linkedin.com/feed/', false],
    ['https://www.linkedin.com/feed/update/urn:li:activity:7100000000000000000/', 'https://x.com/home', false],
    ['https://x.com/ada/status/1861000000000000000', 'https://bank.example/', false],
    ['https://x.com/ada/status/1861000000000000000', undefined, false],
  ])('%s from %s → %s', (url, pageUrl, ok) => {
    expect(isPostOf(url, pageUrl)).toBe(ok);
  });
});
