/**
 * Entry injected with `chrome.scripting.executeScript({files})` (built as an IIFE). It only
 * defines `globalThis.__learnmarkExtract`, and `__learnmarkReadAhead` for the popup's read
 * ahead (read-ahead.ts); the worker calls them with a second executeScript.
 * Dispatches by host: X status pages and LinkedIn post pages have site extractors; when one
 * finds nothing (markup changed, deleted post) the generic extractor fills in, marked partial.
 * Nothing here may throw into the page: failures become one clean Error for the worker.
 */
import type { Capture } from '../../core/item/model';
import { isLinkedInHost, isXHost, linkedInPageType, parseXStatusUrl } from '../../core/social/ids';
import { extractGeneric, type ExtractOptions } from './generic';
import { extractLinkedInPostPage } from './linkedin';
import { readAhead } from './read-ahead';
import { extractXStatus } from './x-status';

declare global {
  var __learnmarkExtract: ((options?: ExtractOptions) => Capture) | undefined;
  var __learnmarkReadAhead: (() => boolean) | undefined;
}

function siteExtractor(url: string): ((doc: Document, url: string) => Capture | null) | null {
  const host = new URL(url).hostname;
  if (isXHost(host) && parseXStatusUrl(url)) return extractXStatus;
  if (isLinkedInHost(host) && linkedInPageType(url) === 'post') return (doc) => extractLinkedInPostPage(doc);
  return null;
}

/** The site extractor's capture, else the generic one (partial when a site extractor failed). */
export function extractPage(doc: Document, url: string, options: ExtractOptions = {}): Capture {
  const site = siteExtractor(url);
  let found: Capture | null = null;
  try {
    found = site ? site(doc, url) : null;
  } catch {
    // A site's markup changed under us: the generic path still saves something correct.
  }
  if (found) return found;
  const generic = extractGeneric(doc, url, options);
  return site ? { ...generic, partial: true } : generic;
}

/**
 * The main document's HTTP status, from its navigation timing entry (the final response after
 * redirects): the worker refuses to save a page that answered with an error. Null when the
 * browser does not report it (0, or no `responseStatus` in older browsers).
 */
function mainDocumentStatus(): number | null {
  const [entry] = performance.getEntriesByType('navigation') as (PerformanceEntry & { responseStatus?: number })[];
  const status = entry?.responseStatus;
  return typeof status === 'number' && status > 0 ? status : null;
}

try {
  const ahead = readAhead(
    document,
    () => location.href,
    () => extractPage(document, location.href),
  );
  globalThis.__learnmarkExtract = (options?: ExtractOptions): Capture => {
    try {
      // What was read ahead when the popup opened, while the page is unchanged (never for a
      // test's own options); else the page as it is now.
      const capture = (options ? null : ahead.take()) ?? extractPage(document, location.href, options ?? {});
      return { ...capture, httpStatus: mainDocumentStatus() };
    } catch (err) {
      // A page's own globals (patched prototypes, odd DOMs) can break extraction: report it
      // plainly without leaking page objects across the isolated-world boundary.
      const message = err instanceof Error ? err.message : String(err);
      throw new Error(`Learnmark could not read this page: ${message.slice(0, 200)}`);
    }
  };
  // True when the page was read and is kept; a page it cannot read is read again on click.
  globalThis.__learnmarkReadAhead = (): boolean => {
    try {
      ahead.prepare();
      return true;
    } catch {
      return false;
    }
  };
} catch {
  // Defining the hook cannot realistically fail; if it does the worker sees it missing.
}
