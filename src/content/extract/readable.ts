/**
 * Runs Readability on a copy of the page (it rewrites the DOM it is given), bounded so a giant
 * page cannot freeze the tab: above MAX_ELEMENTS we do not clone or parse at all.
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
  /** The article's readable HTML, sanitised on the page's document; null when none. */
  html: string | null;
  cut: boolean;
}

function elementCount(doc: Document): number {
  return doc.getElementsByTagName('*').length;
}

export function runReadability(doc: Document, cap: number, maxElements = MAX_ELEMENTS): ReadableResult | null {
  if (elementCount(doc) > maxElements) return null;
  const clone = doc.cloneNode(true) as Document;
  let article: ReturnType<Readability<Node>['parse']>;
  try {
    // serializer returns the node itself: we read its text and never build an HTML string.
    article = new Readability<Node>(clone, { maxElemsToParse: maxElements, serializer: (n) => n }).parse();
  } catch {
    return null;
  }
  if (!article) return { meta: {}, text: null, html: null, cut: false };
  const { text, cut } = article.content
    ? blockText(article.content, { cap })
    : { text: article.textContent ?? '', cut: false };
  // A parsed document (tests, the evaluation) has no window of its own: the script's window serves.
  const win = doc.defaultView ?? (typeof window === 'undefined' ? null : window);
  // Sanitised here, where there is a DOM (the worker has none); DOMPurify reads a copy.
  const html = article.content && win ? readableHtml(article.content, win) : null;
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
    html: text ? html : null,
    cut,
  };
}
