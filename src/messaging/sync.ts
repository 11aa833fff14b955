import type { SyncOutcome } from '../core/sync/model';

export interface SyncSetup {
  address: string;
  user: string;
  password: string;
  folder: string;
  passphrase: string;
}

/** Sync through the person's WebDAV storage (options page → worker). */
export interface SyncMessages {
  /** Tries the server and folder, and says exactly what is wrong when it does not answer. */
  'sync-test': { request: Omit<SyncSetup, 'passphrase'>; response: SyncOutcome };
  /** Sets this device up (the first device makes the folder's key) and syncs once. */
  'sync-setup': { request: SyncSetup; response: SyncOutcome };
  'sync-now': { request: Record<string, never>; response: SyncOutcome };
  /** This device stops syncing; its library stays. */
  'sync-forget': { request: Record<string, never>; response: null };
  /** Deletes the folder on the server, for every device, and stops syncing here. */
  'sync-start-over': { request: Record<string, never>; response: SyncOutcome };
  /** Lets this computer's per-day time totals sync, or stops them; syncs once when turned on. */
  'sync-share-time': { request: { share: boolean }; response: SyncOutcome };
}
