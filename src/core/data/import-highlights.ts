import * as v from 'valibot';
import { EXACT_MAX, highlightOfPassage, type Highlight } from '../highlight/model';
import { normalizeUrl } from '../item/url';
import { TIME } from '../schema';
import { fromUnixSeconds } from './import-fields';
import type { ImportDraft, ImportedHighlight } from './import-draft';

/** The most highlights one item takes from an import; a file with more is not a person's. */
export const IMPORTED_HIGHLIGHTS_MAX = 500;

/**
 * Pocket's `annotations/part_*.json`: `[{ url, title, highlights: [{ quote, created_at }] }]`,
 * `created_at` in Unix seconds. Entries and highlights that are not this shape are skipped one
 * by one; an address is normalised as the CSV's are, so the two meet on the same item.
 */
const PocketAnnotation = v.object({
  url: v.string(),
  highlights: v.array(v.unknown()),
});
const PocketHighlight = v.object({
  quote: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(EXACT_MAX)),
  created_at: v.union([v.number(), v.string()]),
});

/** Highlights by normalised address, from one annotations file's text; null if it is no such file. */
export function parsePocketAnnotations(text: string, now: number): Map<string, ImportedHighlight[]> | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (!Array.isArray(raw)) return null;
  const byUrl = new Map<string, ImportedHighlight[]>();
  for (const entry of raw) {
    const parsed = v.safeParse(PocketAnnotation, entry);
    const url = parsed.success ? normalizeUrl(parsed.output.url) : null;
    if (!parsed.success || !url) continue;
    const list = byUrl.get(url) ?? [];
    for (const h of parsed.output.highlights) {
      const one = v.safeParse(PocketHighlight, h);
      if (!one.success || list.length >= IMPORTED_HIGHLIGHTS_MAX) continue;
      const at = fromUnixSeconds(String(one.output.created_at));
      list.push({ exact: one.output.quote, createdAt: at !== null && v.is(TIME, at) && at <= now ? at : now });
    }
    if (list.length) byUrl.set(url, list);
  }
  return byUrl;
}

/** The drafts with the highlights of their address; highlights of pages not in the file are left. */
export function withHighlights(
  drafts: readonly ImportDraft[],
  byUrl: ReadonlyMap<string, ImportedHighlight[]>,
): ImportDraft[] {
  if (!byUrl.size) return [...drafts];
  return drafts.map((d) => {
    const found = byUrl.get(d.url);
    return found ? { ...d, highlights: found } : d;
  });
}

/** An imported highlight as a draft may carry it (checked again in the worker). */
const ImportedHighlightSchema = v.object({
  exact: v.pipe(v.string(), v.minLength(1), v.maxLength(EXACT_MAX)),
  createdAt: TIME,
});

/**
 * The highlight rows an import adds: each draft's highlights on its item (new or already in the
 * library), checked again, without repeating a passage the item already has (`have` holds
 * `itemId + '\n' + exact` of its highlights), so importing the same file twice adds nothing.
 */
export function planImportedHighlights(
  drafts: readonly ImportDraft[],
  itemByUrl: ReadonlyMap<string, { id: string; text: string }>,
  have: ReadonlySet<string>,
  newId: () => string,
): Highlight[] {
  const seen = new Set(have);
  const out: Highlight[] = [];
  for (const draft of drafts) {
    const item = itemByUrl.get(draft.url);
    if (!item || !Array.isArray(draft.highlights)) continue;
    for (const h of draft.highlights.slice(0, IMPORTED_HIGHLIGHTS_MAX)) {
      if (!v.is(ImportedHighlightSchema, h)) continue;
      const key = `${item.id}\n${h.exact}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(highlightOfPassage(item, h.exact, { id: newId(), createdAt: h.createdAt }));
    }
  }
  return out;
}
