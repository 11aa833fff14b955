import browser from 'webextension-polyfill';
import { davAddress } from '../core/sync/address';
import { decodeBatch, encodeBatch, holdingBack } from '../core/sync/batch';
import { newKeyFile, unlockKeyFile, type SyncKeys } from '../core/sync/crypto';
import {
  keepFindings,
  SyncError,
  type RefusedRow,
  type SyncConfig,
  type SyncOutcome,
  type SyncStatus,
} from '../core/sync/model';
import { db } from '../db/db';
import { loadSyncConfig, loadSyncStatus, SYNC_CONFIG_KEY, SYNC_STATUS_KEY } from '../db/sync-settings';
import { recordDayTotals } from '../db/sync-day-totals';
import { applyBatch, batchSent, nextBatch, startRecording, stopRecording, syncDevice, syncProgress } from '../db/sync';
import type { HandlersFor } from '../messaging/listener';
import type { SyncSetup } from '../messaging/sync';
import { now } from '../platform/clock';
import { readNote, writeNote } from './sync-note';
import { connect, faultOf, type Dav } from './sync-transport';
import { batchPath, catchUp, snapshotIfDue, startFromSnapshot, type SyncFolder } from './sync-snapshot';
import { syncSettings } from './synced-settings';

/**
 * Sync through the person's WebDAV folder. Each device writes its changes as sealed batches
 * into a folder of its own (append only, numbered, named by HMAC so a retry overwrites the same
 * file), and reads the other devices' folders from the batch after the last it applied. The
 * config (with password and passphrase) and the last status live in storage.local.
 */
const KEY_FILE = 'key.json';
/** At most this many refused records are named in the status. */
const MAX_NAMED = 20;

const folderOf = (config: SyncConfig) => `/${config.folder.replace(/^\/+|\/+$/g, '')}`;

/** The first address candidate that answers as a WebDAV folder, or what is wrong. */
async function findServer(setup: Omit<SyncSetup, 'passphrase'>): Promise<{ url: string; dav: Dav } | SyncOutcome> {
  const address = davAddress(setup.address, setup.user);
  if (!address.ok)
    return { ok: false, fault: address.reason === 'insecure' ? 'certificate' : 'not-webdav', detail: address.reason };
  let last: SyncOutcome = { ok: false, fault: 'not-webdav', detail: '' };
  for (const url of address.candidates) {
    const dav = connect(url, setup.user, setup.password);
    try {
      await dav.folders('/');
      return { url, dav };
    } catch (error) {
      last = { ok: false, fault: faultOf(error), detail: describe(error) };
      if (last.fault !== 'not-webdav') return last;
    }
  }
  return last;
}

/** Test connection: the folder answers, and a small file can be written there and removed. */
async function testConnection(setup: Omit<SyncSetup, 'passphrase'>): Promise<SyncOutcome> {
  const found = await findServer(setup);
  if (!('dav' in found)) return found;
  try {
    const folder = folderOf({ ...setup, url: found.url, passphrase: '' });
    await found.dav.folder(folder);
    const probe = `${folder}/probe-${crypto.randomUUID()}`;
    await found.dav.write(probe, 'learnmark');
    await found.dav.remove(probe);
    return { ok: true, status: emptyStatus() };
  } catch (error) {
    return { ok: false, fault: faultOf(error), detail: describe(error) };
  }
}

const emptyStatus = (): SyncStatus => ({ at: now(), fault: null, detail: '', devices: [], conflicts: 0 });
const describe = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 200);

let cachedKeys: { file: string; passphrase: string; keys: SyncKeys } | null = null;

/** The folder's keys: from its key file, or a new key file when this is the folder's first device. */
async function keysFor(dav: Dav, config: SyncConfig): Promise<SyncKeys> {
  const path = `${folderOf(config)}/${KEY_FILE}`;
  let bytes = await dav.read(path);
  if (!bytes) {
    const { file, keys } = await newKeyFile(config.passphrase);
    // Only where there is none: two computers set up at once must not each make a key.
    if (await dav.writeIf(path, JSON.stringify(file), null)) {
      cachedKeys = { file: JSON.stringify(file), passphrase: config.passphrase, keys };
      return keys;
    }
    bytes = await dav.read(path);
    if (!bytes) throw new SyncError('server-error', `${KEY_FILE} came and went`);
  }
  const text = new TextDecoder().decode(bytes);
  if (cachedKeys?.file === text && cachedKeys.passphrase === config.passphrase) return cachedKeys.keys;
  let file: unknown = null;
  try {
    file = JSON.parse(text);
  } catch {
    // Refused below as not a key file.
  }
  const keys = await unlockKeyFile(file, config.passphrase);
  cachedKeys = { file: text, passphrase: config.passphrase, keys };
  return keys;
}

async function setUp(setup: SyncSetup): Promise<SyncOutcome> {
  const found = await findServer(setup);
  if (!('dav' in found)) return found;
  const config: SyncConfig = { url: found.url, ...setup };
  try {
    // A wrong passphrase is found before anything is recorded or stored.
    await found.dav.folder(folderOf(config));
    await keysFor(found.dav, config);
  } catch (error) {
    return { ok: false, fault: faultOf(error), detail: describe(error) };
  }
  await browser.storage.local.set({
    [SYNC_CONFIG_KEY]: {
      url: config.url,
      user: config.user,
      password: config.password,
      folder: config.folder,
      passphrase: config.passphrase,
    },
  });
  if (!(await syncDevice(db()))) await startRecording(db(), randomDeviceId());
  return syncNow();
}

