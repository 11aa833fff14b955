import { checkRow, TABLE_CHECKS } from '../core/sync/check';
import { formatStamp, receive, tick } from '../core/sync/hlc';
import { applyChange, changeSince, EMPTY_META } from '../core/sync/merge';
import {
  DAY_TOTALS,
  mergeSpec,
  SETTINGS_RECORDS,
  SYNCED_TABLES,
  type Batch,
  type Change,
  type RefusedRow,
  type Row,
  type SyncedTableName,
} from '../core/sync/model';
import { now } from '../platform/clock';
import type { LearnmarkDb } from './db';
import {
  APPLYING_REMOTE,
  SYNC_TABLES,
  type DeviceState,
  type MetaRow,
  type OutboxRow,
  type Progress,
} from './sync-recorder';
import { applyDayTotalsChange, ownIds } from './sync-day-totals';
import { applySettingsChange } from './synced-settings';

const NO_PROGRESS: Progress = { key: 'progress', sent: 0, sending: null, seen: {} };
const SYNCED = Object.keys(SYNCED_TABLES) as SyncedTableName[];
const allTables = (database: LearnmarkDb) => [
  ...SYNCED.map((t) => database.table(t)),
  ...SYNC_TABLES.map((t) => database.table(t)),
  database.deviceDays,
];

export async function syncDevice(database: LearnmarkDb): Promise<DeviceState | null> {
  return ((await database.syncState.get('device')) as DeviceState | undefined) ?? null;
}

export async function syncProgress(database: LearnmarkDb): Promise<Progress> {
  return ((await database.syncState.get('progress')) as Progress | undefined) ?? NO_PROGRESS;
}

/** This device's note on the server now says `note`. */
export async function noteWritten(database: LearnmarkDb, note: { at: number; pruned: number }): Promise<void> {
  await database.transaction('rw', database.syncState, async () => {
    await database.syncState.put({ ...(await syncProgress(database)), note });
  });
}

/**
 * Starts recording on this device under `id`, and queues everything already stored: the first
 * batches are this device's whole library, so another device can start from them.
 */
export async function startRecording(database: LearnmarkDb, id: string): Promise<void> {
  await database.transaction('rw', allTables(database), async () => {
    const clock = tick({ wall: 0, counter: 0 }, now());
    const stamp = formatStamp(clock, id);
    await database.syncState.bulkPut([{ key: 'device', id, clock } satisfies DeviceState, NO_PROGRESS]);
    for (const name of SYNCED) {
      const spec = SYNCED_TABLES[name];
      const metas: MetaRow[] = [];
      await database.table<Row>(name).each((row) => {
        const stamps = Object.fromEntries(
          Object.keys(row)
            .filter((f) => !(spec.local as readonly string[]).includes(f))
            .map((f) => [f, stamp]),
        );
        metas.push({ t: name, k: String(row[spec.key]), stamps, prev: {}, deleted: null, parked: null });
      });
      await database.syncMeta.bulkPut(metas);
      await database.outbox.bulkPut(metas.map(({ t, k }) => ({ t, k, since: stamp, last: stamp })));
    }
  });
}

/** Forgets this device's sync state; the library stays as it is. */
export async function stopRecording(database: LearnmarkDb): Promise<void> {
  await database.transaction(
    'rw',
    SYNC_TABLES.map((t) => database.table(t)),
    async () => {
      // The id it synced under is kept: its time totals, met again on the server, are its own.
      const former = await ownIds(database);
      await Promise.all([database.syncMeta.clear(), database.outbox.clear(), database.syncState.clear()]);
      if (former.length) await database.syncState.put({ key: 'former', ids: former });
    },
  );
}

/**
 * The next batch to send: the one a stopped worker was sending, or the records waiting now (at
 * most `max`, about `maxBytes` of JSON). Null when nothing waits.
 */
export async function nextBatch(database: LearnmarkDb, max = 500, maxBytes = 4_000_000): Promise<Batch | null> {
  return database.transaction('rw', allTables(database), async () => {
    const device = await syncDevice(database);
    if (!device) return null;
    const progress = await syncProgress(database);
    const rows = progress.sending?.rows ?? (await database.outbox.limit(max).toArray());
    if (!rows.length) return null;
    const seq = progress.sending?.seq ?? progress.sent + 1;
    const changes: Change[] = [];
    const taken: OutboxRow[] = [];
    let bytes = 0;
    for (const row of rows) {
      const spec = mergeSpec(row.t);
      if (!spec) continue;
      // A setting's values, and a day's totals, are in its meta (synced-settings.ts, sync-day-totals.ts).
      const [record, meta] = await Promise.all([
        row.t === SETTINGS_RECORDS || row.t === DAY_TOTALS ? null : database.table<Row>(row.t).get(row.k),
        database.syncMeta.get([row.t, row.k]),
      ]);
      const change = changeSince(row.t, spec, row.k, record ?? null, meta ?? EMPTY_META, row.since);
      taken.push(row);
      if (change) {
        changes.push(change);
        bytes += JSON.stringify(change).length;
      }
      if (bytes > maxBytes && !progress.sending) break;
    }
    if (!progress.sending) await database.syncState.put({ ...progress, sending: { seq, rows: taken } });
    return { format: 1, device: device.id, seq, changes };
  });
}

