import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Item } from '../core/item/model';
import { textParagraphs } from '../core/reader/prefs';
import { sanitizedBody } from '../core/reader/sanitize';

/**
 * The item's body. Readable HTML is sanitised again here, whatever the stored copy says, and
 * its nodes are moved in from DOMPurify's inert document (never set as an HTML string on a live
 * element). Items without it (posts, older saves) show their stored text as paragraphs.
 */
export function Article({ item, onDrawn }: { item: Item; onDrawn: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  const html = item.html ?? null;
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (html) el.replaceChildren(...Array.from(sanitizedBody(html, window).childNodes));
    onDrawn();
  }, [item.id, html]);
  if (html) return <div class="article" ref={ref} data-testid="reader-article" />;
  return (
    <div class="article" ref={ref} data-testid="reader-article">
      {textParagraphs(item.text).map((p, i) => (
        <p key={i}>{p}</p>
      ))}
    </div>
  );
}
