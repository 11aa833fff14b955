/**
 * Where a save's time goes, for the bench only (test/bench/save.bench.mjs `benchSaveSplit`):
 * each step of a save in the worker notes when it ended, as epoch ms at sub-millisecond
 * precision (`performance.timeOrigin + performance.now()`), so the bench can line the worker's
 * steps up with the popup's click and its drawn outcome.
 *
 * Nothing is noted, and nothing is logged, unless `globalThis.__learnmarkSaveTiming` holds an
 * array: only the bench sets it, from the worker's own global (as the e2e tests set the clock,
 * platform/clock.ts), out of reach of any page.
 */
declare global {
  var __learnmarkSaveTiming: { step: string; at: number }[] | undefined;
}

export function markSaveStep(step: string): void {
  globalThis.__learnmarkSaveTiming?.push({ step, at: performance.timeOrigin + performance.now() });
}