/** The batch being sent is stored: its records wait no more, unless they changed meanwhile. */
export async function batchSent(database: LearnmarkDb, seq: number): Promise<void> {
  await database.transaction('rw', allTables(database), async () => {
    const progress = await syncProgress(database);
    if (progress.sending?.seq !== seq) return;
    const sent = progress.sending.rows;
    const current = await database.outbox.bulkGet(sent.map((r) => [r.t, r.k]));
    await database.outbox.bulkDelete(sent.filter((r, i) => current[i]?.last === r.last).map((r) => [r.t, r.k]));
    // Changed while being sent: what came after the sent stamp still waits.
    await database.outbox.bulkPut(
      sent.flatMap((r, i) =>
        current[i] && current[i].last !== r.last ? [{ ...current[i], since: `${r.last}~` }] : [],
      ),
    );
    await database.syncState.put({ ...progress, sent: seq, sending: null });
  });
}

export interface Applied {
  /** Text fields kept twice. */
  conflicts: number;
  /** Changes refused by their field check: not applied, never retried. */
  refused: RefusedRow[];
}

/**
 * Folds another device's batch in, in one transaction with the note that it was applied, so
 * a batch is applied once even if the worker stops. Every record is checked field by field
 * (core/sync/check.ts) before it is stored; a change that fails is skipped and named.
 */
export async function applyBatch(database: LearnmarkDb, batch: Batch): Promise<Applied> {
  return applyChanges(database, batch.changes, (seen) =>
    (seen[batch.device] ?? 0) >= batch.seq ? null : { ...seen, [batch.device]: batch.seq },
  );
}

/**
 * Folds changes in (a batch's, or a snapshot's) and notes what is now applied: `seenAfter`
 * gives the batches applied once these are, or null when they were applied already.
 */
export async function applyChanges(
  database: LearnmarkDb,
  changes: readonly Change[],
  seenAfter: (seen: Progress['seen']) => Progress['seen'] | null,
): Promise<Applied> {
  return database.transaction('rw', allTables(database), async (tx) => {
    (tx as unknown as Record<symbol, boolean>)[APPLYING_REMOTE] = true;
    const applied: Applied = { conflicts: 0, refused: [] };
    const progress = await syncProgress(database);
    const seen = seenAfter(progress.seen);
    if (!seen) return applied;
    const device = await syncDevice(database);
    const own = await ownIds(database);
    let clock = device?.clock ?? { wall: 0, counter: 0 };
    for (const change of changes) {
      const spec = mergeSpec(change.t);
      if (!spec) continue;
      for (const [, stamp] of Object.values(change.f)) clock = receive(clock, stamp, now());
      if (change.t === DAY_TOTALS) {
        const refused = await applyDayTotalsChange(database, change, own);
        if (refused) applied.refused.push(refused);
        continue;
      }
      if (change.t === SETTINGS_RECORDS) {
        const refused = await applySettingsChange(database, change);
        if (refused) applied.refused.push(refused);
        continue;
      }
      const table = database.table<Row>(change.t);
      const [row, meta] = await Promise.all([table.get(change.k), database.syncMeta.get([change.t, change.k])]);
      const merged = applyChange(spec, row ?? null, meta ?? EMPTY_META, change);
      let store = merged.row;
      if (store) {
        // A record new here is checked whole; one already here, in the fields the change wrote.
        const fields = row ? Object.keys(change.f).filter((f) => !spec.local.includes(f)) : Object.keys(store);
        const checked = checkRow(TABLE_CHECKS[change.t as SyncedTableName], store, fields);
        if (!checked.ok) {
          applied.refused.push({ t: change.t, k: change.k, fields: checked.fields });
          continue;
        }
        store = checked.row;
      }
      applied.conflicts += merged.conflicts.length;
      await database.syncMeta.put({ ...merged.meta, t: change.t, k: change.k });
      if (store) await putRemote(database, change.t, change.k, store);
      else if (row) await table.delete(change.k);
    }
    if (device) await database.syncState.put({ ...device, clock });
    await database.syncState.put({ ...progress, seen });
    return applied;
  });
}

/**
 * Stores a record from another device. Two devices that saved the same page each made an
 * item for it; the address is unique, so every device keeps the one with the smaller id.
 */
async function putRemote(database: LearnmarkDb, table: string, key: string, row: Row): Promise<void> {
  if (table === 'items' && typeof row.url === 'string') {
    const twin = await database.items.where('url').equals(row.url).first();
    if (twin && twin.id !== key) {
      if (twin.id < key) return;
      await database.items.delete(twin.id);
    }
  }
  await database.table(table).put({ ...row });
}
