import { newHighlight, type Highlight, type HighlightDraft } from '../core/highlight/model';
import type { LearnmarkDb } from './db';

/** An item's highlights in text order; those at one place (imported, not yet placed) by date. */
export async function highlightsOf(database: LearnmarkDb, itemId: string): Promise<Highlight[]> {
  const rows = await database.highlights.where('itemId').equals(itemId).toArray();
  return rows.sort((a, b) => a.start - b.start || a.createdAt - b.createdAt);
}

/** Adds a highlight to an item that exists; null when the item is gone. */
export function addHighlight(
  database: LearnmarkDb,
  draft: HighlightDraft,
  ctx: { id: string; now: number },
): Promise<Highlight | null> {
  return database.transaction('rw', database.items, database.highlights, async () => {
    if (!(await database.items.get(draft.itemId))) return null;
    const highlight = newHighlight(draft, ctx);
    await database.highlights.add(highlight);
    return highlight;
  });
}

export function updateHighlight(
  database: LearnmarkDb,
  id: string,
  change: Partial<Pick<Highlight, 'color' | 'note'>>,
  now: number,
): Promise<Highlight | null> {
  return database.transaction('rw', database.highlights, async () => {
    const found = await database.highlights.get(id);
    if (!found) return null;
    const next: Highlight = {
      ...found,
      ...(change.color ? { color: change.color } : {}),
      ...(change.note !== undefined ? { note: change.note.trim() } : {}),
      updatedAt: now,
    };
    await database.highlights.put(next);
    return next;
  });
}

/** Removes a highlight and answers it, so the reader's Undo can put it back as it was. */
export function deleteHighlight(database: LearnmarkDb, id: string): Promise<Highlight | null> {
  return database.transaction('rw', database.highlights, async () => {
    const found = await database.highlights.get(id);
    if (found) await database.highlights.delete(id);
    return found ?? null;
  });
}

/** Undo of a delete: the highlight back as it was, if its item still exists. */
export function restoreHighlight(database: LearnmarkDb, highlight: Highlight): Promise<Highlight | null> {
  return database.transaction('rw', database.items, database.highlights, async () => {
    if (!(await database.items.get(highlight.itemId))) return null;
    await database.highlights.put(highlight);
    return highlight;
  });
}

/** Highlights grouped by item: of the given items, or of every item. */
export async function highlightsByItem(
  database: LearnmarkDb,
  itemIds?: readonly string[],
): Promise<Map<string, Highlight[]>> {
  const rows = itemIds
    ? await database.highlights.where('itemId').anyOf(itemIds).toArray()
    : await database.highlights.toArray();
  const byItem = new Map<string, Highlight[]>();
  for (const h of rows) byItem.set(h.itemId, [...(byItem.get(h.itemId) ?? []), h]);
  return byItem;
}
