import type { Item, ItemStatus } from '../item/model';
import { detectKind } from '../item/kind';
import { displayHost } from '../item/url';

/** A highlight an export carried: its passage and when it was made (epoch ms). */
export interface ImportedHighlight {
  exact: string;
  createdAt: number;
}

/**
 * One row of an import file, mapped and checked but not yet stored. `line` is where it starts
 * in the file (1-based), so a preview and an error can point at it.
 */
export interface ImportDraft {
  line: number;
  url: string;
  originalUrl: string;
  title: string | null;
  excerpt: string | null;
  note: string;
  tags: string[];
  status: ItemStatus;
  /** The original saved date, epoch ms. */
  savedAt: number;
  /** Highlights the export carried for this page (Pocket's annotations). */
  highlights?: ImportedHighlight[];
}

type ProblemReason =
  | 'no-url'
  | 'not-web'
  | 'bad-date'
  | 'duplicate-in-file'
  | 'already-saved'
  | 'field-cut'
  | 'not-in-folder'
  /** A backup item whose id an earlier item of the file already has. */
  | 'duplicate-id'
  /** A backup item whose saved date is no real date (before 1970, after 2200, 1e300). */
  | 'date-out-of-range'
  /** A backup's review card with fields FSRS could not have produced. */
  | 'impossible-card';

/** A row that was skipped (or kept with a change the person should know about), and why. */
export interface ImportProblem {
  line: number;
  reason: ProblemReason;
  /** What the row said, shortened, so the person can find it. */
  detail: string;
  /** A backup row that is no item: `line` counts that table's rows. */
  where?: 'card';
}

export interface MappedRows {
  drafts: ImportDraft[];
  problems: ImportProblem[];
}

/**
 * The item an import row becomes. Imported items were never read by Learnmark: no page text,
 * capture `none`, and the original saved date. A finished item's `doneAt` is its saved date,
 * the only date the exports give, so old reads land in their own week, not this one.
 */
export function draftToItem(
  draft: ImportDraft,
  ctx: { now: number; newId: () => string; goalId: string | null },
): Item {
  return {
    id: ctx.newId(),
    url: draft.url,
    originalUrl: draft.originalUrl,
    kind: detectKind(draft.url, { readable: true }),
    title: draft.title ?? displayHost(draft.url),
    author: null,
    siteName: displayHost(draft.url),
    excerpt: draft.excerpt,
    lang: null,
    handle: null,
    canonicalUrl: null,
    publishedAt: null,
    text: '',
    quote: null,
    wordCount: 0,
    readingMinutes: 0,
    goalIds: ctx.goalId ? [ctx.goalId] : [],
    tags: draft.tags,
    status: draft.status,
    note: draft.note,
    savedAt: draft.savedAt,
    updatedAt: ctx.now,
    doneAt: draft.status === 'done' ? draft.savedAt : null,
    engagedSeconds: 0,
    via: 'import',
    capture: 'none',
    textCutChars: 0,
  };
}
