import { draftToItem, type ImportDraft, type ImportProblem } from './import-draft';
import { cleanTags } from '../item/tags';
import type { Item } from '../item/model';

export interface ImportPlan {
  add: Item[];
  update: Item[];
  /** Rows not written, and why (duplicates in the file, pages already in the library). */
  skipped: ImportProblem[];
}

export interface PlanContext {
  now: number;
  newId: () => string;
  /** Tie every added or updated item to this goal. */
  goalId: string | null;
}

/**
 * What an import will do to the library, merged by normalised URL. The library's own data is
 * never lost: tags are added to, never replaced, the earliest saved date is kept, and the
 * newer side wins for title and status (the row's date against the item's last change).
 */
export function planImport(
  drafts: readonly ImportDraft[],
  existing: ReadonlyMap<string, Item>,
  ctx: PlanContext,
): ImportPlan {
  const plan: ImportPlan = { add: [], update: [], skipped: [] };
  walkImport(drafts, existing, ctx, plan, (draft) => plan.add.push(draftToItem(draft, ctx)));
  return plan;
}

/**
 * What `planImport` would count, without building the items it would add: a preview of a
 * million rows needs the counts and the problems, not a million items (`add` is left empty).
 */
export function countImport(
  drafts: readonly ImportDraft[],
  existing: ReadonlyMap<string, Item>,
  ctx: PlanContext,
): ImportPlan & { added: number } {
  const plan = { add: [] as Item[], update: [] as Item[], skipped: [] as ImportProblem[], added: 0 };
  walkImport(drafts, existing, ctx, plan, () => plan.added++);
  return plan;
}

/**
 * Rows one transaction of a large import writes: an import of up to this many rows is all or
 * nothing; a larger one is written in parts of this size, each its own transaction with its
 * progress (db/data.ts), because a million rows in one transaction outlive the five minutes
 * Chromium gives a service worker's event. The page sends one part at a time, so the worker
 * never holds more than one part's rows (background/data.ts).
 */
export const IMPORT_PART_ROWS = 50_000;
/**
 * A restore's part is smaller: a backup's items carry their page text (up to 200 000
 * characters each), and a part is held whole in the worker's memory before it is written.
 */
export const RESTORE_PART_ROWS = 5_000;

/**
 * The most one `data-stage` message carries, and one part holds, in characters of JSON (runtime
 * messages travel as JSON). Rows alone do not bound them: a backup's item carries up to 200 000
 * characters of page text, so 2 000 of them made a message of 400 MB (Chromium refuses over
 * 64 MB), and a part of 5 000 held a gigabyte in the worker. A part ends at whichever comes first.
 */
export const UPLOAD_BYTES = { message: 8 * 1024 * 1024, part: 32 * 1024 * 1024 } as const;

/** A row's size as a message carries it: the characters of its JSON. */
export const rowBytes = (row: unknown): number => JSON.stringify(row)?.length ?? 0;

/**
 * The rows of `rows` from `from`: at most `maxRows`, and at most `maxBytes` together (rowBytes),
 * with their size. With `atLeastOne`, a first row larger than `maxBytes` is taken alone (a part
 * must move on); without, none is taken, and the caller ends its part there.
 */
export function rowsWithin(
  rows: readonly unknown[],
  from: number,
  maxRows: number,
  maxBytes: number,
  atLeastOne: boolean,
): { rows: unknown[]; bytes: number } {
  const taken: unknown[] = [];
  let bytes = 0;
  for (let i = from; i < Math.min(rows.length, from + maxRows); i++) {
    const size = rowBytes(rows[i]);
    if (bytes + size > maxBytes && (taken.length || !atLeastOne)) break;
    taken.push(rows[i]);
    bytes += size;
  }
  return { rows: taken, bytes };
}

/**
 * The first row of each URL, and the later ones as duplicates: what a write in several parts
 * dedupes up front, since a URL's second row may fall in a later part than its first.
 */
