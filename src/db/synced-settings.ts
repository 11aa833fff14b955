import { checkRow } from '../core/sync/check';
import { formatStamp, tick } from '../core/sync/hlc';
import { applyChange, EMPTY_META } from '../core/sync/merge';
import { SETTINGS_RECORDS, SETTINGS_SPEC, type Change, type RefusedRow, type Row } from '../core/sync/model';
import { changedFields, normaliseSetting, syncedSetting, wholeListsAsEntries } from '../core/sync/settings';
import { now } from '../platform/clock';
import type { LearnmarkDb } from './db';
import { SYNC_TABLES, type DeviceState, type MetaRow, type SettingsSeen } from './sync-recorder';

/**
 * The settings in sync's records. They live in `storage.sync`, outside the database, so they
 * are not recorded by the write itself: the worker compares what storage holds with what it
 * last saw there (`recordSettings`), and writes what other devices changed back into storage
 * (`mergedSettings`, then `settingsWritten`), always in that order, so a person's change made
 * meanwhile is stamped before anything is written over it.
 */
const syncTables = (database: LearnmarkDb) => SYNC_TABLES.map((t) => database.table(t));

async function seen(database: LearnmarkDb): Promise<SettingsSeen> {
  return ((await database.syncState.get('settings')) as SettingsSeen | undefined) ?? { key: 'settings', stored: {} };
}

/**
 * What this device last saw in storage for a setting, as this version keeps its record (seen
 * by an older version, its site lists are whole: they become entries, not a change).
 */
async function seenRow(database: LearnmarkDb, key: string): Promise<Row | null> {
  const setting = syncedSetting(key);
  const row = (await seen(database)).stored[key];
  return setting && row ? normaliseSetting(setting)(row) : null;
}

const metaOf = async (database: LearnmarkDb, key: string): Promise<MetaRow> =>
  (await database.syncMeta.get([SETTINGS_RECORDS, key])) ?? { ...EMPTY_META, t: SETTINGS_RECORDS, k: key };

/**
 * Stamps the settings that differ from what this device last saw in storage (`current`, by
 * storage key, as `toRow` gives them). The first time, they are compared with the defaults:
 * a new device's untouched settings are no edit and never override another device's.
 */
export async function recordSettings(database: LearnmarkDb, current: Record<string, Row>): Promise<void> {
  await database.transaction('rw', syncTables(database), async () => {
    const device = (await database.syncState.get('device')) as DeviceState | undefined;
    if (!device) return;
    const stored = { ...(await seen(database)).stored };
    let clock = device.clock;
    for (const [key, row] of Object.entries(current)) {
      const setting = syncedSetting(key);
      if (!setting) continue;
      const fields = changedFields((await seenRow(database, key)) ?? setting.toRow(undefined), row);
      stored[key] = row;
      if (!fields.length) continue;
      clock = tick(clock, now());
      const stamp = formatStamp(clock, device.id);
      const meta = await metaOf(database, key);
      const parked = { ...meta.parked };
      const stamps = { ...meta.stamps };
      for (const field of fields) {
        parked[field] = row[field];
        stamps[field] = stamp;
      }
      await database.syncMeta.put({ ...meta, stamps, parked });
      const queued = await database.outbox.get([SETTINGS_RECORDS, key]);
      await database.outbox.put({ t: SETTINGS_RECORDS, k: key, since: queued?.since ?? stamp, last: stamp });
    }
    await database.syncState.bulkPut([
      { ...device, clock },
      { key: 'settings', stored },
    ]);
  });
}

/**
 * Folds another device's change of a setting into its record (inside applyBatch's
 * transaction). A value its parser would not keep as it is refuses the change, named.
 */
export async function applySettingsChange(database: LearnmarkDb, change: Change): Promise<RefusedRow | null> {
  const setting = syncedSetting(change.k);
  if (!setting) return { t: change.t, k: change.k, fields: ['row'] };
  const meta = await metaOf(database, change.k);
  const base = (await seenRow(database, change.k)) ?? setting.toRow(undefined);
  const known = [...new Set([...Object.keys(base), ...Object.keys(meta.stamps), ...Object.keys(meta.parked ?? {})])];
  const entries = setting.entries ? wholeListsAsEntries(change, known) : change;
  const merged = applyChange(SETTINGS_SPEC, null, meta, entries);
  const values = merged.row ?? merged.meta.parked ?? {};
  const checked = checkRow(normaliseSetting(setting), { ...base, ...values }, Object.keys(entries.f));
  if (!checked.ok) return { t: change.t, k: change.k, fields: checked.fields };
  await database.syncMeta.put({ ...merged.meta, parked: values, t: SETTINGS_RECORDS, k: change.k });
  return null;
}

/** The settings other devices changed that storage does not hold yet, by storage key. */
export async function mergedSettings(database: LearnmarkDb): Promise<Record<string, Row>> {
  const metas = await database.syncMeta
    .where('[t+k]')
    .between([SETTINGS_RECORDS, ''], [SETTINGS_RECORDS, '\uffff'])
    .toArray();
  const out: Record<string, Row> = {};
  for (const meta of metas) {
    const setting = syncedSetting(meta.k);
    if (!setting || !meta.parked) continue;
    const before = (await seenRow(database, meta.k)) ?? setting.toRow(undefined);
    const target = normaliseSetting(setting)({ ...before, ...meta.parked });
    if (changedFields(before, target).length) out[meta.k] = target;
  }
  return out;
}

/** Storage now holds these settings (written from `mergedSettings`). */
export async function settingsWritten(database: LearnmarkDb, rows: Record<string, Row>): Promise<void> {
  await database.transaction('rw', database.syncState, async () => {
    const { stored } = await seen(database);
    await database.syncState.put({ key: 'settings', stored: { ...stored, ...rows } });
  });
}
