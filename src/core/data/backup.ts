import type { Activity } from '../tracking/model';
import type { Nudge } from '../nudge/model';
import type { Goal } from '../goal/model';
import type { Item } from '../item/model';
import type { Highlight } from '../highlight/model';
import { reviewCardProblem, type ReviewCard } from '../review/schedule';
import type { LogEntry } from '../log/model';
import type { ReviewTime } from '../review/time';
import type { DayHours } from '../week/day-totals';
import {
  itemRowProblem,
  sanitizeActivity,
  sanitizeDayHours,
  sanitizeGoal,
  sanitizeHighlight,
  sanitizeItem,
  sanitizeLogEntry,
  sanitizeNudge,
  sanitizeReviewCard,
  sanitizeReviewTime,
} from './backup-validate';

const BACKUP_FORMAT = 'learnmark-backup';
const BACKUP_VERSION = 1;

/** The one backup file: everything the person has, as plain JSON. */
export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** Epoch ms. */
  exportedAt: number;
  items: Item[];
  goals: Goal[];
  activity: Activity[];
  nudges: Nudge[];
  /** Highlights and their notes (absent from files made before the reader: none). */
  highlights: Highlight[];
  /** Review cards with their FSRS schedule (absent in older files: none). */
  reviewCards: ReviewCard[];
  /** Learning logged by hand (absent in older files: none). */
  logEntries: LogEntry[];
  /**
   * The time of each review answer, by day and goal (absent in older files: none). The trash a
   * cleared takeaway's card waits in (`cardTrash`) is not backed up: it holds an Undo of the
   * last day on this computer, and the takeaway it would bring back is in the item.
   */
  reviewLog: ReviewTime[];
  /**
   * Distraction seconds by clock hour of each day that has them (the `days` table's
   * `distractionByHour`), for "does the nudge help?" (absent in older files: none).
   */
  days: DayHours[];
  /** `storage.sync` as it was (time settings and site rules). */
  settings: Record<string, unknown>;
}

type BackupError = 'not-json' | 'not-backup' | 'newer-version' | 'unsafe-keys';
/** A row of the file left out, and why: `index` is its 0-based position in its table. */
export interface InvalidRow {
  table: string;
  index: number;
  reason: 'date-out-of-range' | 'not-web' | 'damaged' | 'impossible-card';
  /** For an impossible card: the fields at fault. */
  detail?: string;
}
export type ParsedBackup = { ok: true; backup: Backup; invalid: InvalidRow[] } | { ok: false; error: BackupError };

/**
 * Builds the file from what the tables hold. Rows are sorted by key and the search index
 * (derived, rebuilt on write) is left out, so two backups of the same library are identical
 * apart from `exportedAt`.
 */
export function makeBackup(
  tables: Omit<
    Backup,
    'format' | 'version' | 'exportedAt' | 'highlights' | 'reviewCards' | 'logEntries' | 'reviewLog' | 'days'
  > & {
    highlights?: Highlight[];
    reviewCards?: ReviewCard[];
    logEntries?: LogEntry[];
    reviewLog?: ReviewTime[];
    days?: DayHours[];
  },
  now: number,
): Backup {
  const byKey =
    <T>(key: (row: T) => string) =>
    (a: T, b: T) =>
      key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now,
    items: tables.items.map(({ searchWords: _words, fieldWords: _fields, ...item }) => item).sort(byKey((i) => i.id)),
    goals: [...tables.goals].sort(byKey((g) => g.id)),
    activity: [...tables.activity].sort(byKey((a) => `${a.day} ${a.host}`)),
    nudges: [...tables.nudges].sort(byKey((n) => n.id)),
    highlights: [...(tables.highlights ?? [])].sort(byKey((h) => h.id)),
    reviewCards: [...(tables.reviewCards ?? [])].sort(byKey((c) => c.id)),
    logEntries: [...(tables.logEntries ?? [])].sort(byKey((l) => l.id)),
    reviewLog: [...(tables.reviewLog ?? [])].sort(byKey((r) => r.id)),
    days: [...(tables.days ?? [])].sort(byKey((d) => d.day)),
    settings: tables.settings,
  };
}

