/**
 * What the reader remembers: the text size (one choice for every item) and how far each item
 * was read (a fraction of its length, so it holds when the window is resized).
 */
const TEXT_SIZES = [14, 16, 18, 20, 23, 26] as const;
export const DEFAULT_TEXT_SIZE = 18;
/** Progress is kept for this many items, the most recently read first. */
export const PROGRESS_KEPT = 500;

export type ReadingProgress = Record<string, { at: number; fraction: number }>;

export function parseTextSize(raw: unknown): number {
  return TEXT_SIZES.includes(raw as (typeof TEXT_SIZES)[number]) ? (raw as number) : DEFAULT_TEXT_SIZE;
}

/** One step up (+1) or down (-1) the list of sizes, stopping at either end. */
export function stepTextSize(size: number, step: 1 | -1): number {
  const i = TEXT_SIZES.indexOf(parseTextSize(size) as (typeof TEXT_SIZES)[number]);
  return TEXT_SIZES[Math.min(TEXT_SIZES.length - 1, Math.max(0, i + step))]!;
}

export function parseProgress(raw: unknown): ReadingProgress {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {};
  const out: ReadingProgress = {};
  for (const [id, v] of Object.entries(raw as Record<string, unknown>)) {
    const { at, fraction } = (v ?? {}) as { at?: unknown; fraction?: unknown };
    if (typeof at === 'number' && Number.isFinite(at) && typeof fraction === 'number' && fraction >= 0 && fraction <= 1)
      out[id] = { at, fraction };
  }
  return out;
}

/** The progress map with this item's fraction recorded, trimmed to the PROGRESS_KEPT most recent. */
export function withProgress(map: ReadingProgress, itemId: string, fraction: number, now: number): ReadingProgress {
  const next = { ...map, [itemId]: { at: now, fraction: Math.min(1, Math.max(0, fraction)) } };
  const ids = Object.keys(next);
  if (ids.length <= PROGRESS_KEPT) return next;
  const keep = ids.sort((a, b) => next[b]!.at - next[a]!.at).slice(0, PROGRESS_KEPT);
  return Object.fromEntries(keep.map((id) => [id, next[id]!]));
}

/** The item's stored text as paragraphs, for items with no readable HTML (posts, older saves). */
export function textParagraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}
