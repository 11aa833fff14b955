import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import type { Item } from '../core/item/model';
import { db } from '../db/db';

/**
 * The rows for the ids in view, read by key and kept current (Dexie's liveQuery): an edit in
 * any extension page or the worker redraws them. Rows already read stay shown while the next
 * window loads, so scrolling never flashes empty rows.
 */
export function useRows(ids: readonly string[]): Map<string, Item> {
  const [rows, setRows] = useState(() => new Map<string, Item>());
  const key = ids.join('\n');
  useEffect(() => {
    const subscription = liveQuery(() => db().items.bulkGet([...ids])).subscribe({
      next: (found) => {
        const next = new Map<string, Item>();
        found.forEach((item) => item && next.set(item.id, item));
        setRows(next);
      },
      error: (e: unknown) => console.error(e),
    });
    return () => subscription.unsubscribe();
  }, [key]);
  return rows;
}
