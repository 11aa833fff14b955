import { describe, expect, test, vi } from 'vitest';
import { cleanAuthor, joinAuthors } from '../../../../src/core/capture/author';
import { parseDate, pickDate } from '../../../../src/core/capture/dates';
import { readJsonLd } from '../../../../src/core/capture/jsonld';
import { pickCanonical } from '../../../../src/core/capture/canonical';
import { mergeMetadata, metaKey, normalizeLang, type MetaSources } from '../../../../src/core/capture/metadata';
import { decodeEntities } from '../../../../src/core/text/entities';
import { siteNameFromTitle } from '../../../../src/core/capture/titles';

const PAGE = 'https://news.example.com/2020/story';

function sources(over: Partial<MetaSources> = {}): MetaSources {
  return {
    url: PAGE,
    htmlLang: null,
    docTitle: null,
    jsonLd: [],
    meta: {},
    canonicalLink: null,
    bylines: [],
    times: [],
    readability: null,
    ...over,
  };
}

const article = (extra: Record<string, unknown> = {}) => ({
  '@type': 'NewsArticle',
  headline: 'LD headline',
  ...extra,
});

describe('title precedence', () => {
  test.each([
    ['JSON-LD beats og:title', { jsonLd: [article()], meta: { 'og:title': ['OG'] } }, 'LD headline'],
    ['Dublin Core beats JSON-LD', { jsonLd: [article()], meta: { 'dc:title': ['DC'] } }, 'DC'],
    ['og:title beats twitter:title', { meta: { 'og:title': ['OG'], 'twitter:title': ['TW'] } }, 'OG'],
    ['twitter:title beats Readability', { meta: { 'twitter:title': ['TW'] }, readability: { title: 'R' } }, 'TW'],
    ['Readability beats <title>', { readability: { title: 'R' }, docTitle: 'Doc' }, 'R'],
    ['<title> last', { docTitle: '  Doc   title ' }, 'Doc title'],
    [
      'og:title wins when it matches the tab title and JSON-LD does not',
      {
        jsonLd: [article({ headline: 'Short alt' })],
        meta: { 'og:title': ['Real Story Title'] },
        docTitle: 'Real Story Title - Site',
      },
      'Real Story Title',
    ],
    [
      'JSON-LD name beats headline when it matches the tab title',
      {
        jsonLd: [article({ headline: 'matrix equal to its transpose', name: 'Hermitian matrix' })],
        docTitle: 'Hermitian matrix - Wikipedia',
      },
      'Hermitian matrix',
    ],
    ['entities in JSON-LD are decoded', { jsonLd: [article({ headline: 'A &amp; B &#8216;q&#8217;' })] }, 'A & B ‘q’'],
  ] as [string, Partial<MetaSources>, string][])('%s', (_, over, want) => {
    expect(mergeMetadata(sources(over)).title).toBe(want);
  });
});

describe('author precedence and cleaning', () => {
  test.each([
    ['JSON-LD author object', { jsonLd: [article({ author: { '@type': 'Person', name: 'Ann Lee' } })] }, 'Ann Lee'],
    ['JSON-LD author array', { jsonLd: [article({ author: [{ name: 'A B' }, { name: 'C D' }, 'A B'] })] }, 'A B, C D'],
    [
      'JSON-LD @graph with @id reference',
      {
        jsonLd: [
          {
            '@graph': [{ '@type': 'Person', '@id': '#p', name: 'Graph Person' }, article({ author: { '@id': '#p' } })],
          },
        ],
      },
      'Graph Person',
    ],
    [
      'meta author beats Readability byline',
      { meta: { author: ['Meta Name'] }, readability: { byline: 'By Byline' } },
      'Meta Name',
    ],
    [
      'URL-valued article:author is skipped',
      { meta: { 'article:author': ['https://fb.com/x'] }, readability: { byline: 'By Jo Doe' } },
      'Jo Doe',
    ],
    [
      'repeated dc:creator metas are joined',
      { meta: { 'dc:creator': ['Kooman, F.', 'Jong, Michiel de'] } },
      'Kooman, F., Jong, Michiel de',
    ],
    [
      'Readability byline beats JSON-LD creator',
      { jsonLd: [article({ creator: 'cms_user' })], readability: { byline: 'Real Name' } },
      'Real Name',
    ],
    ['DOM byline is the last resort', { bylines: ['  Sam   Ray '] }, 'Sam Ray'],
  ] as [string, Partial<MetaSources>, string][])('%s', (_, over, want) => {
    expect(mergeMetadata(sources(over)).author).toBe(want);
  });

  test.each([
    ['By Jane Doe', 'Jane Doe'],
    ['Par Sébastien Farcis', 'Sébastien Farcis'],
    ['@handle', 'handle'],
    ['https://example.com/author/jane', null],
    ['admin', null],
    ['  ', null],
    ['1234', null],
  ])('cleanAuthor(%j) = %j', (input, want) => {
    expect(cleanAuthor(input)).toBe(want);
  });

  test('joinAuthors drops duplicates case-insensitively', () => {
    expect(joinAuthors(['Ann', 'ann', null, 'Bo'])).toBe('Ann, Bo');
  });
});

