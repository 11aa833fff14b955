import { CATEGORIES, type Activity } from '../tracking/model';
import { NUDGE_OUTCOMES, type Nudge } from '../nudge/model';
import {
  GOAL_COLORS,
  GOAL_STATUSES,
  GoalEvidenceSchema,
  TITLE_MAX,
  WHY_MAX,
  type Goal,
  type GoalEvidence,
} from '../goal/model';
import { CAPTURE_QUALITIES, ITEM_KINDS, ITEM_STATUSES, SAVE_VIAS, type Item } from '../item/model';
import { oneOf } from '../one-of';
import { isHttpUrl, normalizeUrl } from '../item/url';
import { HTML_CAP } from '../text/cap';
import * as v from 'valibot';
import { HighlightSchema, type Highlight } from '../highlight/model';
import { ReviewCardSchema, type ReviewCard } from '../review/schedule';
import { LogEntrySchema, type LogEntry } from '../log/model';
import { ReviewTimeSchema, type ReviewTime } from '../review/time';
import { DayHoursSchema, type DayHours } from '../week/day-totals';

// A backup is a file the person may have edited or been sent: every row is checked before it
// reaches the database. A row missing what identifies it is dropped (and reported); a field of
// the wrong type gets its default. Fields we do not know are kept, so a backup of a newer build
// restored here loses nothing.

type Raw = Record<string, unknown>;
const isObj = (v: unknown): v is Raw => !!v && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown, fallback: string | null = null) => (typeof v === 'string' ? v : fallback);
const num = (v: unknown, fallback: number | null = null) =>
  typeof v === 'number' && Number.isFinite(v) ? v : fallback;
const strings = (v: unknown) => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []);
/**
 * Dates a backup may hold: from 1970 to the year 2200. A finite number far outside (1e300, say)
 * is no date: `new Date(1e300)` is invalid and breaks every export and view that formats it.
 */
const DATE_RANGE = { min: 0, max: 7_258_118_400_000 } as const;
const inDateRange = (v: unknown): v is number =>
  typeof v === 'number' && Number.isFinite(v) && v >= DATE_RANGE.min && v <= DATE_RANGE.max;
/** A date field: in range, or the fallback. */
const date = (v: unknown, fallback: number | null = null) => (inDateRange(v) ? v : fallback);
const oneOr = <T extends string>(v: unknown, allowed: readonly T[], fallback: T): T =>
  oneOf(allowed, v) ? v : fallback;

/** Why an item row of a backup cannot be restored (sanitizeItem gave null). */
export function itemRowProblem(row: unknown): 'date-out-of-range' | 'not-web' | 'damaged' {
  if (!isObj(row)) return 'damaged';
  if (typeof row.savedAt === 'number' && !inDateRange(row.savedAt)) return 'date-out-of-range';
  if (typeof row.url === 'string' && !normalizeUrl(row.url)) return 'not-web';
  if (row.originalUrl !== undefined && !isHttpUrl(row.originalUrl)) return 'not-web';
  return 'damaged';
}

export function sanitizeItem(row: unknown): Item | null {
  if (!isObj(row) || typeof row.id !== 'string' || typeof row.url !== 'string') return null;
  const url = normalizeUrl(row.url);
  const savedAt = date(row.savedAt);
  if (!url || savedAt === null) return null;
  // The address as the tab had it is opened and linked: a javascript:, data: or file: one is
  // refused with its row (itemRowProblem says so), never kept.
  if (row.originalUrl !== undefined && !isHttpUrl(row.originalUrl)) return null;
  // The search index is derived: the database layer rebuilds it on write.
  const rest: Raw = { ...row };
  delete rest.searchWords;
  delete rest.fieldWords;
  // Which import on this computer brought it: meaningless elsewhere.
  delete rest.importBatch;
  return {
    ...rest,
    id: row.id,
    url,
    originalUrl: str(row.originalUrl, url)!,
    kind: oneOr(row.kind, ITEM_KINDS, 'page'),
    title: str(row.title),
    author: str(row.author),
    siteName: str(row.siteName),
    excerpt: str(row.excerpt),
    lang: str(row.lang),
    handle: str(row.handle),
    canonicalUrl: str(row.canonicalUrl),
    publishedAt: date(row.publishedAt),
    text: str(row.text, '')!,
    quote: str(row.quote),
    wordCount: num(row.wordCount, 0)!,
    readingMinutes: num(row.readingMinutes, 0)!,
    goalIds: strings(row.goalIds),
    tags: strings(row.tags),
    status: oneOr(row.status, ITEM_STATUSES, 'unread'),
    note: str(row.note, '')!,
    savedAt,
    updatedAt: date(row.updatedAt, savedAt)!,
    doneAt: date(row.doneAt),
    engagedSeconds: num(row.engagedSeconds, 0)!,
    via: oneOr(row.via, SAVE_VIAS, 'import'),
    capture: oneOr(row.capture, CAPTURE_QUALITIES, 'none'),
    textCutChars: num(row.textCutChars, 0)!,
    // Drawn only after the reader sanitises it again; kept when it is text within the cap.
    ...(row.html === undefined
      ? {}
      : { html: typeof row.html === 'string' && row.html.length <= HTML_CAP ? row.html : null }),
  };
}

