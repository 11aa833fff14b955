import { db } from '../db/db';
import { deleteLogEntry, restoreLogEntry, saveLogEntry } from '../db/log';
import type { HandlersFor } from '../messaging/listener';
import { now } from '../platform/clock';

/** Log entry writes from the popup and the goal view: one transaction each. */
export const logHandlers: HandlersFor<'log-save' | 'log-delete' | 'log-restore'> = {
  'log-save': (draft) => saveLogEntry(db(), draft, { now: now(), newId: () => crypto.randomUUID() }),
  'log-delete': ({ id }) => deleteLogEntry(db(), id),
  'log-restore': (entry) => restoreLogEntry(db(), entry),
};
