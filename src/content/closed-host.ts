/**
 * The element Learnmark puts in a page: a custom tag whose CLOSED shadow root holds its own
 * style, so the page can neither read nor restyle what is inside. Used by the feed's Save
 * button, the nudge card and the save toast.
 */
export function closedHost(
  doc: Document,
  tag: string,
  css: string,
): { host: HTMLElement; root: ShadowRoot; style: HTMLStyleElement } {
  const host = doc.createElement(tag);
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = css;
  return { host, root, style };
}

/** How many times a host is put back before Learnmark stops: a page may strip both places. */
const PUT_BACK_LIMIT = 10;

/**
 * Keeps `host` in the page when the page's own script takes it out (some strip whatever they
 * did not add from `<html>`, or from `<body>`, or replace either): it goes back at once, into
 * the other of the two, so a page guarding only one keeps it. A page that strips both stops
 * getting it back after a few tries, never an endless back-and-forth. Returns `stop`, to call
 * before Learnmark removes the host itself.
 */
export function keepAttached(doc: Document, host: HTMLElement): () => void {
  let puts = 0;
  let removedFrom: Node | null = null;
  const observer = new MutationObserver(() => {
    if (host.isConnected) return watch();
    if (puts++ >= PUT_BACK_LIMIT) return observer.disconnect();
    const [first, second] = [doc.documentElement, doc.body].filter((el): el is HTMLElement => !!el);
    (first === removedFrom && second ? second : first)?.append(host);
    watch();
  });
  // The host's parent, <html> (its children, <body> among them) and the document (<html> itself).
  const watch = () => {
    observer.disconnect();
    removedFrom = host.parentNode;
    for (const node of new Set([doc, doc.documentElement, host.parentNode]))
      if (node) observer.observe(node, { childList: true });
  };
  watch();
  return () => observer.disconnect();
}
