/**
 * Highlights drawn into the article: the text offsets of a selection, and <mark>s wrapped
 * around a range of the article's text, split at element boundaries so a highlight may span
 * paragraphs, links or emphasis. Offsets count the article's text nodes, as anchor.ts does.
 */
export const MARK_ATTR = 'data-highlight-id';

/** The article's text offset of a point (node, offset) inside it. */
function textOffset(root: Node, node: Node, offset: number): number {
  const range = root.ownerDocument!.createRange();
  range.selectNodeContents(root);
  range.setEnd(node, offset);
  return range.toString().length;
}

/** The selection's start and end in the article's text, or null when it is empty or outside. */
export function selectionOffsets(root: Node, selection: Selection | null): { start: number; end: number } | null {
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  const start = textOffset(root, range.startContainer, range.startOffset);
  const end = textOffset(root, range.endContainer, range.endOffset);
  return end > start ? { start, end } : null;
}

/** Wraps the text from `start` to `end` in marks made by `make`; returns the marks. */
export function wrapText(root: Node, start: number, end: number, make: () => HTMLElement): HTMLElement[] {
  const walker = root.ownerDocument!.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const parts: { node: Text; from: number; to: number }[] = [];
  let at = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const length = node.data.length;
    const from = Math.max(start, at) - at;
    const to = Math.min(end, at + length) - at;
    if (to > from) parts.push({ node, from, to });
    at += length;
    if (at >= end) break;
  }
  return parts.map(({ node, from, to }) => {
    const piece = node.splitText(from);
    piece.splitText(to - from);
    const mark = make();
    piece.replaceWith(mark);
    mark.append(piece);
    return mark;
  });
}

/** Takes every highlight mark out again, leaving the text as it was. */
export function clearMarks(root: Element): void {
  for (const mark of Array.from(root.querySelectorAll(`mark[${MARK_ATTR}]`))) mark.replaceWith(...mark.childNodes);
  root.normalize();
}