describe('site name precedence', () => {
  test.each([
    [
      'JSON-LD publisher beats og:site_name',
      { jsonLd: [article({ publisher: { name: 'NPR' } })], meta: { 'og:site_name': ['NPR.org'] } },
      'NPR',
    ],
    ['og:site_name beats application-name', { meta: { 'og:site_name': ['OG'], 'application-name': ['App'] } }, 'OG'],
    ['microdata publisher', { meta: { 'itemprop:publisher': ['Business Today'] } }, 'Business Today'],
    ['JSON-LD WebSite name', { jsonLd: [{ '@type': 'WebSite', name: 'My Blog' }] }, 'My Blog'],
    [
      'site part of the tab title when it matches the host',
      { docTitle: 'A story | Example News', url: 'https://examplenews.com/a' },
      'Example News',
    ],
    ['no site name at all', { docTitle: 'A story | Unrelated' }, null],
  ] as [string, Partial<MetaSources>, string | null][])('%s', (_, over, want) => {
    expect(mergeMetadata(sources(over)).siteName).toBe(want);
  });
});

describe('published date', () => {
  const t = Date.parse('2016-10-28T13:46:56.000Z');
  test.each([
    [
      'JSON-LD beats article:published_time',
      {
        jsonLd: [article({ datePublished: '2015-10-15T02:19:15.607Z' })],
        meta: { 'article:published_time': ['2015-12-11T14:28:34Z'] },
      },
      Date.parse('2015-10-15T02:19:15.607Z'),
    ],
    [
      'article:published_time beats <time>',
      { meta: { 'article:published_time': ['2016-10-28T13:46:56Z'] }, times: ['2001-01-01T00:00:00Z'] },
      t,
    ],
    [
      'a day-only value is refined by a same-day time',
      { meta: { 'article:published_time': ['2016-10-28'] }, times: ['2016-10-28T13:46:56.000Z'] },
      t,
    ],
    ['<time datetime> when nothing else', { times: ['2016-10-28T13:46:56Z'] }, t],
    ['Readability publishedTime last', { readability: { publishedTime: '2016-10-28T13:46:56Z' } }, t],
    ['unparseable values are skipped', { meta: { date: ['soon'], 'parsely-pub-date': ['2016-10-28T13:46:56Z'] } }, t],
  ] as [string, Partial<MetaSources>, number][])('%s', (_, over, want) => {
    expect(mergeMetadata(sources(over)).publishedAt).toBe(want);
  });

  test.each([
    ['2016-05-24T10:00:00Z', Date.UTC(2016, 4, 24, 10)],
    ['2016-05-24T10:00:00+02:00', Date.UTC(2016, 4, 24, 8)],
    ['2016-05-24 10:00:00 +0000', Date.UTC(2016, 4, 24, 10)],
    ['2017-06-21 09:51:00 -0400', Date.UTC(2017, 5, 21, 13, 51)],
    ['2016-05-24', Date.UTC(2016, 4, 24, 12)],
    ['20160524', Date.UTC(2016, 4, 24, 12)],
    ['Fri, 22 Oct 2021 00:44:09 +0000', Date.UTC(2021, 9, 22, 0, 44, 9)],
    [1464084000, 1464084000000],
    ['1464084000000', 1464084000000],
    ['05/06/2016', null],
    ['not a date', null],
    ['1850-01-01T00:00:00Z', null],
    [null, null],
  ])('parseDate(%j)', (input, want) => {
    expect(parseDate(input)).toBe(want);
  });

  test('pickDate keeps a day-only value when no same-day time follows', () => {
    expect(pickDate(['2016-10-28', '2019-01-01T00:00:00Z'])).toBe(Date.UTC(2016, 9, 28, 12));
  });
});

describe('lang, canonical and keys', () => {
  test.each([
    ['<html lang> first', { htmlLang: 'en-US', meta: { 'og:locale': ['fr_FR'] } }, 'en-US'],
    ['og:locale normalised', { meta: { 'og:locale': ['pt_BR'] } }, 'pt-BR'],
    ['content-language', { meta: { 'content-language': ['de, en'] } }, 'de'],
    ['JSON-LD inLanguage', { jsonLd: [article({ inLanguage: 'es' })] }, 'es'],
    ['garbage is ignored', { htmlLang: '{{lang}}' }, null],
  ] as [string, Partial<MetaSources>, string | null][])('lang: %s', (_, over, want) => {
    expect(mergeMetadata(sources(over)).lang).toBe(want);
  });

  test.each([
    ['relative canonical resolved', '/a?b=1', null, null, 'https://news.example.com/a?b=1'],
    [
      'javascript: canonical ignored, og:url used',
      'javascript:alert(1)',
      'https://news.example.com/og',
      null,
      'https://news.example.com/og',
    ],
    [
      'cross-site canonical gives way to same-site og:url',
      'https://wire.com/x',
      'https://news.example.com/og',
      null,
      'https://news.example.com/og',
    ],
    ['JSON-LD url when no link or og:url', null, null, 'https://news.example.com/ld', 'https://news.example.com/ld'],
    ['the page itself when nothing is declared', null, null, null, PAGE],
    ['case-only difference keeps the page spelling', PAGE.toUpperCase().replace('HTTPS', 'https'), null, null, PAGE],
  ])('canonical: %s', (_, link, og, ld, want) => {
    expect(pickCanonical(link, og, ld, PAGE)).toBe(want);
  });

  test.each([
    ['DC.Title', 'dc:title'],
    ['dcterm:creator', 'dcterms:creator'],
    ['OG:Title', 'og:title'],
  ])('metaKey(%j) = %j', (raw, want) => expect(metaKey(raw)).toBe(want));

  test.each([
    ['en_GB', 'en-GB'],
    ['x', null],
  ])('normalizeLang(%j)', (raw, want) => expect(normalizeLang(raw)).toBe(want));
});

