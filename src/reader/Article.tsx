import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Item } from '../core/item/model';
import { textParagraphs } from '../core/reader/prefs';
import { sanitizedBody } from '../core/reader/sanitize';
import { isHttpUrl } from '../core/item/url';

/**
 * The item's body, drawn outside Preact (highlights wrap its text in marks, which Preact must
 * not undo). Readable HTML is sanitised again here, whatever the stored copy says, and its
 * nodes are moved in from DOMPurify's inert document (never set as an HTML string on a live
 * element). Items without it (posts, older saves) show their stored text as paragraphs.
 */
export function Article({
  item,
  images,
  onDrawn,
}: {
  item: Item;
  /** Load the images (their http(s) addresses only): the person asked, for this item. */
  images: boolean;
  onDrawn: (root: HTMLElement) => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const html = item.html ?? null;
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (html) el.replaceChildren(...Array.from(sanitizedBody(html, window).childNodes));
    else {
      el.replaceChildren(
        ...textParagraphs(item.text).map((text) => {
          const p = document.createElement('p');
          p.textContent = text;
          return p;
        }),
      );
    }
    onDrawn(el);
  }, [item.id, html, item.text]);
  useLayoutEffect(() => {
    for (const img of Array.from(ref.current?.querySelectorAll('img[data-src]') ?? [])) {
      const src = img.getAttribute('data-src') ?? '';
      if (images && isHttpUrl(src)) {
        img.setAttribute('referrerpolicy', 'no-referrer');
        img.setAttribute('src', src);
      } else img.removeAttribute('src');
    }
  }, [images, item.id, html]);
  return <div class="article" ref={ref} data-testid="reader-article" />;
}