/**
 * Version 0 is the format of the first builds (the save issue): items and goals only, items
 * without `updatedAt`, `capture` and `textCutChars`. Upgrading fills what later versions add.
 */
function upgradeV0(raw: Record<string, unknown>): Record<string, unknown> {
  const items = Array.isArray(raw.items) ? raw.items : [];
  return {
    ...raw,
    version: 1,
    items: items.map((item: unknown) =>
      item && typeof item === 'object'
        ? { capture: 'none', textCutChars: 0, ...item, updatedAt: (item as Item).updatedAt ?? (item as Item).savedAt }
        : item,
    ),
    activity: [],
    nudges: [],
    settings: {},
  };
}

/** Why a row was left out, in terms the preview can show. */
function rowProblem(table: string, index: number, row: unknown): InvalidRow {
  if (table === 'items') return { table, index, reason: itemRowProblem(row) };
  const card = table === 'reviewCards' && row && typeof row === 'object' ? reviewCardProblem(row) : null;
  return card ? { table, index, reason: 'impossible-card', detail: card } : { table, index, reason: 'damaged' };
}

function rows<T>(value: unknown, table: string, check: (row: unknown) => T | null, invalid: InvalidRow[]): T[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((row, index) => {
    const ok = check(row);
    if (!ok) invalid.push(rowProblem(table, index, row));
    return ok ? [ok] : [];
  });
}

const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Reads a backup file's text: checked row by row, upgraded from older versions. */
export function parseBackup(text: string): ParsedBackup {
  let raw: unknown;
  // No backup of ours has these keys; in a file they can only be an attempt to reach an
  // object's prototype somewhere downstream. The whole file is refused, nothing merged.
  let unsafe = false;
  try {
    raw = JSON.parse(text, function (key, value: unknown) {
      if (UNSAFE_KEYS.has(key)) unsafe = true;
      return value;
    });
  } catch {
    return { ok: false, error: 'not-json' };
  }
  if (unsafe) return { ok: false, error: 'unsafe-keys' };
  if (!raw || typeof raw !== 'object' || (raw as { format?: unknown }).format !== BACKUP_FORMAT)
    return { ok: false, error: 'not-backup' };
  let data = raw as Record<string, unknown>;
  if (typeof data.version !== 'number' || !Number.isInteger(data.version) || data.version < 0)
    return { ok: false, error: 'not-backup' };
  if (data.version > BACKUP_VERSION) return { ok: false, error: 'newer-version' };
  if (data.version === 0) data = upgradeV0(data);
  const invalid: InvalidRow[] = [];
  const settings =
    data.settings && typeof data.settings === 'object' && !Array.isArray(data.settings)
      ? (data.settings as Record<string, unknown>)
      : {};
  return {
    ok: true,
    invalid,
    backup: {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: typeof data.exportedAt === 'number' ? data.exportedAt : 0,
      items: rows(data.items, 'items', sanitizeItem, invalid),
      goals: rows(data.goals, 'goals', sanitizeGoal, invalid),
      activity: rows(data.activity, 'activity', sanitizeActivity, invalid),
      nudges: rows(data.nudges, 'nudges', sanitizeNudge, invalid),
      highlights: rows(data.highlights, 'highlights', sanitizeHighlight, invalid),
      reviewCards: rows(data.reviewCards, 'reviewCards', sanitizeReviewCard, invalid),
      logEntries: rows(data.logEntries, 'logEntries', sanitizeLogEntry, invalid),
      reviewLog: rows(data.reviewLog, 'reviewLog', sanitizeReviewTime, invalid),
      days: rows(data.days, 'days', sanitizeDayHours, invalid),
      settings,
    },
  };
}
