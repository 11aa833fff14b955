import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/**
 * The result of a Dexie query, kept current: Dexie re-runs it when any extension page or the
 * worker changes what it read, so the popup and options page never show stale goals.
 * `undefined` until the first result, unless the page read it before it drew (`initial`).
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[], initial?: T): T | undefined {
  const [value, setValue] = useState<T | undefined>(initial);
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({ next: setValue, error: (e: unknown) => console.error(e) });
    return () => subscription.unsubscribe();
  }, deps);
  return value;
}
