import { db } from '../db/db';
import { bulkApply, deleteItems, editItem, restoreItems, undoBulk } from '../db/library';
import type { HandlersFor } from '../messaging/listener';
import { now } from '../platform/clock';
import { loadLeisureRate } from '../db/tracking-settings';

/** The library page's writes: one transaction each, with what Undo needs. */
export const libraryHandlers: HandlersFor<
  'library-edit' | 'library-bulk' | 'library-undo' | 'library-delete' | 'library-restore'
> = {
  'library-edit': (edit) => editItem(db(), edit, now()),
  'library-bulk': async ({ ids, action }) => bulkApply(db(), ids, action, now(), await loadLeisureRate()),
  'library-undo': async ({ patches }) => undoBulk(db(), patches, now(), await loadLeisureRate()),
  'library-delete': ({ ids }) => deleteItems(db(), ids, now()),
  'library-restore': ({ ids }) => restoreItems(db(), ids),
};
