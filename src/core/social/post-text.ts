/**
 * Small pure rules for post text read from X and LinkedIn: shown link text back to a real URL
 * (X wraps links in t.co and cuts the shown text with "…"), and white space tidied.
 */

/**
 * The real address behind an X link's shown text (`https://` hidden, the tail hidden, then "…"):
 * the full text minus the ellipsis, with a scheme when the hidden one was lost. Null when the
 * text is not an address (a card title, a mention).
 */
export function linkFromShownText(shown: string): string | null {
  const t = shown.replace(/\s+/g, '').replace(/…$/, '');
  if (!t || /[<>"]/.test(t)) return null;
  const withScheme = /^https?:\/\//i.test(t) ? t : `https://${t}`;
  try {
    const u = new URL(withScheme);
    return u.hostname.includes('.') ? withScheme : null;
  } catch {
    return null;
  }
}

/** Collapses runs of spaces, keeps paragraph breaks (at most one blank line). */
export function tidyPostText(text: string): string {
  return text
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t\f\v\r]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** "Name on X: “text…”", the title a saved post gets (X's own page title shape). */
export function postTitle(author: string | null, site: string, text: string): string {
  const first = text.split('\n')[0]!.slice(0, 100);
  const cut = first.length < text.split('\n')[0]!.length ? `${first}…` : first;
  return author ? `${author} on ${site}: “${cut}”` : cut || site;
}

/** A post's first words, to recognise it by ("Save this post by Ada?"): at most `max`, "…" when cut. */
export function openingWords(text: string, max = 24): string {
  const all = text.split(/\s+/).filter(Boolean);
  return all.length > max ? `${all.slice(0, max).join(' ')}…` : all.join(' ');
}