export function firstOfEachUrl(drafts: readonly ImportDraft[]): {
  unique: ImportDraft[];
  duplicates: ImportProblem[];
} {
  const seen = new Map<string, number>();
  const unique: ImportDraft[] = [];
  const duplicates: ImportProblem[] = [];
  for (const draft of drafts) {
    const first = seen.get(draft.url);
    if (first === undefined) {
      seen.set(draft.url, draft.line);
      unique.push(draft);
    } else duplicates.push({ line: draft.line, reason: 'duplicate-in-file', detail: String(first) });
  }
  return { unique, duplicates };
}

/** The one pass both share: duplicates in the file, new rows (`onNew`), merges, rows already saved. */
function walkImport(
  drafts: readonly ImportDraft[],
  existing: ReadonlyMap<string, Item>,
  ctx: PlanContext,
  plan: Pick<ImportPlan, 'update' | 'skipped'>,
  onNew: (draft: ImportDraft) => void,
): void {
  const { unique, duplicates } = firstOfEachUrl(drafts);
  for (const draft of unique) {
    const item = existing.get(draft.url);
    if (!item) {
      onNew(draft);
      continue;
    }
    const merged = mergeInto(item, draft, ctx);
    if (merged) plan.update.push(merged);
    else plan.skipped.push({ line: draft.line, reason: 'already-saved', detail: draft.url });
  }
  // In file order, as the preview lists them.
  for (const problem of duplicates) plan.skipped.push(problem);
  plan.skipped.sort((a, b) => a.line - b.line);
}

function mergeInto(item: Item, draft: ImportDraft, ctx: PlanContext): Item | null {
  const draftNewer = draft.savedAt > item.updatedAt;
  const tags = cleanTags([...item.tags, ...draft.tags]);
  const goalIds = ctx.goalId && !item.goalIds.includes(ctx.goalId) ? [...item.goalIds, ctx.goalId] : item.goalIds;
  const status = draftNewer ? draft.status : item.status;
  const title = (draftNewer && draft.title) || item.title || draft.title;
  const savedAt = Math.min(item.savedAt, draft.savedAt);
  const changed =
    tags.length !== item.tags.length ||
    goalIds !== item.goalIds ||
    status !== item.status ||
    title !== item.title ||
    savedAt !== item.savedAt;
  if (!changed) return null;
  const doneAt = status === 'done' ? (item.doneAt ?? draft.savedAt) : status === item.status ? item.doneAt : null;
  return { ...item, tags, goalIds, status, title, savedAt, doneAt, updatedAt: ctx.now };
}

/** What an import brings, for its preview: a few of its rows, the dates it spans, its tags. */
export interface ImportSummary {
  samples: { title: string | null; url: string }[];
  /** The earliest and latest saved dates of its rows (epoch ms), or null without rows. */
  from: number | null;
  to: number | null;
  /** Its tags, most used first, with how many rows carry each. */
  tags: { tag: string; count: number }[];
}

/** One pass over any number of rows: the first `samples` rows and the `tags` most used tags. */
export function summarizeImport(
  drafts: readonly ImportDraft[],
  { samples = 3, tags = 8 }: { samples?: number; tags?: number } = {},
): ImportSummary {
  let from: number | null = null;
  let to: number | null = null;
  const counts = new Map<string, number>();
  for (const draft of drafts) {
    if (from === null || draft.savedAt < from) from = draft.savedAt;
    if (to === null || draft.savedAt > to) to = draft.savedAt;
    for (const tag of draft.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  return {
    samples: drafts.slice(0, samples).map((d) => ({ title: d.title, url: d.url })),
    from,
    to,
    tags: [...counts]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, tags)
      .map(([tag, count]) => ({ tag, count })),
  };
}

/** Whether a file brings nothing new: every row is already in the library (or a repeat of one). */
export const allAlreadySaved = (plan: Pick<ImportPlan, 'skipped'>, added: number, updated: number) =>
  added === 0 &&
  updated === 0 &&
  plan.skipped.length > 0 &&
  plan.skipped.every((p) => p.reason === 'already-saved' || p.reason === 'duplicate-in-file');
