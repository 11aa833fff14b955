import { db } from '../db/db';
import { addHighlight, deleteHighlight, restoreHighlight, updateHighlight } from '../db/highlights';
import type { HandlersFor } from '../messaging/listener';
import { now } from '../platform/clock';

/** Highlight writes from the reader: one transaction each. */
export const highlightHandlers: HandlersFor<
  'highlight-add' | 'highlight-update' | 'highlight-delete' | 'highlight-restore'
> = {
  'highlight-add': (draft) => addHighlight(db(), draft, { id: crypto.randomUUID(), now: now() }),
  'highlight-update': ({ id, color, note }) => updateHighlight(db(), id, { color, note }, now()),
  'highlight-delete': ({ id }) => deleteHighlight(db(), id),
  'highlight-restore': (highlight) => restoreHighlight(db(), highlight),
};
