/**
 * Entry injected with `chrome.scripting.executeScript({files})` (built as an IIFE). It only
 * defines `globalThis.__learnmarkExtract`; the worker calls it with a second executeScript.
 * Nothing here may throw into the page: failures become one clean Error for the worker.
 */
import type { Capture } from '../../core/item';
import { extractGeneric, type ExtractOptions } from './generic';

declare global {
  var __learnmarkExtract: ((options?: ExtractOptions) => Capture) | undefined;
}

try {
  globalThis.__learnmarkExtract = (options?: ExtractOptions): Capture => {
    try {
      return extractGeneric(document, location.href, options ?? {});
    } catch (err) {
      // A page's own globals (patched prototypes, odd DOMs) can break extraction: report it
      // plainly without leaking page objects across the isolated-world boundary.
      const message = err instanceof Error ? err.message : String(err);
      throw new Error(`Learnmark could not read this page: ${message.slice(0, 200)}`);
    }
  };
} catch {
  // Defining the hook cannot realistically fail; if it does the worker sees it missing.
}
