import { parseTextSize } from '../reader/prefs';
import { parseSettings } from '../tracking/settings';
import { parseDisplay } from '../week/display-settings';
import type { Change, Row } from './model';

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
  /** Its site lists merge per entry (ENTRY_FIELDS). */
  entries?: true;
}

const objectSetting = (parse: (raw: unknown) => object): SyncedSetting => ({
  toRow: (raw) => ({ ...parse(raw) }),
  fromRow: (row) => parse(row),
});

/**
 * The time settings' site lists merge per site, not whole: each entry is a field of its own,
 * `learning|docs.getdbt.com` (true while listed, null once removed: a tombstone with its own
 * stamp), so a site added on one computer and another added on a second both stay, and a
 * removal outlives an older add. Per-site limits and goals are maps: an entry holds its value.
 */
const ENTRY_FIELDS: Record<string, 'set' | 'map'> = {
  learning: 'set',
  distraction: 'set',
  offDefaults: 'set',
  siteLimits: 'map',
  siteGoals: 'map',
};
const SEP = '|';

function entryOf(name: string): [field: string, entry: string] | null {
  const at = name.indexOf(SEP);
  const field = name.slice(0, at);
  return at > 0 && Object.hasOwn(ENTRY_FIELDS, field) ? [field, name.slice(at + 1)] : null;
}

/** A value's lists and maps as one field per entry. */
function toEntries(value: Row): Row {
  const row: Row = {};
  for (const [field, v] of Object.entries(value)) {
    if (!Object.hasOwn(ENTRY_FIELDS, field)) row[field] = v;
    else if (Array.isArray(v)) for (const entry of v) row[`${field}${SEP}${String(entry)}`] = true;
    else if (typeof v === 'object' && v !== null)
      for (const [entry, x] of Object.entries(v)) row[`${field}${SEP}${entry}`] = x;
  }
  return row;
}

/**
 * The entries back as lists and maps, in the order they came. A list with no entry field keeps
 * its whole value: a record stored before lists merged per entry.
 */
function fromEntries(row: Row): Row {
  const out: Row = {};
  const entries: Record<string, [string, unknown][]> = {};
  for (const [name, v] of Object.entries(row)) {
    const entry = entryOf(name);
    if (entry) (entries[entry[0]] ??= []).push([entry[1], v]);
    else out[name] = v;
  }
  for (const [field, kind] of Object.entries(ENTRY_FIELDS)) {
    const listed = entries[field]?.filter(([, v]) => v != null);
    if (!listed) continue;
    out[field] = kind === 'set' ? listed.map(([entry]) => entry) : Object.fromEntries(listed);
  }
  return out;
}

/**
 * A change from a version before per-entry lists carries a list whole, under one stamp: it
 * becomes that stamp on each entry (the entries it holds listed, the others this device knows
 * removed), so an entry changed later elsewhere keeps its own, and an older computer's edit
 * still applies. `known` are the record's fields this device has.
 */
export function wholeListsAsEntries(change: Change, known: readonly string[]): Change {
  const f = { ...change.f };
  for (const field of Object.keys(ENTRY_FIELDS)) {
    if (!Object.hasOwn(f, field)) continue;
    const [value, stamp] = f[field]!;
    delete f[field];
    const listed = toEntries({ [field]: value });
    for (const name of known) if (entryOf(name)?.[0] === field && !(name in listed)) f[name] = [null, stamp];
    for (const [name, v] of Object.entries(listed)) f[name] = [v, stamp];
  }
  return { ...change, f };
}

export const SYNCED_SETTINGS: Record<string, SyncedSetting> = {
  tracking: {
    toRow: (raw) => toEntries({ ...parseSettings(raw) }),
    fromRow: (row) => parseSettings(fromEntries(row)),
    entries: true,
  },
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
