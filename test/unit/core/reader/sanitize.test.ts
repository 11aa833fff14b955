// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { readableHtml, sanitizedBody } from '../../../../src/core/reader/sanitize';
import { HTML_CAP } from '../../../../src/core/text/cap';

const clean = (html: string) => readableHtml(html, window) ?? '';

/**
 * `html` in a `div` of a document nobody shows, as the extractor gives Readability's article (a
 * node of its copy of the page, never a string): the HTML kept, and the node after.
 */
function fromNode(html: string): { root: Element; kept: string | null } {
  const root = document.implementation.createHTMLDocument('').createElement('div');
  root.innerHTML = html;
  return { root, kept: readableHtml(root, window) };
}

/** Anything that could run, load or navigate, once sanitised. */
function dangers(html: string): string[] {
  const body = sanitizedBody(html, window);
  const found: string[] = [];
  for (const el of Array.from(body.querySelectorAll('*'))) {
    const tag = el.tagName.toLowerCase();
    if (['script', 'style', 'iframe', 'svg', 'math', 'form', 'object', 'embed', 'link', 'meta', 'base'].includes(tag))
      found.push(tag);
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (
        name.startsWith('on') ||
        ['src', 'srcset', 'style', 'action', 'formaction', 'background', 'poster', 'xlink:href', 'ping'].includes(name)
      )
        found.push(`${tag}@${name}`);
      if (name === 'href' && !/^https?:\/\//i.test(attr.value)) found.push(`${tag}@href=${attr.value}`);
    }
  }
  return found;
}

describe('hostile markup: nothing executes, nothing loads', () => {
  test.each([
    ['script element', '<p>a</p><script>alert(1)</script>'],
    ['event handler', '<p onclick="alert(1)">a</p><img src="x" onerror="alert(1)">'],
    ['javascript: link', '<a href="javascript:alert(1)">a</a><a href=" JaVaScRiPt:alert(1)">b</a>'],
    ['encoded javascript: link', '<a href="&#106;avascript:alert(1)">a</a>'],
    ['data: link', '<a href="data:text/html,<script>alert(1)</script>">a</a>'],
    [
      'svg with script and onload',
      '<svg onload="alert(1)"><script>alert(1)</script><a xlink:href="javascript:alert(1)">x</a></svg>',
    ],
    ['svg foreignObject', '<svg><foreignObject><iframe src="https://evil.example/"></iframe></foreignObject></svg>'],
    [
      'mathml mglyph',
      '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
    ],
    ['mathml href', '<math href="javascript:alert(1)"><mi>x</mi></math>'],
    ['iframe and object', '<iframe src="https://evil.example/"></iframe><object data="x.swf"></object><embed src="x">'],
    [
      'srcset and picture',
      '<picture><source srcset="https://evil.example/a.png 1x"><img srcset="https://evil.example/b.png 2x" src="https://cdn.example.com/c.png" alt="c"></picture>',
    ],
    ['CSS url() in style attribute', '<p style="background:url(https://evil.example/t.png)">a</p>'],
    ['CSS url() in style element', '<style>p{background:url(https://evil.example/t.png)}</style><p>a</p>'],
    [
      'link and meta refresh',
      '<link rel="stylesheet" href="https://evil.example/s.css"><meta http-equiv="refresh" content="0;url=https://evil.example/">',
    ],
    ['base element', '<base href="https://evil.example/"><a href="https://ok.example.com/">a</a>'],
    [
      'form and button formaction',
      '<form action="https://evil.example/"><button formaction="javascript:alert(1)">b</button></form>',
    ],
    [
      'table background and video poster',
      '<table background="https://evil.example/t.png"><tr><td>a</td></tr></table><video poster="https://evil.example/p.png"></video>',
    ],
    ['anchor ping', '<a href="https://ok.example.com/" ping="https://evil.example/ping">a</a>'],
    ['noscript mutation', '<noscript><p title="</noscript><img src=x onerror=alert(1)>">'],
    ['template', '<template><img src=x onerror=alert(1)></template>'],
  ])('%s', (_name, html) => {
    expect(dangers(html)).toEqual([]);
    expect(clean(html)).not.toMatch(/alert|evil\.example|<script|onerror|onload/i);
    // The same from a node, as the extractor gives it; the node itself is left as it was.
    const { root, kept } = fromNode(html);
    expect(kept ?? '').not.toMatch(/alert|evil\.example|<script|onerror|onload/i);
    if (kept) expect(dangers(kept)).toEqual([]);
    const untouched = document.implementation.createHTMLDocument('').createElement('div');
    untouched.innerHTML = html;
    expect(root.innerHTML).toBe(untouched.innerHTML);
  });
});

