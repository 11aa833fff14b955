import browser from 'webextension-polyfill';
import type { Capture } from '../core/item/model';
import { markSaveStep } from './save-timing';
// The file name of the extractor bundle (an IIFE), not its code: it runs in the page.
import extractorFile from '../content/extract/index.ts?script&iife';

/** How long a page may take to be read before we save its address and title only. */
const EXTRACT_TIMEOUT_MS = 20_000;

export class ExtractError extends Error {
  constructor(
    message: string,
    /** `script-refused`: the browser would not run our script (error page, PDF, policy). */
    readonly reason: 'script-refused' | 'timeout' | 'failed',
  ) {
    super(message);
    this.name = 'ExtractError';
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new ExtractError(`The page took longer than ${ms / 1000}s to read`, 'timeout')),
      ms,
    );
    promise.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e: unknown) => (clearTimeout(timer), reject(e instanceof Error ? e : new Error(String(e)))),
    );
  });
}

/** The document of each tab the extractor was loaded into: a re-save runs it without loading it again. */
const loadedIn = (tabId: number) => `extractorIn:${tabId}`;

type Extracted = { capture: Capture; documentId: string | undefined };

/** Calls the extractor installed in the tab's document (or `documentId`, when given); null when none is. */
async function runExtractor(tabId: number, documentId?: string): Promise<Extracted | null> {
  const [result] = await browser.scripting.executeScript({
    target: documentId ? { tabId, documentIds: [documentId] } : { tabId },
    // Runs in the page's isolated world, where the extractor file installed this function.
    func: () => {
      const run = (globalThis as { __learnmarkExtract?: () => unknown }).__learnmarkExtract;
      return run ? run() : null;
    },
  });
  const capture = result?.result as Capture | null | undefined;
  return capture ? { capture, documentId: result?.documentId } : null;
}

/** Loads in progress, by tab: a save on click while the popup's read ahead loads the extractor waits for it. */
const loading = new Map<number, Promise<string | undefined>>();

/** Loads the extractor into the tab's document, once at a time per tab; that document's id. */
function loadExtractor(tabId: number): Promise<string | undefined> {
  const pending = loading.get(tabId);
  if (pending) return pending;
  const load = (async () => {
    let results;
    try {
      results = await browser.scripting.executeScript({ target: { tabId }, files: [extractorFile] });
    } catch (error) {
      throw new ExtractError(String((error as Error)?.message ?? error), 'script-refused');
    }
    const documentId = results[0]?.documentId;
    if (documentId) await browser.storage.session.set({ [loadedIn(tabId)]: documentId });
    return documentId;
  })().finally(() => loading.delete(tabId));
  loading.set(tabId, load);
  return load;
}

/** The document the extractor was loaded into in this tab, if it has been. */
async function knownDocument(tabId: number): Promise<string | null> {
  await loading.get(tabId)?.catch(() => undefined);
  const known = (await browser.storage.session.get(loadedIn(tabId)))[loadedIn(tabId)];
  return typeof known === 'string' ? known : null;
}

async function extract(tabId: number): Promise<Capture> {
  // Loaded into this very document already (the popup's read ahead, an earlier save; the tab
  // has not navigated since): run it again.
  const known = await knownDocument(tabId);
  markSaveStep('extractor-looked-up');
  let extracted = known ? await runExtractor(tabId, known).catch(() => null) : null;
  if (!extracted) {
    const documentId = await loadExtractor(tabId);
    markSaveStep('injected');
    extracted = await runExtractor(tabId, documentId);
  }
  markSaveStep('extracted');
  const capture = extracted?.capture;
  if (!capture || typeof capture.url !== 'string') {
    throw new ExtractError('The page returned nothing readable', 'failed');
  }
  return capture;
}

/**
 * Has the extractor read the page in the tab ahead of a save (content/extract/read-ahead.ts):
 * the popup asks when it opens on a page it can save, under the access its opening gives
 * (activeTab). The extractor is loaded into the page if it is not there yet. False when the
 * page could not be read; the save on click then reads it as usual.
 */
