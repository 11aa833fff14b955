import { cleanTags } from '../item/tags';
import type { ImportDraft, ImportProblem } from './import-draft';
import type { ItemStatus } from '../item/model';
import { normalizeUrl } from '../item/url';

/** Field caps: an import file is untrusted, and a 10 MB title must not reach the database. */
const CAPS = { title: 1_000, excerpt: 300, note: 10_000, url: 4_000 } as const;

/** Trims, collapses white space (unless `multiline`) and caps; null when nothing is left. */
export function capText(value: unknown, max: number, multiline = false): string | null {
  if (typeof value !== 'string') return null;
  const head = value.length > max * 2 ? value.slice(0, max * 2) : value;
  const v = (multiline ? head.replace(/\r\n?/g, '\n').replace(/[ \t]+/g, ' ') : head.replace(/\s+/g, ' ')).trim();
  if (!v) return null;
  return v.length > max ? `${v.slice(0, max - 1)}…` : v;
}

/** Unix seconds (Pocket, bookmark files) to epoch ms; null when not a plausible date. */
export function fromUnixSeconds(value: unknown): number | null {
  if (typeof value !== 'string' || !/^\s*\d{1,12}\s*$/.test(value)) return null;
  const ms = Number(value) * 1000;
  // Bookmark files of some browsers write microseconds: those are out of range here.
  return ms > 0 && ms < 8.64e15 ? ms : null;
}

/** An ISO 8601 date (Raindrop) to epoch ms; null when it does not parse. */
export function fromIsoDate(value: unknown): number | null {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(value.trim())) return null;
  const ms = Date.parse(value.trim());
  return Number.isFinite(ms) ? ms : null;
}

export interface RowInput {
  line: number;
  url: unknown;
  title: unknown;
  savedAt: number | null;
  /** What the date field said, for the message when it is unusable. */
  rawDate: unknown;
  tags: readonly string[];
  status: ItemStatus;
  excerpt?: unknown;
  note?: unknown;
}

const shorten = (value: unknown) => (typeof value === 'string' ? value.slice(0, 120) : '');

/**
 * The shared checks every format's rows go through: only http(s) addresses become items
 * (`javascript:`, `data:`, `file:` and `place:` are skipped with a reason), a missing or
 * unusable date falls back to `fallbackDate` with a note, over-long fields are cut.
 */
export function checkRow(input: RowInput, fallbackDate: number, problems: ImportProblem[]): ImportDraft | null {
  const rawUrl = typeof input.url === 'string' ? input.url.trim() : '';
  if (!rawUrl) {
    problems.push({ line: input.line, reason: 'no-url', detail: shorten(input.title) });
    return null;
  }
  const url = rawUrl.length <= CAPS.url ? normalizeUrl(rawUrl) : null;
  if (!url) {
    problems.push({ line: input.line, reason: 'not-web', detail: shorten(rawUrl) });
    return null;
  }
  if (input.savedAt === null && typeof input.rawDate === 'string' && input.rawDate.trim()) {
    problems.push({ line: input.line, reason: 'bad-date', detail: shorten(input.rawDate) });
  }
  const title = capText(input.title, CAPS.title);
  if (typeof input.title === 'string' && input.title.length > CAPS.title * 2) {
    problems.push({ line: input.line, reason: 'field-cut', detail: shorten(title) });
  }
  return {
    line: input.line,
    url,
    originalUrl: rawUrl,
    title,
    excerpt: capText(input.excerpt, CAPS.excerpt),
    note: capText(input.note, CAPS.note, true) ?? '',
    tags: cleanTags(input.tags),
    status: input.status,
    savedAt: input.savedAt ?? fallbackDate,
  };
}
