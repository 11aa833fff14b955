import browser from 'webextension-polyfill';
import { makeBackup, type Backup } from '../../core/data/backup';
import { db } from '../../db/db';

/** Everything the person has, as one backup file's content. */
export async function buildBackup(now = Date.now()): Promise<Backup> {
  const database = db();
  const [items, goals, activity, nudges, settings] = await Promise.all([
    database.items.toArray(),
    database.goals.toArray(),
    database.activity.toArray(),
    database.nudges.toArray(),
    browser.storage.sync.get(null),
  ]);
  return makeBackup({ items, goals, activity, nudges, settings }, now);
}
