/**
 * The readable HTML the reader shows: one strict allow-list, applied twice with DOMPurify —
 * by the extractor before the HTML leaves the page, and by the reader before it draws it (the
 * stored copy is never trusted). Only reading markup survives: headings, paragraphs, lists,
 * quotes, code, tables, links to http(s) (opened in a new tab, without an opener). Images keep
 * their address as `data-src`, never `src`, so nothing loads. DOMPurify needs a DOM: the caller
 * passes its window (the worker has none). The extractor gives it Readability's article as a
 * node, never as a string to parse again; DOMPurify copies that node (the article only) into
 * its inert document. Sanitising it in place instead (IN_PLACE) gave the same HTML on the 135
 * dev pages with an article, 5 % faster on the median page but 18 % slower over all of them:
 * DOMPurify 3.5 walks an in-place root several more times to be safe, which on a long article
 * costs more than the copy it saves.
 */
import createDOMPurify, { type Config, type DOMPurify, type WindowLike } from 'dompurify';
import { isHttpUrl } from '../item/url';
import { HTML_CAP, TEXT_CAP } from '../text/cap';

const ALLOWED_TAGS = [
  ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr', 'div', 'span', 'section', 'article'],
  ...['header', 'footer', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'q', 'cite', 'figure'],
  ...['figcaption', 'pre', 'code', 'kbd', 'samp', 'var', 'em', 'strong', 'b', 'i', 'u', 's', 'del'],
  ...['ins', 'sub', 'sup', 'mark', 'small', 'abbr', 'time', 'a', 'img', 'table', 'caption'],
  ...['thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'colgroup', 'col'],
];
/** Plain values, not addresses: DOMPurify would otherwise test them against the URI rule. */
const PLAIN_ATTRS = ['colspan', 'rowspan', 'scope', 'lang', 'dir', 'datetime', 'start', 'reversed', 'span'];

const CONFIG = {
  ALLOWED_TAGS,
  ALLOWED_ATTR: ['href', 'title', 'alt', 'data-src', ...PLAIN_ATTRS],
  ADD_URI_SAFE_ATTR: PLAIN_ATTRS,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOWED_URI_REGEXP: /^https?:\/\//i,
  KEEP_CONTENT: true,
  RETURN_DOM: true as const,
} satisfies Config;

const instances = new WeakMap<Window, DOMPurify>();

function purifier(win: Window): DOMPurify {
  let purify = instances.get(win);
  if (purify) return purify;
  // The package made an instance for the script's own global window as it loaded (the
  // extractor's page, the reader): that one serves it, rather than building every rule set a
  // second time. (Only compared, never used: core/ reads no global DOM.)
  const own = createDOMPurify.isSupported && win === (globalThis as { window?: unknown }).window;
  purify = own ? createDOMPurify : createDOMPurify(win as unknown as WindowLike);
  purify.addHook('uponSanitizeElement', (node, data) => {
    // The address is kept for a later, explicit "show images"; `src` and `srcset` never survive.
    if (data.tagName !== 'img' || !('getAttribute' in node)) return;
    const el = node as Element;
    const src = el.getAttribute('src');
    if (src && isHttpUrl(src) && !el.hasAttribute('data-src')) el.setAttribute('data-src', src);
  });
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName !== 'A') return;
    const a = node;
    const href = a.getAttribute('href');
    if (href && !isHttpUrl(href)) a.removeAttribute('href');
    if (a.hasAttribute('href')) {
      a.setAttribute('target', '_blank');
      a.setAttribute('rel', 'noopener noreferrer');
    }
  });
  instances.set(win, purify);
  return purify;
}

/** Removes every text node after the first `cap` characters of text; true when it cut. */
function capTextIn(root: Element, cap: number): boolean {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let seen = 0;
  let cut = false;
  const drop: Node[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.nodeValue?.length ?? 0;
    if (cut) drop.push(node);
    else if (seen + length > cap) {
      node.nodeValue = (node.nodeValue ?? '').slice(0, cap - seen);
      cut = true;
    } else seen += length;
  }
  for (const node of drop) node.parentNode?.removeChild(node);
  return cut;
}

/** The sanitised body (in DOMPurify's inert document: nothing in it loads or runs). */
export function sanitizedBody(dirty: string | Node, win: Window): Element {
  return purifier(win).sanitize(dirty, CONFIG);
}

/**
 * The readable HTML to store: sanitised, its text cut at the text cap; null when there is none
 * or its markup is too large to keep (the reader then shows the item's text). A node given is
 * read, not changed.
 */
export function readableHtml(
  dirty: string | Node,
  win: Window,
  caps: { text: number; html: number } = { text: TEXT_CAP, html: HTML_CAP },
): string | null {
  const body = sanitizedBody(dirty, win);
  capTextIn(body, caps.text);
  const html = body.innerHTML.trim();
  return html && html.length <= caps.html ? html : null;
}
