/**
 * The page read ahead of a save: when the popup opens on a page it can save, the extractor
 * reads it then, while the person looks at the popup, and keeps what it read for as long as
 * the page stays exactly as it was read. A save on click then answers from it at once. Any
 * change to the page since (a node added or removed, an attribute, a text, its address) drops
 * it, and the save reads the page again, as without it.
 */
export interface ReadAhead<T> {
  /** Reads the page now and keeps what it read, watching for any change to it. */
  prepare(): void;
  /** What was read ahead, if the page has not changed since; null otherwise. */
  take(): T | null;
}

export function readAhead<T>(doc: Document, address: () => string, read: () => T): ReadAhead<T> {
  let kept: { value: T; address: string; watch: MutationObserver } | null = null;
  const forget = () => {
    kept?.watch.disconnect();
    kept = null;
  };
  return {
    prepare() {
      forget();
      // Watching starts before the read: a change while reading (none should come) drops it too.
      const watch = new MutationObserver(forget);
      watch.observe(doc, { subtree: true, childList: true, attributes: true, characterData: true });
      try {
        kept = { value: read(), address: address(), watch };
      } catch (error) {
        watch.disconnect();
        throw error;
      }
    },
    take() {
      // Changes not yet delivered to the observer count as well.
      if (kept && (kept.watch.takeRecords().length > 0 || kept.address !== address())) forget();
      return kept?.value ?? null;
    },
  };
}