describe('JSON-LD graph walking', () => {
  test('an Article is the main entity even after a VideoObject', () => {
    const ld = readJsonLd([
      { '@type': 'VideoObject', name: 'Clip' },
      article({ datePublished: '2024-12-06T22:00:40Z' }),
    ]);
    expect(ld?.titles[0]).toBe('LD headline');
    expect(ld?.datePublished).toBe('2024-12-06T22:00:40Z');
  });
  test('@type arrays and full IRIs are understood', () => {
    expect(readJsonLd([{ '@type': ['http://schema.org/BlogPosting'], headline: 'H' }])?.titles).toEqual(['H']);
  });
  test('a WebPage with nothing better still gives a title', () => {
    expect(readJsonLd([{ '@type': 'WebPage', name: 'Page' }])?.titles).toEqual(['Page']);
  });
  test('no blocks gives null', () => {
    expect(readJsonLd([])).toBeNull();
  });
});

describe('text helpers', () => {
  test.each([
    ['Tom &amp; Jerry', 'Tom & Jerry'],
    ['&#x41;&#66;&hellip;', 'AB…'],
    ['&unknown; stays', '&unknown; stays'],
  ])('decodeEntities(%j)', (raw, want) => expect(decodeEntities(raw)).toBe(want));

  test.each([
    ['Bob Dylan - Wikipedia', 'https://en.wikipedia.org/wiki/Bob_Dylan', 'Wikipedia'],
    ['LeanData | The Winds of Change', 'http://www.leandatainc.com/x', 'LeanData'],
    ['No separator here', 'https://example.com/', null],
  ])('siteNameFromTitle(%j)', (title, url, want) => expect(siteNameFromTitle(title, url)).toBe(want));
});

describe("the Twitter card's label/data pairs and the header's date, in the merge", () => {
  const pairs = (...list: [string, string][]) =>
    Object.fromEntries(
      list.flatMap(([label, data], i) => [
        [`twitter:label${i + 1}`, [label]],
        [`twitter:data${i + 1}`, [data]],
      ]),
    );

  test.each<[string, Partial<MetaSources>, string | null]>([
    ['the pair when nothing else names the author', { meta: pairs(['Written by', 'Ada Lovelace']) }, 'Ada Lovelace'],
    [
      'an author meta comes first',
      { meta: { ...pairs(['Written by', 'Ada Lovelace']), author: ['Ada L.'] } },
      'Ada L.',
    ],
    [
      'the pair before Readability’s guess',
      { meta: pairs(['Written by', 'Ada Lovelace']), readability: { byline: 'Share this article' } },
      'Ada Lovelace',
    ],
  ])('author: %s', (_, over, want) => {
    expect(mergeMetadata(sources(over)).author).toBe(want);
  });

  test.each<[string, Partial<MetaSources>, number | null]>([
    ['the header’s date when there is no other', { headerTexts: ['Dec 19, 2016'] }, Date.UTC(2016, 11, 19, 12)],
    [
      'a machine-readable date wins over the header',
      { headerTexts: ['Dec 19, 2016'], times: ['2016-12-20T08:00:00Z'] },
      Date.UTC(2016, 11, 20, 8),
    ],
    ['no date at all', { headerTexts: ['Ada Lovelace'] }, null],
    ['the header’s lines read when asked', { headerTexts: () => ['Dec 19, 2016'] }, Date.UTC(2016, 11, 19, 12)],
  ])('date: %s', (_, over, want) => {
    expect(mergeMetadata(sources(over)).publishedAt).toBe(want);
  });

  test('the header is not read when another source dates the page (it costs a walk of the page)', () => {
    const headerTexts = vi.fn(() => ['Dec 19, 2016']);
    expect(mergeMetadata(sources({ headerTexts, times: ['2016-12-20T08:00:00Z'] })).publishedAt).toBe(
      Date.UTC(2016, 11, 20, 8),
    );
    expect(headerTexts).not.toHaveBeenCalled();
    mergeMetadata(sources({ headerTexts }));
    expect(headerTexts).toHaveBeenCalledOnce();
  });
});