describe('reading markup is kept', () => {
  test.each([
    ['headings and paragraphs', '<h2>Title</h2><p>Some <em>text</em>.</p>', '<h2>Title</h2><p>Some <em>text</em>.</p>'],
    [
      'lists and quotes',
      '<ul><li>a</li></ul><blockquote><p>q</p></blockquote>',
      '<ul><li>a</li></ul><blockquote><p>q</p></blockquote>',
    ],
    ['code', '<pre><code>x &lt; 1</code></pre>', '<pre><code>x &lt; 1</code></pre>'],
    [
      'tables with spans',
      '<table><tbody><tr><td colspan="2">a</td></tr></tbody></table>',
      '<table><tbody><tr><td colspan="2">a</td></tr></tbody></table>',
    ],
    [
      'http(s) links open in a new tab without an opener',
      '<a href="https://ok.example.com/a" class="x" id="y">a</a>',
      '<a href="https://ok.example.com/a" target="_blank" rel="noopener noreferrer">a</a>',
    ],
    [
      'images keep their address, never loaded',
      '<img src="https://cdn.example.com/a.png" alt="A">',
      '<img alt="A" data-src="https://cdn.example.com/a.png">',
    ],
    ['classes, ids and styles go', '<p class="c" id="i" style="color:red">a</p>', '<p>a</p>'],
  ])('%s', (_name, html, want) => {
    expect(clean(html)).toBe(want);
    expect(fromNode(html).kept).toBe(`<div>${want}</div>`);
  });

  test('another window than the script’s gets an instance of its own, with the same rules', () => {
    const frame = document.body.appendChild(document.createElement('iframe'));
    const other = frame.contentWindow!;
    expect(other).not.toBe(window);
    expect(readableHtml('<p onclick="x()">a <a href="javascript:x()">b</a></p><script>1</script>', other)).toBe(
      '<p>a <a>b</a></p>',
    );
    frame.remove();
  });

  test('a node is sanitised the same as its markup, and is not changed', () => {
    const div = document.createElement('div');
    div.innerHTML = '<p onclick="x()">a</p>';
    expect(readableHtml(div, window)).toBe('<div><p>a</p></div>');
    expect(div.innerHTML).toBe('<p onclick="x()">a</p>');
  });
});

describe('capped like the text', () => {
  test('text past the cap is cut, the markup around it kept well-formed', () => {
    expect(readableHtml('<p>abcdef</p><p>ghi</p><p>jkl</p>', window, { text: 8, html: HTML_CAP })).toBe(
      '<p>abcdef</p><p>gh</p><p></p>',
    );
  });
  test('markup too large to keep is not kept', () => {
    const markup = `<p>${'<b>x</b>'.repeat(20)}</p>`; // 167 characters of markup, 20 of text
    expect(readableHtml(markup, window, { text: 100, html: 166 })).toBeNull();
    expect(readableHtml(markup, window, { text: 100, html: 167 })).toBe(markup);
  });
  test('nothing readable gives null', () => {
    expect(readableHtml('<script>1</script>', window)).toBeNull();
  });
});
