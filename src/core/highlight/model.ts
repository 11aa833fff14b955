import * as v from 'valibot';
import { ID, text, TIME } from '../schema';
import { CONTEXT_CHARS } from './anchor';

/** A highlight in an item's text (the `highlights` table; see the data contract). */
export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

const EXACT_MAX = 10_000;
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
