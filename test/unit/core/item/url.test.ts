import { describe, expect, test } from 'vitest';
import {
  displayAddress,
  httpUrl,
  isHttpUrl,
  looksLikePdf,
  normalizeUrl,
  restrictedReason,
} from '../../../../src/core/item/url';

describe('normalizeUrl', () => {
  test.each([
    ['lower-cases the host', 'https://Blog.Example.ORG/Post', 'https://blog.example.org/Post'],
    ['drops the fragment', 'https://example.org/a#section-2', 'https://example.org/a'],
    ['drops default https port', 'https://example.org:443/a', 'https://example.org/a'],
    ['drops default http port', 'http://example.org:80/a', 'http://example.org/a'],
    ['keeps other ports', 'https://example.org:8443/a', 'https://example.org:8443/a'],
    ['drops utm_*', 'https://example.org/a?utm_source=x&utm_medium=y&id=3', 'https://example.org/a?id=3'],
    ['drops fbclid and gclid', 'https://example.org/a?fbclid=1&gclid=2', 'https://example.org/a'],
    ['drops mc_*', 'https://example.org/a?mc_cid=1&mc_eid=2&p=1', 'https://example.org/a?p=1'],
    [
      'drops LinkedIn trk and trackingId',
      'https://www.linkedin.com/pulse/x?trk=feed&trackingId=abc',
      'https://www.linkedin.com/pulse/x',
    ],
    ['maps twitter.com to x.com', 'https://twitter.com/ada/status/1', 'https://x.com/ada/status/1'],
    ['maps mobile.twitter.com to x.com', 'https://mobile.twitter.com/ada/status/1', 'https://x.com/ada/status/1'],
    ['drops X share params s and t', 'https://x.com/ada/status/1?s=20&t=AbC', 'https://x.com/ada/status/1'],
    [
      'keeps s and t on other sites',
      'https://example.org/search?s=learning&t=2',
      'https://example.org/search?s=learning&t=2',
    ],
    ['sorts the query so order does not split items', 'https://example.org/?b=2&a=1', 'https://example.org/?a=1&b=2'],
    ['keeps the path case', 'https://example.org/Some/Path', 'https://example.org/Some/Path'],
    ['drops credentials', 'https://user:pw@example.org/a', 'https://example.org/a'],
    ['drops a trailing dot in the host', 'https://example.org./a', 'https://example.org/a'],
    ['trims white space', '  https://example.org/a  ', 'https://example.org/a'],
  ])('%s', (_, input, expected) => {
    expect(normalizeUrl(input)).toBe(expected);
  });

  test.each([['javascript:alert(1)'], ['data:text/html,hi'], ['chrome://settings'], ['not a url'], ['']])(
    'rejects %s',
    (input) => {
      expect(normalizeUrl(input)).toBeNull();
    },
  );

  test('two share links of one post are one item', () => {
    expect(normalizeUrl('https://twitter.com/ada/status/1?s=20#m')).toBe(
      normalizeUrl('https://x.com/ada/status/1?t=x'),
    );
  });
});

describe('restrictedReason', () => {
  test.each([
    ['https://example.org/', null],
    ['http://example.org/', null],
    ['chrome://extensions/', 'browser-page'],
    ['chrome://newtab/', 'browser-page'],
    ['about:blank', 'browser-page'],
    ['view-source:https://example.org/', 'browser-page'],
    ['chrome-extension://abc/popup.html', 'browser-page'],
    ['edge://settings', 'browser-page'],
    ['https://chromewebstore.google.com/detail/x/abc', 'web-store'],
    ['https://chrome.google.com/webstore/detail/abc', 'web-store'],
    ['https://chrome.google.com/other', null],
    ['file:///home/ada/notes.html', 'file'],
    ['data:text/html,hi', 'not-web'],
    ['', 'not-web'],
    [undefined, 'not-web'],
  ])('%s → %s', (url, expected) => {
    // Files are refused even where the person allowed file access (see restrictedReason).
    expect(restrictedReason(url)).toBe(expected);
  });
});

test.each([
  ['https://example.org/paper.pdf', true],
  ['https://example.org/paper.PDF?x=1', true],
  ['https://example.org/pdf-guide', false],
  ['nonsense', false],
])('looksLikePdf(%s) = %s', (url, expected) => {
  expect(looksLikePdf(url)).toBe(expected);
});

test.each([
  ['https://a.b/', true],
  ['http://a.b/', true],
  ['javascript:alert(1)', false],
  ['JAVASCRIPT:alert(1)', false],
  ['ftp://a.b/', false],
  ['HTTPS://A.B/x', true],
  ['data:text/html,hi', false],
  ['file:///etc/passwd', false],
  ['chrome://settings', false],
  ['//a.b/', false],
  ['', false],
  [42, false],
  [null, false],
])('isHttpUrl(%s) = %s', (value, expected) => {
  expect(isHttpUrl(value)).toBe(expected);
});

test.each([
  // value, base, href or null
  ['https://a.b/x#y', undefined, 'https://a.b/x#y'],
  ['HTTP://A.B', undefined, 'http://a.b/'],
  ['/path', 'https://site.example/page', 'https://site.example/path'],
  ['//cdn.example/a', 'https://site.example/', 'https://cdn.example/a'],
  ['other', 'http://site.example/dir/page', 'http://site.example/dir/other'],
  ['javascript:alert(1)', 'https://site.example/', null],
  ['mailto:a@b.c', undefined, null],
  ['/path', undefined, null],
  ['/path', 'not a url', null],
  // A base that is no address refuses even an absolute value, as URL itself does.
  ['https://a.b/', 'not a url', null],
  ['/x', 'chrome://settings/', null],
  [' https://a.b/ ', undefined, 'https://a.b/'],
  [undefined, undefined, null],
])('httpUrl(%s, %s) = %s', (value, base, expected) => {
  expect(httpUrl(value, base)?.href ?? null).toBe(expected);
});

describe('displayAddress: an address as a person reads it', () => {
  test.each([
    ['https://www.blog.example.org/2024/03/missing-post/', 'blog.example.org/2024/03/missing-post'],
    ['https://blog.example.org/', 'blog.example.org'],
    ['https://a.example/p?utm_source=x#top', 'a.example/p'],
    ['https://a.example/caf%C3%A9', 'a.example/café'],
    ['https://a.example/100%', 'a.example/100%'],
    ['not a url', ''],
  ])('%s → %s', (input, shown) => {
    expect(displayAddress(input)).toBe(shown);
  });
});
