import { db } from '../db/db';
import { bulkApply, deleteItems, editItem, restoreItems, undoBulk } from '../db/library';
import type { HandlersFor } from '../messaging/listener';
import { now } from '../platform/clock';

/** The library page's writes: one transaction each, with what Undo needs. */
export const libraryHandlers: HandlersFor<
  'library-edit' | 'library-bulk' | 'library-undo' | 'library-delete' | 'library-restore'
> = {
  'library-edit': (edit) => editItem(db(), edit, now()),
  'library-bulk': ({ ids, action }) => bulkApply(db(), ids, action, now()),
  'library-undo': ({ patches }) => undoBulk(db(), patches, now()),
  'library-delete': ({ ids }) => deleteItems(db(), ids, now()),
  'library-restore': ({ ids }) => restoreItems(db(), ids),
};
