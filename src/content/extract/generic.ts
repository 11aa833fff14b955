/**
 * The generic extractor: page metadata merged by core/metadata, article text from Readability,
 * and a bounded whole-page text walk when Readability is skipped (giant page) or finds nothing.
 */
import type { Capture } from '../../core/item/model';
import { detectKind } from '../../core/item/kind';
import { mergeMetadata } from '../../core/capture/metadata';
import { socialFields } from '../../core/social/fields';
import { CAPTURE_TEXT_CAP } from '../../core/text/cap';
import { runReadability } from './readable';
import { collectSources } from './sources';
import { blockText } from './text';

export interface ExtractOptions {
  /** Characters of text to read; by default a little over the stored cap (see core/text/cap). */
  textCap?: number;
  /** Element count above which Readability is skipped; tests lower it. */
  maxElements?: number;
}

function fallbackText(doc: Document, cap: number): string {
  const root = doc.querySelector('article') ?? doc.querySelector('main, [role="main"]') ?? doc.body;
  return root ? blockText(root, { cap, skipChrome: root === doc.body }).text : '';
}

export function extractGeneric(doc: Document, url: string, options: ExtractOptions = {}): Capture {
  const cap = Math.max(1, options.textCap ?? CAPTURE_TEXT_CAP);
  const readable = runReadability(doc, cap, options.maxElements);
  const merged = mergeMetadata(collectSources(doc, url, readable?.meta ?? null));
  const social = socialFields(url, merged.canonicalUrl, merged.title);
  const kind = detectKind(url, { ogType: merged.ogType, ldTypes: merged.ldTypes, readable: !!readable?.text });
  // On a status page the post's text is its description; the page body is app chrome and
  // cookie banners until the X site extractor reads the rendered post.
  const text = (kind === 'tweet' && merged.excerpt) || readable?.text || fallbackText(doc, cap);
  return {
    url,
    kind,
    title: social.title ?? merged.title,
    author: social.author ?? merged.author,
    siteName: merged.siteName,
    excerpt: merged.excerpt,
    lang: merged.lang,
    handle: social.handle ?? null,
    canonicalUrl: merged.canonicalUrl,
    publishedAt: social.publishedAt ?? merged.publishedAt,
    text,
    // The readable HTML only when the text is Readability's article (not a tweet's description).
    html: text === readable?.text ? readable.html() : null,
    // Readability was skipped (giant page) or failed: the text is a best-effort walk.
    partial: readable === null,
  };
}