const randomDeviceId = () =>
  [...crypto.getRandomValues(new Uint8Array(8))].map((b) => b.toString(16).padStart(2, '0')).join('');

let running: Promise<SyncOutcome> | null = null;
let again: Promise<SyncOutcome> | null = null;

/**
 * One sync at a time. A request while one runs (which may have begun before the change that
 * asked for this one) gets one more run after it, shared by every request made meanwhile.
 */
export function syncNow(): Promise<SyncOutcome> {
  if (!running) {
    running = runSync().finally(() => {
      running = null;
    });
    return running;
  }
  again ??= running.then(() => {
    again = null;
    return syncNow();
  });
  return again;
}

async function runSync(): Promise<SyncOutcome> {
  const config = await loadSyncConfig();
  const device = await syncDevice(db());
  if (!config || !device) return { ok: false, fault: 'not-set-up', detail: '' };
  const dav = connect(config.url, config.user, config.password);
  const root = folderOf(config);
  let status: SyncStatus;
  try {
    const keys = await keysFor(dav, config);
    await dav.folder(`${root}/${device.id}`);
    // A setting changed while the worker slept is stamped before the batches go out; so are the
    // day totals, when the person shares them.
    await syncSettings();
    if (config.shareTime) await recordDayTotals(db());
    const folder: SyncFolder = { dav, keys, root, self: device.id };
    for (let batch = await nextBatch(db()); batch; batch = await nextBatch(db())) {
      await dav.write(await batchPath(folder, device.id, batch.seq), await encodeBatch(keys, batch));
      await batchSent(db(), batch.seq);
    }
    const others = (await dav.folders(root)).filter((name) => /^[0-9a-f]{16}$/.test(name) && name !== device.id);
    const start = await startFromSnapshot(folder, others);
    let conflicts = start?.conflicts ?? 0;
    const refused: RefusedRow[] = [...(start?.refused ?? [])];
    const devices: SyncStatus['devices'] = [];
    let refusal: SyncError | null = null;
    let restarted = false;
    for (const other of others) {
      const note = await readNote(folder, other);
      devices.push({ id: other, at: note.at });
      try {
        // Batches this device never read were deleted while it was away: it starts again from
        // that device's snapshot, then reads on from there.
        if (note.pruned > ((await syncProgress(db())).seen[other] ?? 0)) {
          const caught = await catchUp(folder, other);
          conflicts += caught?.conflicts ?? 0;
          refused.push(...(caught?.refused ?? []));
          restarted ||= caught !== null;
        }
        for (let seq = ((await syncProgress(db())).seen[other] ?? 0) + 1; ; seq++) {
          const bytes = await dav.read(await batchPath(folder, other, seq));
          if (!bytes) break;
          const applied = await applyBatch(db(), await decodeBatch(keys, bytes, other, seq));
          conflicts += applied.conflicts;
          refused.push(...applied.refused);
        }
      } catch (error) {
        // A newer or refused batch stops that device's folder only; the rest still syncs.
        if (!(error instanceof SyncError) || (error.fault !== 'newer-format' && error.fault !== 'tampered'))
          throw error;
        refusal = error;
      }
    }
    await syncSettings();
    // A computer gone quiet for months no longer keeps batches on the server for ever.
    await snapshotIfDue(folder, holdingBack(devices, now()));
    await writeNote(folder);
    status = {
      ...emptyStatus(),
      devices,
      conflicts,
      ...(restarted ? { restartedAt: now() } : {}),
      refused: refused.slice(0, MAX_NAMED),
      fault: refusal?.fault ?? null,
      detail: refusal ? describe(refusal) : '',
    };
  } catch (error) {
    status = { ...emptyStatus(), fault: faultOf(error), detail: describe(error) };
  }
  status = keepFindings(await loadSyncStatus(), status);
  await browser.storage.local.set({ [SYNC_STATUS_KEY]: status });
  return status.fault ? { ok: false, fault: status.fault, detail: status.detail } : { ok: true, status };
}

async function forget(): Promise<void> {
  await stopRecording(db());
  cachedKeys = null;
  await browser.storage.local.remove([SYNC_CONFIG_KEY, SYNC_STATUS_KEY]);
}

async function startOver(): Promise<SyncOutcome> {
  const config = await loadSyncConfig();
  if (!config) return { ok: false, fault: 'not-set-up', detail: '' };
  try {
    await connect(config.url, config.user, config.password).remove(`${folderOf(config)}/`);
  } catch (error) {
    return { ok: false, fault: faultOf(error), detail: describe(error) };
  }
  await forget();
  return { ok: true, status: emptyStatus() };
}

/** Time totals shared from now on, or no longer (what was shared stays where it is). */
async function shareTime(share: boolean): Promise<SyncOutcome> {
  const config = await loadSyncConfig();
  if (!config) return { ok: false, fault: 'not-set-up', detail: '' };
  await browser.storage.local.set({ [SYNC_CONFIG_KEY]: { ...config, shareTime: share } });
  return share ? syncNow() : { ok: true, status: (await loadSyncStatus()) ?? emptyStatus() };
}

export const syncHandlers: HandlersFor<
  'sync-test' | 'sync-setup' | 'sync-now' | 'sync-forget' | 'sync-start-over' | 'sync-share-time'
> = {
  'sync-test': (setup) => testConnection(setup),
  'sync-setup': (setup) => setUp(setup),
  'sync-now': () => syncNow(),
  'sync-forget': async () => {
    await forget();
    return null;
  },
  'sync-start-over': () => startOver(),
  'sync-share-time': ({ share }) => shareTime(share),
};
