import * as v from 'valibot';
import { ID, text, TIME } from '../schema';
import { CONTEXT_CHARS, quoteAt } from './anchor';

/** A highlight in an item's text (the `highlights` table; see the data contract). */
export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

export const EXACT_MAX = 10_000;
export const NOTE_MAX = 2_000;

/** What the reader sends to make a highlight: the text-quote selector, a colour, a note. */
export const HighlightDraftSchema = v.object({
  itemId: ID,
  exact: v.pipe(v.string(), v.minLength(1), v.maxLength(EXACT_MAX)),
  prefix: text(CONTEXT_CHARS * 2),
  suffix: text(CONTEXT_CHARS * 2),
  start: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000_000)),
  color: v.picklist(HIGHLIGHT_COLORS),
  note: text(NOTE_MAX),
});
export type HighlightDraft = v.InferOutput<typeof HighlightDraftSchema>;

export const HighlightSchema = v.object({
  ...HighlightDraftSchema.entries,
  id: ID,
  createdAt: TIME,
  updatedAt: TIME,
});
export type Highlight = v.InferOutput<typeof HighlightSchema>;

/** A draft as stored: the note trimmed. */
export function newHighlight(draft: HighlightDraft, ctx: { id: string; now: number }): Highlight {
  return { ...draft, note: draft.note.trim(), id: ctx.id, createdAt: ctx.now, updatedAt: ctx.now };
}

/**
 * A passage that came without a selector (a quote saved before highlights, an import's
 * highlight) as a highlight of its item: anchored in the item's text when it is there, else
 * kept with its exact text only (the reader then says it cannot find it).
 */
export function highlightOfPassage(
  item: { id: string; text: string },
  exact: string,
  ctx: { id: string; createdAt: number },
): Highlight {
  const at = item.text.indexOf(exact);
  const quote = at >= 0 ? quoteAt(item.text, at, at + exact.length) : { exact, prefix: '', suffix: '', start: 0 };
  return {
    ...quote,
    itemId: item.id,
    color: 'yellow',
    note: '',
    id: ctx.id,
    createdAt: ctx.createdAt,
    updatedAt: ctx.createdAt,
  };
}

/**
 * A selection made on a live page (or only its text, when the page could not be asked) as a
 * yellow highlight of `itemId`, cut to what a highlight may hold; null when nothing is selected.
 */
export function pageHighlightDraft(
  itemId: string,
  quote: { exact: string; prefix?: string; suffix?: string; start?: number },
): HighlightDraft | null {
  const exact = quote.exact.trim().slice(0, EXACT_MAX);
  if (!exact) return null;
  const start = Number.isInteger(quote.start) ? Math.min(Math.max(quote.start!, 0), 10_000_000) : 0;
  return {
    itemId,
    exact,
    prefix: (quote.prefix ?? '').slice(-CONTEXT_CHARS * 2),
    suffix: (quote.suffix ?? '').slice(0, CONTEXT_CHARS * 2),
    start,
    color: 'yellow',
    note: '',
  };
}
