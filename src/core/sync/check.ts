import {
  sanitizeGoal,
  sanitizeHighlight,
  sanitizeItem,
  sanitizeLogEntry,
  sanitizeReviewCard,
} from '../data/backup-validate';
import * as v from 'valibot';
import { ReviewTimeSchema } from '../review/time';
import type { Row, SyncedTableName } from './model';

/**
 * A record from another device is checked field by field before it is stored, with the same
 * checks a backup's rows pass: a batch is authenticated, so it was written with the passphrase,
 * but a device with a bug (or an older or newer build) can still write a row this build would
 * never write. Such a change is refused whole and named, never stored half-right.
 */
export type Normalise = (row: Row) => Row | null;

export const TABLE_CHECKS: Record<SyncedTableName, Normalise> = {
  items: (row) => sanitizeItem(row) as Row | null,
  goals: (row) => sanitizeGoal(row),
  highlights: (row) => sanitizeHighlight(row),
  reviewCards: (row) => sanitizeReviewCard(row) as Row | null,
  logEntries: (row) => sanitizeLogEntry(row),
  reviewLog: (row) => {
    const parsed = v.safeParse(ReviewTimeSchema, row);
    return parsed.success ? parsed.output : null;
  },
};

export type Checked = { ok: true; row: Row } | { ok: false; fields: string[] };

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The row to store, as the check gives it back, when every field the change wrote is one the
 * check keeps as it is; otherwise the fields at fault (`row` when the row as a whole is refused:
 * no address, a date that is no date). An empty field (null) may take the check's default: a
 * row written before a field existed has none.
 */
export function checkRow(normalise: Normalise, merged: Row, changed: readonly string[]): Checked {
  const row = normalise(merged);
  if (!row) return { ok: false, fields: ['row'] };
  const fields = changed.filter((field) => merged[field] != null && !same(row[field], merged[field]));
  return fields.length ? { ok: false, fields } : { ok: true, row };
}
