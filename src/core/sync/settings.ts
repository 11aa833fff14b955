import { parseTextSize } from '../reader/prefs';
import { parseSettings } from '../tracking/settings';
import { parseDisplay } from '../week/display-settings';
import type { Row } from './model';

/**
 * The settings that sync, by their `storage.sync` key: the time settings with the site rules
 * (lists, limits, schedule, timed rules, the goals a site counts toward), how the week is
 * shown, and the reader's text size. Each is one record whose fields merge one by one. A
 * value travels as stored; the parser that reads it from storage checks it on arrival.
 */
interface SyncedSetting {
  /** The stored value (anything, from any version) as the record's fields. */
  toRow(raw: unknown): Row;
  /** The record's fields as the value to store. */
  fromRow(row: Row): unknown;
}

const objectSetting = (parse: (raw: unknown) => object): SyncedSetting => ({
  toRow: (raw) => ({ ...parse(raw) }),
  fromRow: (row) => parse(row),
});

export const SYNCED_SETTINGS: Record<string, SyncedSetting> = {
  tracking: objectSetting(parseSettings),
  display: objectSetting(parseDisplay),
  readerTextSize: { toRow: (raw) => ({ size: parseTextSize(raw) }), fromRow: (row) => parseTextSize(row.size) },
};

export function syncedSetting(key: string): SyncedSetting | null {
  return Object.hasOwn(SYNCED_SETTINGS, key) ? SYNCED_SETTINGS[key]! : null;
}

/** A setting's record as a check (check.ts): the fields its parser keeps as they are. */
export const normaliseSetting =
  (setting: SyncedSetting) =>
  (row: Row): Row =>
    setting.toRow(setting.fromRow(row));

/** The fields of `after` that differ from `before` (the settings a person changed). */
export function changedFields(before: Row, after: Row): string[] {
  const fields = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...fields].filter((f) => JSON.stringify(before[f] ?? null) !== JSON.stringify(after[f] ?? null));
}
