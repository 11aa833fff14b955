/**
 * "Now" for the extension's pages and worker: the one place a test can set the time.
 *
 * It is the real clock unless `globalThis.__learnmarkClock` holds `{ at, setAt }`; time then
 * flows on from `at` as if the clock had been set to `at` at the real moment `setAt` (both epoch
 * ms), so every page and the worker agree when given the same value. Only the end-to-end
 * harness sets it (test/e2e/harness.mjs, `launch({ now })` and `setNow`).
 *
 * Safe to ship: this global lives only in the extension's own pages and worker. Web pages run
 * in their own origin, and content scripts in an isolated world whose globals are separate, so
 * neither can reach it, and core/ never reads a clock (time is an argument there).
 */
declare global {
  var __learnmarkClock: { at: number; setAt: number } | undefined;
}

export function now(): number {
  const set = globalThis.__learnmarkClock;
  return set ? set.at + (Date.now() - set.setAt) : Date.now();
}