export async function readAheadInTab(tabId: number): Promise<boolean> {
  const prepare = (documentId: string) =>
    browser.scripting
      .executeScript({
        target: { tabId, documentIds: [documentId] },
        func: () => (globalThis as { __learnmarkReadAhead?: () => boolean }).__learnmarkReadAhead?.() ?? null,
      })
      .then(([result]) => result?.result ?? null)
      .catch(() => null);
  const known = await knownDocument(tabId);
  const done = known ? await prepare(known) : null;
  if (done !== null) return done === true;
  const documentId = await loadExtractor(tabId).catch(() => undefined);
  return documentId ? (await prepare(documentId)) === true : false;
}

/** Reads the page in the tab with the extractor. Throws ExtractError when it cannot. */
export function extractFromTab(tabId: number): Promise<Capture> {
  return withTimeout(extract(tabId), EXTRACT_TIMEOUT_MS);
}

/** The text of the first link to `href` in the page, for "Save link" (no request is made). */
export async function linkTextInTab(tabId: number, href: string): Promise<string | null> {
  try {
    const [result] = await browser.scripting.executeScript({
      target: { tabId },
      args: [href],
      func: (wanted: string) => {
        for (const a of Array.from(document.querySelectorAll('a[href]'))) {
          if ((a as HTMLAnchorElement).href === wanted) {
            const text = (a.textContent ?? '').replace(/\s+/g, ' ').trim();
            return text || a.getAttribute('aria-label') || a.getAttribute('title');
          }
        }
        return null;
      },
    });
    return typeof result?.result === 'string' ? result.result : null;
  } catch {
    return null;
  }
}

/**
 * The selection in a frame of the tab as a text-quote selector (exact, a little text before and
 * after it, its offset in the page's text), computed in the page by a small function; null when
 * the frame has no selection or cannot be scripted. Nothing of the page is changed.
 */
export async function selectionQuoteInTab(
  tabId: number,
  frameId: number | undefined,
  context: number,
): Promise<{ exact: string; prefix: string; suffix: string; start: number } | null> {
  try {
    const [result] = await browser.scripting.executeScript({
      target: frameId === undefined ? { tabId } : { tabId, frameIds: [frameId] },
      args: [context],
      func: (chars: number) => {
        const selection = getSelection();
        if (!selection || selection.isCollapsed || !selection.rangeCount || !document.body) return null;
        const range = selection.getRangeAt(0);
        const before = document.createRange();
        before.selectNodeContents(document.body);
        before.setEnd(range.startContainer, range.startOffset);
        const after = document.createRange();
        after.selectNodeContents(document.body);
        after.setStart(range.endContainer, range.endOffset);
        const prefix = before.toString();
        return {
          exact: range.toString(),
          prefix: prefix.slice(-chars),
          suffix: after.toString().slice(0, chars),
          start: prefix.length,
        };
      },
    });
    const quote = result?.result as { exact?: unknown } | null | undefined;
    return quote && typeof quote.exact === 'string'
      ? (quote as { exact: string; prefix: string; suffix: string; start: number })
      : null;
  } catch {
    return null;
  }
}

/**
 * The permalink of the post most in view in a LinkedIn or X tab, as the feed script (declared in
 * the manifest, so already there) answers it from its own world; null where it does not run.
 */
export async function postKeyInTab(tabId: number): Promise<unknown> {
  try {
    const [result] = await browser.scripting.executeScript({
      target: { tabId },
      // content/feed/post-in-view.ts: FEED_POST_ACCESS (a function runs serialised: no import).
      func: () => (globalThis as { __learnmarkFeedPost?: { postInView(): unknown } }).__learnmarkFeedPost?.postInView(),
    });
    return result?.result ?? null;
  } catch {
    return null;
  }
}

/** The post saved under `key` in the tab, read by the feed script; unchecked page data, or null. */
export async function readPostInTab(tabId: number, key: string): Promise<unknown> {
  try {
    const [result] = await browser.scripting.executeScript({
      target: { tabId },
      args: [key],
      func: (wanted: string) =>
        (globalThis as { __learnmarkFeedPost?: { readPost(k: string): unknown } }).__learnmarkFeedPost?.readPost(
          wanted,
        ),
    });
    return result?.result ?? null;
  } catch {
    return null;
  }
}
