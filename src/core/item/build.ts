import type { Capture, Item, SaveVia } from './model';
import { detectKind } from './kind';
import { capText } from '../text/cap';
import { countText } from '../text/reading-time';
import { displayHost, normalizeUrl } from './url';

const EXCERPT_MAX = 300;
const FIELD_MAX = 1_000;

export interface BuildItemInput {
  capture: Capture | null;
  /** The tab as the browser reported it: used when the page could not be read. */
  tabUrl: string;
  tabTitle: string | null;
  via: SaveVia;
  quote?: string | null;
  now: number;
  newId: () => string;
  existing?: Item | null;
}

function clean(value: string | null | undefined, max = FIELD_MAX): string | null {
  if (typeof value !== 'string') return null;
  const v = value.replace(/\s+/g, ' ').trim();
  if (!v) return null;
  return v.length > max ? `${v.slice(0, max - 1)}…` : v;
}

function excerptFrom(text: string): string | null {
  return clean(text.slice(0, EXCERPT_MAX * 2), EXCERPT_MAX);
}

/**
 * On X a display name is neither unique nor stable ("Lina Morgana" today, an emoji tomorrow):
 * the handle is who wrote it. A post's author is stored as "Name (@handle)", the way social
 * posts are cited, so it says both; the handle also keeps its own field.
 */
function authorOf(capture: Capture | null): string | null {
  const name = clean(capture?.author);
  const handle = clean(capture?.handle, 100)?.replace(/^@/, '');
  if (!capture || (capture.kind !== 'tweet' && capture.kind !== 'thread') || !handle) return name;
  if (!name) return `@${handle}`;
  return name.toLowerCase().includes(`@${handle.toLowerCase()}`) ? name : `${name} (@${handle})`;
}

/** The dedupe key an item for this capture (or this tab, when nothing was read) gets. */
export function itemUrl(capture: Pick<Capture, 'url'> | null, tabUrl: string): string | null {
  return (capture && normalizeUrl(capture.url)) ?? normalizeUrl(tabUrl);
}

/**
 * Turns what the extractor read (or nothing, when the page could not be read) into the item
 * to store. A re-save keeps the person's own data (status, goals, tags, note, time) and the
 * first saved date, and refreshes what came from the page.
 */
export function buildItem(input: BuildItemInput): Item {
  const { capture, existing, now } = input;
  // Nothing read this time (a saved link, an unreadable page) but read before: keep what we had.
  if (!capture && existing) {
    return { ...existing, quote: clean(input.quote, 10_000) ?? existing.quote, updatedAt: now };
  }
  const pageUrl = capture?.url ?? input.tabUrl;
  const url = itemUrl(capture, input.tabUrl);
  if (!url) throw new Error(`Not a web address: ${pageUrl}`);

  const fullText = (capture?.text ?? '').trim();
  const { text, cutChars } = capText(fullText);
  const counts = countText(fullText);
  const canonical = capture?.canonicalUrl ? normalizeUrl(capture.canonicalUrl) : null;
  const quote = clean(input.quote ?? capture?.quote ?? null, 10_000) ?? existing?.quote ?? null;

  return {
    id: existing?.id ?? input.newId(),
    url,
    originalUrl: pageUrl,
    // A link saved without opening it: judged by its address, assumed readable.
    kind: capture?.kind ?? detectKind(url, { readable: true }),
    title: clean(capture?.title) ?? clean(input.tabTitle) ?? existing?.title ?? displayHost(url),
    author: authorOf(capture),
    siteName: clean(capture?.siteName) ?? displayHost(url),
    excerpt: clean(capture?.excerpt, EXCERPT_MAX) ?? excerptFrom(text),
    lang: clean(capture?.lang, 35),
    handle: clean(capture?.handle, 100)?.replace(/^@/, '') ?? null,
    canonicalUrl: canonical,
    publishedAt:
      typeof capture?.publishedAt === 'number' && Number.isFinite(capture.publishedAt) ? capture.publishedAt : null,
    text,
    quote,
    wordCount: counts.wordCount,
    readingMinutes: counts.readingMinutes,
    goalIds: existing?.goalIds ?? [],
    tags: existing?.tags ?? [],
    status: existing?.status ?? 'unread',
    note: existing?.note ?? '',
    savedAt: existing?.savedAt ?? now,
    updatedAt: now,
    doneAt: existing?.doneAt ?? null,
    engagedSeconds: existing?.engagedSeconds ?? 0,
    via: existing?.via ?? input.via,
    capture: capture == null ? 'none' : capture.partial ? 'partial' : 'full',
    textCutChars: cutChars,
    html: capture?.html ?? null,
  };
}
