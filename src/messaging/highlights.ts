import type { Highlight, HighlightColor, HighlightDraft } from '../core/highlight/model';

/** Highlights and their notes (reader page → worker). */
export interface HighlightMessages {
  /** Null when the item is no longer in the library. */
  'highlight-add': { request: HighlightDraft; response: Highlight | null };
  'highlight-update': { request: { id: string; color?: HighlightColor; note?: string }; response: Highlight | null };
  /** Answers what was removed, for Undo. */
  'highlight-delete': { request: { id: string }; response: Highlight | null };
  'highlight-restore': { request: Highlight; response: Highlight | null };
}
