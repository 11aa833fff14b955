import browser from 'webextension-polyfill';
import type { Row } from '../core/sync/model';
import { SYNCED_SETTINGS } from '../core/sync/settings';
import { db } from '../db/db';
import { mergedSettings, recordSettings, settingsWritten } from '../db/synced-settings';

/**
 * The settings and site rules between `storage.sync` and sync's records: a change made on a
 * page is stamped when storage says so (and again at each sync, for one made while the worker
 * slept), and what other devices changed is written into storage after each sync, where the
 * pages and the tracker already listen for it. One pass at a time, recording before writing,
 * so a change made meanwhile is never written over.
 */
const KEYS = Object.keys(SYNCED_SETTINGS);

async function storedSettings(): Promise<Record<string, Row>> {
  const raw = await browser.storage.sync.get(KEYS);
  return Object.fromEntries(KEYS.map((key) => [key, SYNCED_SETTINGS[key]!.toRow(raw[key])]));
}

async function pass(): Promise<void> {
  await recordSettings(db(), await storedSettings());
  const rows = await mergedSettings(db());
  if (!Object.keys(rows).length) return;
  const values = Object.fromEntries(
    Object.entries(rows).map(([key, row]) => [key, SYNCED_SETTINGS[key]!.fromRow(row)]),
  );
  await browser.storage.sync.set(values);
  await settingsWritten(db(), rows);
}

let queue: Promise<void> = Promise.resolve();

/** Brings the settings' records and `storage.sync` together; passes run one after another. */
export function syncSettings(): Promise<void> {
  queue = queue.catch(() => undefined).then(pass);
  return queue;
}

export function registerSyncedSettings(): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && KEYS.some((key) => key in changes)) void syncSettings().catch(() => undefined);
  });
}
