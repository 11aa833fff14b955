import Dexie from 'dexie';
import browser from 'webextension-polyfill';
import { ensureAlarm } from '../platform/tracking';
import { syncNow } from './sync';
import { registerSyncedSettings } from './synced-settings';

/**
 * When sync runs: shortly after a change is recorded (the worker is awake, since it just
 * wrote), on an alarm (to catch up with the other devices and retry after a failure), and on
 * "Sync now". A run without a set-up device does nothing.
 */
export const SYNC_ALARM = 'sync';
const SYNC_PERIOD_MINUTES = 5;
const AFTER_CHANGE_MS = 2_000;

let soon: ReturnType<typeof setTimeout> | null = null;

export function registerSync(): void {
  registerSyncedSettings();
  browser.alarms.onAlarm.addListener((alarm) => (alarm.name === SYNC_ALARM ? syncNow() : undefined));
  Dexie.on('storagemutated', (parts) => {
    if (!Object.keys(parts).some((part) => part.includes('/outbox/'))) return;
    if (soon) clearTimeout(soon);
    soon = setTimeout(() => {
      soon = null;
      void syncNow();
    }, AFTER_CHANGE_MS);
  });
  void ensureAlarm(SYNC_ALARM, SYNC_PERIOD_MINUTES).catch(() => undefined);
}
