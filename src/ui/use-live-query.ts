import { liveQuery } from 'dexie';
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';

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

/** A live query started before any component asks for it: its latest result, and its listeners. */
export interface EarlyLiveQuery<T> {
  latest: T | undefined;
  listeners: Set<(value: T) => void>;
  /** Stops the query (one started on a guess that proved wrong). */
  stop: () => void;
}

/**
 * Starts a live query at once (as a page's script loads) and keeps it running for the page's
 * life: what the page's first draw shows is read while the page is still rendering, instead of
 * from the effect after its first frame. Components read it with `useEarlyLiveQuery`.
 *
 * `after`: what the query awaits that is not the database (extension storage). The query starts
 * once it is in: a live query that waits on anything else mid-way loses track of what it reads
 * after, and stops seeing those changes; awaiting a promise already settled keeps it.
 */
export function earlyLiveQuery<T>(
  query: () => Promise<T>,
  after: Promise<unknown> = Promise.resolve(),
): EarlyLiveQuery<T> {
  let stopped = false;
  let subscription: { unsubscribe: () => void } | undefined;
  const early: EarlyLiveQuery<T> = {
    latest: undefined,
    listeners: new Set(),
    stop: () => {
      stopped = true;
      subscription?.unsubscribe();
    },
  };
  // Called from an async function: Dexie keeps track of what a query reads across its awaits
  // only for a querier that is one, and a plain function returning a promise loses track after
  // its first await (the query would not run again on a change).
  const start = () => {
    if (stopped) return;
    subscription = liveQuery(async () => query()).subscribe({
      next: (value) => {
        early.latest = value;
        for (const listener of early.listeners) listener(value);
      },
      error: (e: unknown) => console.error(e),
    });
  };
  void after.then(start, start);
  return early;
}

/**
 * The latest result of an early live query, `undefined` until its first, kept current; none
 * while `early` is undefined (not chosen yet).
 */
export function useEarlyLiveQuery<T>(early: EarlyLiveQuery<T> | undefined): T | undefined {
  const [value, setValue] = useState<T | undefined>(early?.latest);
  // Listening from the render that first draws, so that a result is drawn the moment it comes.
  useLayoutEffect(() => {
    if (!early) return;
    if (early.latest !== undefined) setValue(early.latest);
    early.listeners.add(setValue);
    return () => void early.listeners.delete(setValue);
  }, [early]);
  return early ? value : undefined;
}
