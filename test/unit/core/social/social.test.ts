// Pure rules behind the X and LinkedIn extractors: urn decoding, link text, threads, and the
// validation of what a page sends to the worker.
import { describe, expect, test } from 'vitest';
import { validateCapture } from '../../../../src/core/capture/validate';
import { HTML_CAP } from '../../../../src/core/text/cap';
import { linkFromShownText, openingWords, postTitle, tidyPostText } from '../../../../src/core/social/post-text';
import { threadFrom, threadText } from '../../../../src/core/social/thread';
import { decodeBytes, linkedInPermalink, urnFromTrackingScope } from '../../../../src/core/social/linkedin-scope';

const bytes = (s: string) => Array.from(new TextEncoder().encode(s));
const sdui = (inner: string) =>
  JSON.stringify([{ topicName: 'FeedUpdateServedEvent', breadcrumb: { content: { data: bytes(inner) } } }]);

describe('urnFromTrackingScope', () => {
  test.each([
    [
      'SDUI byte array',
      sdui('{"updateUrn":"urn:li:activity:7400000000000000000","x":1}'),
      'urn:li:activity:7400000000000000000',
    ],
    ['SDUI, not JSON inside', sdui('…urn:li:ugcPost:7400000000000000001…'), 'urn:li:ugcPost:7400000000000000001'],
    [
      'Ember plain urn',
      '[{"breadcrumb":{"updateUrn":"urn:li:activity:7366738224129470464"}}]',
      'urn:li:activity:7366738224129470464',
    ],
    ['aggregate rows are not posts', '[{"breadcrumb":{"updateUrn":"urn:li:aggregate:123"}}]', null],
    ['malformed JSON', '[{"breadcrumb":', null],
    ['bytes out of range', JSON.stringify([{ breadcrumb: { content: { data: [300, 1] } } }]), null],
    ['empty', '', null],
  ])('%s', (_name, raw, want) => expect(urnFromTrackingScope(raw)).toBe(want));

  test('decodeBytes reads UTF-8 and refuses non-bytes', () => {
    expect(decodeBytes(bytes('Zoë'))).toBe('Zoë');
    expect(decodeBytes(['a'])).toBeNull();
    expect(decodeBytes('abc')).toBeNull();
  });

  test('permalink form works for both builds', () => {
    expect(linkedInPermalink('urn:li:activity:7400000000000000000')).toBe(
      'https://www.linkedin.com/feed/update/urn:li:activity:7400000000000000000/',
    );
    expect(linkedInPermalink('urn:li:aggregate:1')).toBeNull();
  });
});

describe('post text', () => {
  test.each([
    ['https://example.com/btree-notes.html…', 'https://example.com/btree-notes.html'],
    ['http://bit.ly/2tVueZ0', 'http://bit.ly/2tVueZ0'],
    ['example.com/a', 'https://example.com/a'],
    ['@ada', null],
    ['Read more', null],
  ])('link %s', (shown, want) => expect(linkFromShownText(shown)).toBe(want));

  test('tidy keeps paragraphs, drops runs of space', () => {
    expect(tidyPostText('  a \u00a0 b\n\n\n\n c  ')).toBe('a b\n\nc');
  });

  test('title is the first line, cut at 100', () => {
    expect(postTitle('Ada', 'X', 'Hello\nworld')).toBe('Ada on X: “Hello”');
    expect(postTitle(null, 'X', 'x'.repeat(120))).toBe(`${'x'.repeat(100)}…`);
  });
});

describe('threads', () => {
  const p = (handle: string, text: string) => ({ handle, id: text, text });
  const page = [p('zed', 'ancestor'), p('ada', '1'), p('ada', '2'), p('eve', 'reply'), p('ada', 'later')];
  test('the focused post and the same author right after it, up to someone else', () => {
    expect(threadFrom(page, 1).map((x) => x.text)).toEqual(['1', '2']);
    expect(threadFrom(page, 3).map((x) => x.text)).toEqual(['reply']);
    expect(threadFrom([], 0)).toEqual([]);
  });
  test('text is numbered in order', () => {
    expect(threadText([p('a', 'one'), p('a', 'two')])).toBe('1/2\none\n\n2/2\ntwo');
    expect(threadText([p('a', 'one')])).toBe('one');
  });
});

describe('validateCapture (page data is untrusted)', () => {
  const ok = {
    url: 'https://x.com/ada/status/1',
    kind: 'tweet',
    title: 't',
    author: 'Ada',
    siteName: 'X',
    excerpt: null,
    lang: 'en',
    handle: 'ada',
    canonicalUrl: 'https://x.com/ada/status/1',
    publishedAt: Date.UTC(2024, 0, 1),
    text: 'hi',
  };
  test('a well-formed capture passes, unknown fields dropped', () => {
    expect(validateCapture({ ...ok, evil: '<script>' })).toEqual({ ...ok, html: null, partial: false });
  });
  test('readable HTML within the cap passes as it is (the reader sanitises it again)', () => {
    expect(validateCapture({ ...ok, html: '<p>hi</p>' })?.html).toBe('<p>hi</p>');
  });
  test.each([
    ['javascript: url', { url: 'javascript:alert(1)' }],
    ['unknown kind', { kind: 'video-game' }],
    ['canonical not http', { canonicalUrl: 'data:text/html,x' }],
    ['time as string', { publishedAt: '2024' }],
    ['time far off', { publishedAt: 1 }],
    ['author not a string', { author: { toString: 1 } }],
    ['huge title', { title: 'x'.repeat(5_000) }],
    ['partial not boolean', { partial: 'yes' }],
    ['html not a string', { html: { length: 1 } }],
    ['html over its cap', { html: 'x'.repeat(HTML_CAP + 1) }],
  ])('%s is refused', (_n, over) => expect(validateCapture({ ...ok, ...over })).toBeNull());
  test('not an object', () => expect(validateCapture('x')).toBeNull());
});

describe('a post’s opening words, to recognise it by', () => {
  test.each([
    ['Short post.', 3, 'Short post.'],
    ['one two three', 3, 'one two three'],
    ['one  two\nthree four', 3, 'one two three…'],
    ['', 3, ''],
  ])('%j at most %i words → %j', (text, max, words) => {
    expect(openingWords(text, max)).toBe(words);
  });
});
