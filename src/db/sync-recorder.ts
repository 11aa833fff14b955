import Dexie, {
  type DBCore,
  type DBCoreMutateRequest,
  type DBCoreTable,
  type DBCoreTransaction,
  type Middleware,
} from 'dexie';
import { formatStamp, tick, type Hlc } from '../core/sync/hlc';
import { EMPTY_META, recordLocal } from '../core/sync/merge';
import { syncedTable, type RecordMeta, type Row } from '../core/sync/model';

/**
 * Records every write to a synced table, by any code path, without the code paths knowing:
 * a DBCore middleware widens each read-write transaction on a synced table to the sync tables,
 * stamps the fields that changed, and marks the record for sending, all in the writer's own
 * transaction, so a change is recorded if and only if it is stored. Nothing is recorded until
 * this device is set up for sync (its `device` row), nor while sync applies what came from
 * another device (a transaction marked with APPLYING_REMOTE).
 */
export const SYNC_TABLES = ['syncMeta', 'outbox', 'syncState'] as const;
export const APPLYING_REMOTE = Symbol('learnmark-applying-remote');

/** This device's sync identity and clock (`syncState` row `device`). */
export interface DeviceState {
  key: 'device';
  id: string;
  clock: Hlc;
}
/** What sync remembers between runs (`syncState` rows beside `device`). */
export interface Progress {
  key: 'progress';
  /** The last batch number this device stored on the server. */
  sent: number;
  /** A batch being sent: its number and what it holds, so a stopped worker sends the same again. */
  sending: { seq: number; rows: OutboxRow[] } | null;
  /** Per other device, the last of its batches applied here. */
  seen: Record<string, number>;
  /** The batches (sent and applied, all devices) the last snapshot written here covered. */
  snapshotAt?: number;
  /** This device's batches up to this one are deleted from the server (every snapshot has them). */
  pruned?: number;
  /** What this device last wrote in its note on the server, and when. */
  note?: { at: number; pruned: number };
}

/**
 * The synced settings as this device last saw them in `storage.sync` (`syncState` row
 * `settings`): what a person changed there is what differs from these; what another device
 * changed waits in the record's meta until it is written there (db/synced-settings.ts).
 */
export interface SettingsSeen {
  key: 'settings';
  stored: Record<string, Row>;
}

/** The ids this device synced under before it was forgotten (kept by stopRecording). */
export interface FormerIds {
  key: 'former';
  ids: string[];
}

export type SyncStateRow = DeviceState | Progress | SettingsSeen | FormerIds;

/** A record's sync metadata, keyed by table and key. */
export interface MetaRow extends RecordMeta {
  t: string;
  k: string;
}
/** A record with changes not yet sent: those stamped from `since` on; `last` is the latest. */
export interface OutboxRow {
  t: string;
  k: string;
  since: string;
  last: string;
}

/** Sync applying another device's changes, or a schema upgrade (older versions lack the sync tables). */
function recordsNothing(): boolean {
  const tx = Dexie.currentTransaction as unknown as ({ idbtrans?: IDBTransaction } & Record<symbol, boolean>) | null;
  return tx?.[APPLYING_REMOTE] === true || tx?.idbtrans?.mode === 'versionchange';
}

/** The clock's "now". Dexie writes run in the pages and the worker alike; both use wall time. */
type Now = () => number;

export function syncRecorder(now: Now): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'learnmark-sync-recorder',
    create: (down) => ({
      ...down,
      transaction: (stores, mode, options) =>
        down.transaction(
          mode === 'readwrite' && stores.some((s) => syncedTable(s))
            ? [...new Set([...stores, ...SYNC_TABLES])]
            : stores,
          mode,
          options,
        ),
      table: (name) => {
        const table = down.table(name);
        const spec = syncedTable(name);
        if (!spec) return table;
        return {
          ...table,
          mutate: async (req: DBCoreMutateRequest) => {
            if (recordsNothing()) return table.mutate(req);
            const state = down.table('syncState');
            const device = (await state.get({ trans: req.trans, key: 'device' })) as DeviceState | undefined;
            if (!device) return table.mutate(req);
            const keys = await keysOf(table, req, spec.key);
            const before = (await table.getMany({ trans: req.trans, keys })) as (Row | undefined)[];
            const res = await table.mutate(req);
            const clock = tick(device.clock, now());
            const stamp = formatStamp(clock, device.id);
            const written = keys
              .map((key, i) => ({ key, before: before[i] ?? null, after: afterOf(req, i), i }))
              .filter(({ i }) => !res.failures[i]);
            await record(down, req.trans, name, written, stamp);
            await state.mutate({ type: 'put', trans: req.trans, values: [{ ...device, clock }] });
            return res;
          },
        };
      },
    }),
  };
}

async function keysOf(table: DBCoreTable, req: DBCoreMutateRequest, key: string): Promise<unknown[]> {
  if (req.type === 'add' || req.type === 'put') return req.values.map((v: Row) => v[key]);
  if (req.type === 'delete') return req.keys as unknown[];
  const found = await table.query({
    trans: req.trans,
    values: false,
    query: { index: table.schema.primaryKey, range: req.range },
  });
  return found.result as unknown[];
}

function afterOf(req: DBCoreMutateRequest, i: number): Row | null {
  return req.type === 'add' || req.type === 'put' ? (req.values[i] as Row) : null;
}

async function record(
  down: DBCore,
  trans: DBCoreTransaction,
  name: string,
  written: { key: unknown; before: Row | null; after: Row | null }[],
  stamp: string,
): Promise<void> {
  const spec = syncedTable(name)!;
  const ids = written.map(({ key }) => [name, key]);
  const metas = (await down.table('syncMeta').getMany({ trans, keys: ids })) as (MetaRow | undefined)[];
  const queued = (await down.table('outbox').getMany({ trans, keys: ids })) as (OutboxRow | undefined)[];
  const nextMetas: MetaRow[] = [];
  const nextOutbox: OutboxRow[] = [];
  written.forEach(({ key, before, after }, i) => {
    const meta = recordLocal(spec, metas[i] ?? EMPTY_META, before, after, stamp);
    if (!meta) return;
    const k = String(key);
    nextMetas.push({ ...meta, t: name, k });
    nextOutbox.push({ t: name, k, since: queued[i]?.since ?? stamp, last: stamp });
  });
  if (!nextMetas.length) return;
  await down.table('syncMeta').mutate({ type: 'put', trans, values: nextMetas });
  await down.table('outbox').mutate({ type: 'put', trans, values: nextOutbox });
}
