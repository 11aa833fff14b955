/**
 * Plain text from a DOM subtree, paragraphs separated by blank lines. Walks iteratively (deep
 * pages would overflow a recursive walk) and stops once `cap` characters are collected, so a
 * giant page costs at most a bounded amount of work beyond the cap.
 */

const ELEMENT = 1;
const TEXT = 3;
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'svg',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'SELECT',
  'TEXTAREA',
  'BUTTON',
  'INPUT',
  'HEAD',
  'MATH',
]);
/** Page furniture skipped when walking a whole page rather than an extracted article. */
const CHROME = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE', 'FORM', 'DIALOG']);
const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'BLOCKQUOTE',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TR',
  'UL',
  'BODY',
  'CAPTION',
  'NAV',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'FORM',
]);

export interface TextOptions {
  cap: number;
  /** Skip nav/header/footer/aside/form: for whole-page fallbacks. */
  skipChrome?: boolean;
}

export interface TextResult {
  text: string;
  /** Whether the walk stopped at the cap. */
  cut: boolean;
}

export function blockText(root: Node, { cap, skipChrome = false }: TextOptions): TextResult {
  const paras: string[] = [];
  let cur = '';
  let total = 0;
  let pre = 0;
  const flush = () => {
    const t = cur
      .split('\n')
      .map((l) => l.replace(/[ \t\f\r\u00a0]+/g, ' ').trim())
      .join('\n')
      .replace(/\n{2,}/g, '\n')
      .trim();
    if (t) {
      paras.push(t);
      total += t.length + 2;
    }
    cur = '';
  };
  // Stack entries: a node to enter, or a marker (string) to run when leaving a block.
  const stack: (Node | 'end-block' | 'end-pre')[] = [root];
  while (stack.length && total < cap) {
    const n = stack.pop()!;
    if (n === 'end-block') {
      flush();
      continue;
    }
    if (n === 'end-pre') {
      pre--;
      flush();
      continue;
    }
    if (n.nodeType === TEXT) {
      const data = (n as Text).data;
      cur += pre ? data : data.replace(/\s+/g, ' ');
      if (cur.length > cap) flush();
      continue;
    }
    if (n.nodeType !== ELEMENT && n.nodeType !== 9 && n.nodeType !== 11) continue;
    const tag = (n as Element).tagName ?? '';
    if (SKIP.has(tag) || (skipChrome && CHROME.has(tag))) continue;
    if (tag === 'BR') {
      cur += '\n';
      continue;
    }
    if (tag === 'PRE') {
      flush();
      pre++;
      stack.push('end-pre');
    } else if (BLOCK.has(tag) || tag === 'TD' || tag === 'TH') {
      if (tag === 'TD' || tag === 'TH') cur += ' ';
      else {
        flush();
        stack.push('end-block');
      }
    }
    const kids = n.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  flush();
  const text = paras.join('\n\n');
  return { text: text.length > cap ? text.slice(0, cap) : text, cut: total >= cap || stack.length > 0 };
}