export function sanitizeGoal(row: unknown): Goal | null {
  if (!isObj(row) || typeof row.id !== 'string' || typeof row.title !== 'string' || !row.title.trim()) return null;
  const createdAt = date(row.createdAt, 0)!;
  return {
    ...row,
    id: row.id,
    title: row.title.slice(0, TITLE_MAX),
    why: str(row.why, '')!.slice(0, WHY_MAX),
    keywords: strings(row.keywords),
    weeklyMinutes: num(row.weeklyMinutes),
    weeklyItems: num(row.weeklyItems),
    // Only a colour: a value such as url(http://…) would make every page that draws the goal
    // request that address.
    color: typeof row.color === 'string' && /^#[0-9a-f]{6}$/i.test(row.color) ? row.color : GOAL_COLORS[0],
    status: oneOr(row.status, GOAL_STATUSES, 'active'),
    createdAt,
    updatedAt: date(row.updatedAt, createdAt)!,
    targetDate: date(row.targetDate),
    order: num(row.order, 0)!,
    evidence: evidenceOf(row.evidence),
  };
}

/** A goal's learned evidence when it is well formed; otherwise the goal simply starts afresh. */
function evidenceOf(value: unknown): GoalEvidence | undefined {
  const parsed = v.safeParse(GoalEvidenceSchema, value);
  return parsed.success ? parsed.output : undefined;
}

export function sanitizeActivity(row: unknown): Activity | null {
  if (!isObj(row) || typeof row.day !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(row.day)) return null;
  const seconds = num(row.seconds);
  if (typeof row.host !== 'string' || !row.host || seconds === null || seconds < 0) return null;
  const out: Activity = { day: row.day, host: row.host, category: oneOr(row.category, CATEGORIES, 'neutral'), seconds };
  if (isObj(row.byCategory)) {
    const by = row.byCategory;
    out.byCategory = Object.fromEntries(CATEGORIES.flatMap((c) => (num(by[c]) !== null ? [[c, by[c] as number]] : [])));
  }
  return out;
}

export function sanitizeNudge(row: unknown): Nudge | null {
  if (!isObj(row) || typeof row.id !== 'string' || typeof row.host !== 'string') return null;
  const at = date(row.at);
  if (at === null) return null;
  // When the person left the site after it: the readout's "left within five minutes".
  const leftAt = date(row.leftAt);
  return {
    id: row.id,
    at,
    host: row.host,
    trigger: 'budget',
    outcome: oneOr(row.outcome, NUDGE_OUTCOMES, 'ignored'),
    itemId: str(row.itemId),
    ...(leftAt !== null && leftAt >= at ? { leftAt } : {}),
  };
}

/** A highlight row: exactly what the reader would have written (colours from the list, no CSS). */
export function sanitizeHighlight(row: unknown): Highlight | null {
  const parsed = v.safeParse(HighlightSchema, row);
  return parsed.success ? parsed.output : null;
}

/** A review card row: FSRS fields that FSRS could have produced, else left out. */
export function sanitizeReviewCard(row: unknown): ReviewCard | null {
  const parsed = v.safeParse(ReviewCardSchema, row);
  return parsed.success ? parsed.output : null;
}

/** A log entry row: what the form could have written (a kind from the list, a real day), else left out. */
export function sanitizeLogEntry(row: unknown): LogEntry | null {
  const parsed = v.safeParse(LogEntrySchema, row);
  return parsed.success ? parsed.output : null;
}

/** A day's hours: a real day and 24 counts of seconds an hour could hold, else left out. */
export function sanitizeDayHours(row: unknown): DayHours | null {
  const parsed = v.safeParse(DayHoursSchema, row);
  return parsed.success ? parsed.output : null;
}

/** An answer's time: what the review could have written (a real day, at most ten minutes), else left out. */
export function sanitizeReviewTime(row: unknown): ReviewTime | null {
  const parsed = v.safeParse(ReviewTimeSchema, row);
  return parsed.success ? parsed.output : null;
}
