// @vitest-environment jsdom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { extractGeneric } from '../../../../src/content/extract/generic';
import { blockText } from '../../../../src/content/extract/text';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const para = (n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>Paragraph ${i} talks about testing, with enough words, commas, and sentences to look like prose. It goes on a while.</p>`,
  ).join('');

const ARTICLE = `<!doctype html><html lang="en-GB"><head>
  <title>Testing in depth - Example News</title>
  <meta property="og:title" content="Testing in depth">
  <meta property="og:site_name" content="Example News">
  <meta property="og:type" content="article">
  <meta name="description" content="Why tests matter.">
  <meta property="article:published_time" content="2021-03-04T05:06:07Z">
  <link rel="canonical" href="/news/testing?utm_source=x">
  <script type="application/ld+json">{ this is not json }</script>
  <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
    {"@type":"Person","@id":"#ann","name":"Ann Author"},
    {"@type":"NewsArticle","headline":"Testing in depth","author":{"@id":"#ann"},"publisher":{"@type":"Organization","name":"Example News"}}]}</script>
  <style>.x{color:red}</style>
</head><body><nav><a href="/">Home</a></nav><article><h1>Testing in depth</h1>
  <p>First <b>bold</b> words.<script>var secret = 1;</script></p>${para(12)}</article></body></html>`;

describe('extractGeneric on a realistic article', () => {
  const cap = extractGeneric(parse(ARTICLE), 'https://news.example.com/news/testing', {});

  test.each([
    ['kind', 'article'],
    ['title', 'Testing in depth'],
    ['author', 'Ann Author'],
    ['siteName', 'Example News'],
    ['publishedAt', Date.UTC(2021, 2, 4, 5, 6, 7)],
    ['lang', 'en-GB'],
    ['excerpt', 'Why tests matter.'],
    ['canonicalUrl', 'https://news.example.com/news/testing?utm_source=x'],
    ['url', 'https://news.example.com/news/testing'],
    ['handle', null],
  ])('%s', (field, want) => {
    expect(cap[field as keyof typeof cap]).toEqual(want);
  });

  test('text is plain, paragraphs separated by blank lines, scripts and styles left out', () => {
    expect(cap.text).toContain('First bold words.');
    expect(cap.text).toMatch(/Paragraph 0 [^\n]+\n\nParagraph 1 /);
    expect(cap.text).not.toMatch(/<|secret|color:red/);
    expect(cap.partial).toBe(false);
  });

  test('the readable HTML is kept, sanitised: headings and paragraphs, no script or style', () => {
    const body = parse(`<body>${cap.html ?? ''}</body>`).body;
    expect(body.querySelector('p b')?.textContent).toBe('bold');
    expect(body.querySelectorAll('p').length).toBeGreaterThanOrEqual(12);
    expect(cap.html).not.toMatch(/<script|secret|<style|<nav/);
  });
});

describe('pages that are not articles', () => {
  test('a home page of links is a page, metadata still read', () => {
    const doc =
      parse(`<html lang="fr"><head><title>Le Site</title><meta property="og:site_name" content="Le Site"></head>
      <body><ul><li><a href="/a">A</a></li><li><a href="/b">B</a></li></ul></body></html>`);
    const cap = extractGeneric(doc, 'https://site.example/', {});
    expect(cap).toMatchObject({
      kind: 'page',
      title: 'Le Site',
      siteName: 'Le Site',
      lang: 'fr',
      canonicalUrl: 'https://site.example/',
    });
  });

  test('a non-http canonical is ignored', () => {
    const doc = parse(`<head><link rel="canonical" href="javascript:alert(1)"></head><body><p>x</p></body>`);
    expect(extractGeneric(doc, 'https://site.example/p', {}).canonicalUrl).toBe('https://site.example/p');
  });

  test('an X status page: handle and time from the URL, author from the title, text from the description', () => {
    const doc = parse(`<html lang="en"><head>
      <meta property="og:title" content="The Verge (@verge) on X"><meta property="og:description" content="Is it bad to blow into game cartridges?">
      </head><body><div>Did someone say cookies?</div></body></html>`);
    const cap = extractGeneric(doc, 'https://x.com/verge/status/957383241714970624', {});
    expect(cap).toMatchObject({
      kind: 'tweet',
      handle: 'verge',
      author: 'The Verge',
      publishedAt: Date.parse('2018-01-27T22:42:06.802Z'),
      text: 'Is it bad to blow into game cartridges?',
    });
  });
});

describe('giant pages', () => {
  test('above the element limit Readability is skipped for a capped text walk', () => {
    const doc = parse('<html><head><title>Huge</title></head><body><nav>menu</nav><main id="m"></main></body></html>');
    const main = doc.getElementById('m')!;
    const frag = doc.createDocumentFragment();
    const maxElements = 2_000; // MAX_ELEMENTS scaled down so jsdom builds the page quickly
    for (let i = 0; i < maxElements + 500; i++) {
      const p = doc.createElement('p');
      p.textContent = `Row ${i} of a very long page.`;
      frag.appendChild(p);
    }
    main.appendChild(frag);
    const cap = extractGeneric(doc, 'https://big.example/dump', { textCap: 5_000, maxElements });
    expect(cap.partial).toBe(true); // the fallback path, not Readability
    expect(cap.text.startsWith('Row 0 of a very long page.\n\nRow 1 ')).toBe(true);
    expect(cap.text.length).toBeLessThanOrEqual(5_000);
    expect(cap.text).not.toContain('menu');
    expect(cap.title).toBe('Huge');
    // The same page under the limit goes through Readability.
    expect(extractGeneric(doc, 'https://big.example/dump', { textCap: 5_000, maxElements: 10_000 }).partial).toBe(
      false,
    );
  }, 30_000);

  test('blockText stops at the cap and says so', () => {
    const doc = parse(`<body>${'<p>abcdefghij</p>'.repeat(100)}</body>`);
    const out = blockText(doc.body, { cap: 50 });
    expect(out.cut).toBe(true);
    expect(out.text.length).toBeLessThanOrEqual(50);
    expect(blockText(doc.body, { cap: 10_000 }).cut).toBe(false);
  });

  test('blockText leaves out scripts, styles and (for whole pages) navigation', () => {
    const doc = parse(
      '<body><nav>Menu</nav><p>a<script>var s;</script><style>.x{}</style> b</p><footer>F</footer></body>',
    );
    expect(blockText(doc.body, { cap: 100, skipChrome: true }).text).toBe('a b');
    expect(blockText(doc.body, { cap: 100 }).text).toBe('Menu\n\na b\n\nF');
  });

  test('blockText keeps line breaks from <br> and <pre>', () => {
    const doc = parse('<body><p>a<br>b</p><pre>x\n  y</pre></body>');
    expect(blockText(doc.body, { cap: 100 }).text).toBe('a\nb\n\nx\ny');
  });
});

describe('the injected entry', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    delete globalThis.__learnmarkExtract;
  });

  test('defines __learnmarkExtract, which reads the current document', async () => {
    document.documentElement.innerHTML = '<head><title>Here</title></head><body><p>hi</p></body>';
    await import('../../../../src/content/extract/index');
    const cap = globalThis.__learnmarkExtract!();
    expect(cap.url).toBe(location.href);
    expect(cap.title).toBe('Here');
  });

  test('a failure inside the page becomes one clean Error', async () => {
    vi.resetModules();
    await import('../../../../src/content/extract/index');
    vi.spyOn(document, 'querySelectorAll').mockImplementation(() => {
      throw new TypeError('page broke querySelectorAll');
    });
    expect(() => globalThis.__learnmarkExtract!()).toThrow(/^Learnmark could not read this page: page broke/);
  });
});
