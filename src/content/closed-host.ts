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
