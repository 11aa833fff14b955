import browser from 'webextension-polyfill';
import type { SyncConfig, SyncStatus } from '../core/sync/model';

/**
 * Where this device syncs, with its password and passphrase, and how the last sync went: in
 * storage.local only (never storage.sync, which roams, and never in a backup, which holds the
 * database). The worker writes them; the options page and the popup read them.
 */
export const SYNC_CONFIG_KEY = 'syncConfig';
export const SYNC_STATUS_KEY = 'syncStatus';

export async function loadSyncConfig(): Promise<SyncConfig | null> {
  return ((await browser.storage.local.get(SYNC_CONFIG_KEY))[SYNC_CONFIG_KEY] as SyncConfig | undefined) ?? null;
}

export async function loadSyncStatus(): Promise<SyncStatus | null> {
  return ((await browser.storage.local.get(SYNC_STATUS_KEY))[SYNC_STATUS_KEY] as SyncStatus | undefined) ?? null;
}
