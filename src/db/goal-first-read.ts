import type { Goal } from '../core/goal/model';
import type { Item } from '../core/item/model';
import type { LogEntry } from '../core/log/model';
import type { ReviewTime } from '../core/review/time';

/** The rows a goal's view draws from: every goal (by order) and the goal's items, entries and review time. */
export interface GoalViewRows {
  goals: Goal[];
  items: Item[];
  logged: LogEntry[];
  reviewed: ReviewTime[];
}

/** The stores and multiEntry indexes db.ts declares (`*goalIds`, goals by `order`). */
const STORES = ['goals', 'items', 'logEntries', 'reviewLog'] as const;

/**
 * A goal's view rows, read with IndexedDB itself in one read-only transaction, so that a page
 * opened on the view starts its reads while its modules (Dexie among them) are still loading;
 * this module imports nothing at run time for that reason. It never writes, creates or upgrades
 * the database: where the database does not exist yet, or lacks a store (an older version the
 * worker has not upgraded yet), it resolves to null and the view waits for its live queries.
 * The connection closes as soon as the reads are done, or when Dexie asks for a new version.
 */
export function readGoalViewAtOnce(goalId: string, name = 'learnmark'): Promise<GoalViewRows | null> {
  return new Promise((resolve) => {
    let open: IDBOpenDBRequest;
    try {
      open = indexedDB.open(name);
    } catch {
      return resolve(null);
    }
    // Only a database that does not exist gets here: abort, so that it is still not there for Dexie.
    open.onupgradeneeded = () => open.transaction?.abort();
    open.onerror = () => resolve(null);
    open.onsuccess = () => {
      const idb = open.result;
      idb.onversionchange = () => idb.close();
      try {
        const tx = idb.transaction([...STORES], 'readonly');
        const read = <T>(store: string, index: string, query?: IDBValidKey) => {
          const request = tx.objectStore(store).index(index).getAll(query);
          return () => request.result as T[];
        };
        const goals = read<Goal>('goals', 'order');
        const items = read<Item>('items', 'goalIds', goalId);
        const logged = read<LogEntry>('logEntries', 'goalIds', goalId);
        const reviewed = read<ReviewTime>('reviewLog', 'goalIds', goalId);
        tx.oncomplete = () => {
          idb.close();
          resolve({ goals: goals(), items: items(), logged: logged(), reviewed: reviewed() });
        };
        tx.onabort = () => {
          idb.close();
          resolve(null);
        };
      } catch {
        idb.close();
        resolve(null);
      }
    };
  });
}
