/**
 * Runs Readability on a copy of the page (it rewrites the DOM it is given), bounded so a giant
 * page cannot freeze the tab: above MAX_ELEMENTS we do not clone or parse at all. That copy of
 * the page is the only one (metadata is read from the page itself): Readability's article comes
 * back as a node, is read for its text, and is sanitised as a node, never as a string to parse.
 */
import { Readability } from '@mozilla/readability';
import type { ReadabilityMeta } from '../../core/capture/metadata';
import { readableHtml } from '../../core/reader/sanitize';
import { blockText } from './text';

/** Pages with more elements than this skip Readability for a cheap text walk. */
const MAX_ELEMENTS = 30_000;

export interface ReadableResult {
  meta: ReadabilityMeta;
  /** Null when Readability found no article. */
  text: string | null;
  /**
   * The article's readable HTML, sanitised in the page; null when none. Computed when asked: a
   * capture that keeps no HTML (a post's description as its text) pays nothing for it.
   */
  html: () => string | null;
  cut: boolean;
}

const NO_HTML = () => null;

function elementCount(doc: Document): number {
  return doc.getElementsByTagName('*').length;
}

export function runReadability(doc: Document, cap: number, maxElements = MAX_ELEMENTS): ReadableResult | null {
  if (elementCount(doc) > maxElements) return null;
  const clone = doc.cloneNode(true) as Document;
  let article: ReturnType<Readability<Node>['parse']>;
  try {
    // serializer returns the node itself: we read its text and never build an HTML string.
    // maxElemsToParse 0: the page was counted above, Readability need not count its copy again.
    article = new Readability<Node>(clone, { maxElemsToParse: 0, serializer: (n) => n }).parse();
  } catch {
    return null;
  }
  if (!article) return { meta: {}, text: null, html: NO_HTML, cut: false };
  const content = article.content;
  const { text, cut } = content ? blockText(content, { cap }) : { text: article.textContent ?? '', cut: false };
  // A parsed document (tests, the evaluation) has no window of its own: the script's window serves.
  const win = doc.defaultView ?? (typeof window === 'undefined' ? null : window);
  return {
    meta: {
      title: article.title,
      byline: article.byline,
      siteName: article.siteName,
      publishedTime: article.publishedTime,
      excerpt: article.excerpt,
      lang: article.lang,
    },
    text: text || null,
    // Sanitised here, where there is a DOM (the worker has none).
    html: text && content && win ? () => readableHtml(content, win) : NO_HTML,
    cut,
  };
}
