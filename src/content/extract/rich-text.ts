/**
 * Plain text of one post's text element: emoji images become their `alt`, links their real
 * address (via `link`), `<br>` a line break; buttons ("… more") and visually hidden twins are
 * skipped. Bounded, reads only, never renders anything.
 */
import { tidyPostText } from '../../core/social/post-text';

const SKIP = 'button, script, style, .visually-hidden, [data-testid="expandable-text-button"]';
const MAX_NODES = 20_000;

export interface RichTextOptions {
  /** The text to write for a link, or null to use its shown text. */
  link?: (a: HTMLAnchorElement) => string | null;
}

export function richText(root: Element, options: RichTextOptions = {}): string {
  const out: string[] = [];
  let budget = MAX_NODES;
  const walk = (node: Node) => {
    if (--budget < 0) return;
    if (node.nodeType === 3) {
      out.push(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (el.matches(SKIP)) return;
    const tag = el.tagName;
    if (tag === 'BR') return void out.push('\n');
    if (tag === 'IMG') return void out.push(el.getAttribute('alt') ?? '');
    if (tag === 'A') {
      const shown = options.link?.(el as HTMLAnchorElement);
      if (shown != null) return void out.push(shown);
    }
    const block = tag === 'P' || tag === 'LI';
    if (block) out.push('\n');
    for (let c = el.firstChild; c; c = c.nextSibling) walk(c);
    if (block) out.push('\n');
  };
  walk(root);
  // LinkedIn hashtags carry a hidden "hashtag" word before the "#".
  return tidyPostText(out.join('').replace(/\bhashtag#/g, '#'));
}

/** Elements matching `selector` in `root` that are not inside a nested card (`exclude`). */
export function ownAll(root: Element, selector: string, exclude: string): Element[] {
  return Array.from(root.querySelectorAll(selector)).filter((el) => {
    const nested = el.parentElement?.closest(exclude);
    return !nested || !root.contains(nested) || nested === root;
  });
}

export const ownFirst = (root: Element, selector: string, exclude: string): Element | null =>
  ownAll(root, selector, exclude)[0] ?? null;

/** Text of an element, white space collapsed, bounded. */
export const plain = (el: Element | null | undefined, max = 500): string =>
  (el?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, max);
