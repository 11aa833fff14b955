import type { HtmlLink } from '../../core/data/import-formats';

export type HtmlFormat = 'pocket-html' | 'bookmarks-html';

/**
 * Reads the links of an HTML export with the browser's own parser (never regular
 * expressions): DOMParser builds an inert document, so scripts in it never run. A bookmark
 * file nests folders as `<DT><H3>name</H3><DL>…</DL>`; Pocket's export has an `<h1>` per list.
 */
export function readHtmlLinks(text: string): { format: HtmlFormat; links: HtmlLink[] } | null {
  const doc = new DOMParser().parseFromString(text, 'text/html');
  const anchors = [...doc.querySelectorAll('a')];
  if (!anchors.length) return null;
  const isBookmarks = /NETSCAPE-Bookmark-file/i.test(text.slice(0, 500)) || doc.querySelector('dl h3, dt h3') !== null;
  const lineOf = lineFinder(text);
  const links = anchors.map((a): HtmlLink => {
    const href = a.getAttribute('href');
    return {
      line: lineOf(href),
      href,
      title: a.textContent ?? '',
      added: a.getAttribute('add_date') ?? a.getAttribute('time_added'),
      tags: a.getAttribute('tags'),
      folders: isBookmarks ? bookmarkFolders(a) : pocketSection(a),
    };
  });
  return { format: isBookmarks ? 'bookmarks-html' : 'pocket-html', links };
}

/** The names of the folders around a bookmark, outermost first. */
function bookmarkFolders(a: Element): string[] {
  const folders: string[] = [];
  for (let dl = a.closest('dl'); dl; dl = dl.parentElement?.closest('dl') ?? null) {
    // The folder's name is the <h3> in the <dt> that holds this <dl> (or just before it, when
    // the parser closed the <dt> early).
    const holder = dl.parentElement?.tagName === 'DT' ? dl.parentElement : dl.previousElementSibling;
    const name = holder?.tagName === 'H3' ? holder : holder?.querySelector(':scope > h3');
    if (name) folders.unshift((name.textContent ?? '').trim());
  }
  return folders;
}

/** Pocket's HTML export: the `<h1>` before the list ("Unread" or "Read Archive"). */
function pocketSection(a: Element): string[] {
  const list = a.closest('ul, ol') ?? a.parentElement;
  for (let el = list?.previousElementSibling; el; el = el.previousElementSibling) {
    if (el.tagName === 'H1') return [(el.textContent ?? '').trim()];
  }
  return [];
}

/**
 * The line an address first appears on, for messages. DOMParser keeps no positions, so the
 * source is searched forward from the previous find (links come in document order).
 */
function lineFinder(text: string): (href: string | null) => number {
  let from = 0;
  let line = 1;
  return (href) => {
    const at = href ? text.indexOf(href, from) : -1;
    if (at < 0) return line;
    for (let i = from; i < at; i++) if (text.charCodeAt(i) === 10) line++;
    from = at;
    return line;
  };
}
