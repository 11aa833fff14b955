// Numbers a page keeps for itself in its localStorage: what it found the last time it opened,
// so that its next opening can start before it has asked again (db.ts: the version its
// database opened at; ui/use-week-start.ts: the week start in force). Never data: a note that
// is missing or could not be kept only costs the next opening that moment. The worker has no
// localStorage: there, nothing is read or kept.

/** The number noted under `key`: null when there is none, it is not a number, or there is no storage. */
export function notedNumber(key: string): number | null {
  try {
    const raw = globalThis.localStorage?.getItem(key);
    if (raw === null || raw === undefined) return null;
    const value = Number(raw);
    return Number.isFinite(value) ? value : null;
  } catch {
    return null;
  }
}

/** Notes `value` under `key`, where the page has storage and room for it. */
export function noteNumber(key: string, value: number): void {
  try {
    globalThis.localStorage?.setItem(key, String(value));
  } catch {
    // Full, or none (the worker): the next opening asks again.
  }
}
