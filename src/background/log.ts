import { db } from '../db/db';
import { deleteLogEntry, restoreLogEntry, saveLogEntry } from '../db/log';
import { loadLeisureRate } from '../db/tracking-settings';
import type { HandlersFor } from '../messaging/listener';
import { now } from '../platform/clock';

/** Log entry writes from the popup and the goal view: one transaction each, earned leisure with them. */
export const logHandlers: HandlersFor<'log-save' | 'log-delete' | 'log-restore'> = {
  'log-save': async (draft) =>
    saveLogEntry(db(), draft, { now: now(), newId: () => crypto.randomUUID(), leisureRate: await loadLeisureRate() }),
  'log-delete': ({ id }) => deleteLogEntry(db(), id),
  'log-restore': async (entry) => restoreLogEntry(db(), entry, await loadLeisureRate()),
};
