// Save figures for `npm run bench` (issue 12), in Chromium with the built extension:
// - save_overhead_p50_ms: over the dev evaluation pages, a save from the popup (click to outcome
//   drawn) minus a bare Readability parse of a clone of the same page in the same tab, in the
//   same run; the median over pages of the per-page difference. The parse alone is printed too,
//   and save_again_overhead_p50_ms: the same page saved a second time in the same tab, which
//   runs the extractor the first save loaded (platform/scripting.ts).
// - save_split *: where a first save from the popup goes, click to outcome drawn, step by step
//   in the worker (benchSaveSplit, platform/save-timing.ts).
// - toast_shown_ms: a feed button clicked with the real mouse to the in-page toast drawn (the
//   toast's User Timing mark, which it sets only on pages with data-learnmark-bench); median.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inClosedShadows } from '../e2e/closed-shadow.mjs';
import { fixturesDir, launch, saveFromPopup } from '../e2e/harness.mjs';
import { loadEvalPages } from '../e2e/server.mjs';
import { DEV_DIRS } from '../eval/extract.mjs';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : NaN;
};
const READABILITY = readFileSync(createRequire(import.meta.url).resolve('@mozilla/readability/Readability.js'), 'utf8');
const PARSES = 3;
/** The extractor's file in dist/, as the worker injects it (platform/scripting.ts). */
const EXTRACTOR_FILE = 'src/content/extract/index.js';

/** Opens a dev page in `tab`; one that answered but never finished loading is kept. */
export async function openPage(tab, url) {
  await tab.goto(url, { waitUntil: 'load', timeout: 20_000 }).catch((e) => {
    if (!tab.url().startsWith('http')) throw e;
  });
}

/**
 * Ms of a bare Readability parse of a clone of the page in `tab` (the clone is not timed): the
 * median of PARSES parses, and the first one alone, which runs Readability's code cold as the
 * extractor does in a page it was just injected into.
 */
export async function bareParse(tab) {
  await tab.evaluate(`${READABILITY}\n;globalThis.__benchReadability = Readability; true`);
  const times = await tab.evaluate((n) => {
    const out = [];
    for (let i = 0; i < n; i++) {
      const clone = document.cloneNode(true);
      const t0 = performance.now();
      new globalThis.__benchReadability(clone).parse();
      out.push(performance.now() - t0);
    }
    return out;
  }, PARSES);
  return { warm: median(times), cold: times[0] };
}

export async function benchSaveOverhead(print) {
  const pages = loadEvalPages(DEV_DIRS);
  const h = await launch({ pages, blockScripts: true });
  const overheads = [];
  const againOverheads = [];
  const parses = [];
  try {
    const tab = await h.ctx.newPage();
    let popup = await h.ctx.newPage();
    let tabId = 0;
    for (const page of pages) {
      try {
        await openPage(tab, page.url);
        const { warm: parse } = await bareParse(tab);
        tabId ||= await h.tabIdOf(tab.url());
        await popup.goto(h.popupUrl(tabId));
        const saved = await saveFromPopup(popup, { timeout: 30_000 });
        if (!['saved', 'resaved'].includes(saved.state)) continue;
        parses.push(parse);
        overheads.push(saved.ms - parse);
        // The same page saved again in the same tab: the extractor loaded by the first save runs again.
        await popup.goto(h.popupUrl(tabId));
        const again = await saveFromPopup(popup, { timeout: 30_000 });
        if (again.state === 'resaved') againOverheads.push(again.ms - parse);
      } catch {
        await popup.close().catch(() => {});
        popup = await h.ctx.newPage();
      }
    }
  } finally {
    await h.close();
  }
  print('save_bare_parse_p50_ms', median(parses).toFixed(1), 'ms');
  print('save_overhead_p50_ms', median(overheads).toFixed(1), 'ms');
  print('save_overhead_pages', overheads.length, 'count');
  print('save_again_overhead_p50_ms', median(againOverheads).toFixed(1), 'ms');
}

/** The parts of a first save of the page in `tabId` (see benchSaveParts), in ms. */
export function saveParts(h, tabId) {
  return h.sw.evaluate(
    async ({ tabId, file }) => {
      const target = { tabId };
      const t0 = performance.now();
      await chrome.scripting.executeScript({ target, files: [file] });
      const t1 = performance.now();
      await chrome.scripting.executeScript({ target, func: () => globalThis.__learnmarkExtract?.() });
      const t2 = performance.now();
      await chrome.scripting.executeScript({ target, func: () => 1 });
      const t3 = performance.now();
      // A second save of the same tab: the extractor is there already, its code warm.
      await chrome.scripting.executeScript({ target, func: () => globalThis.__learnmarkExtract?.() });
      return { inject: t1 - t0, run: t2 - t1, roundTrip: t3 - t2, runAgain: performance.now() - t3 };
    },
    { tabId, file: EXTRACTOR_FILE },
  );
}

/**
 * Where a first save's time goes, page by page over the dev pages, measured in the worker: the
 * extractor file injected (loaded, compiled and run in the page), the extractor's own run, and
 * an empty scripting call (the round trip every call pays); then the extractor's run again, as a
 * second save of the same tab runs it (loaded, its code warm). Prints medians, and the bare parse.
 */
export async function benchSaveParts(print) {
  const pages = loadEvalPages(DEV_DIRS);
  const h = await launch({ pages, blockScripts: true });
  const parts = { inject: [], run: [], roundTrip: [], runAgain: [], parse: [], coldParse: [] };
  try {
    const tab = await h.ctx.newPage();
    let tabId = 0;
    for (const page of pages) {
      try {
        await openPage(tab, page.url);
        tabId ||= await h.tabIdOf(tab.url());
        const parse = await bareParse(tab);
        const ms = await saveParts(h, tabId);
        for (const k of ['inject', 'run', 'roundTrip', 'runAgain']) parts[k].push(ms[k]);
        parts.parse.push(parse.warm);
        parts.coldParse.push(parse.cold);
      } catch {
        // A page that would not load is left out, as in the save bench.
      }
    }
  } finally {
    await h.close();
  }
  print('save_extractor_inject_p50_ms', median(parts.inject).toFixed(1), 'ms');
  print('save_extract_run_p50_ms', median(parts.run).toFixed(1), 'ms');
  print('save_script_round_trip_p50_ms', median(parts.roundTrip).toFixed(1), 'ms');
  print('save_extract_run_again_p50_ms', median(parts.runAgain).toFixed(1), 'ms');
  print('save_parts_bare_parse_p50_ms', median(parts.parse).toFixed(1), 'ms');
  // The first parse of each page alone: Readability's code not yet warm, as in the extractor's run.
  print('save_parts_bare_parse_cold_p50_ms', median(parts.coldParse).toFixed(1), 'ms');
  print('save_parts_pages', parts.inject.length, 'count');
}

/** The worker's save steps (platform/save-timing.ts), in order, after the popup's click. */
const SAVE_STEPS = [
  'received',
  'tab',
  'extractor-looked-up',
  'injected',
  'extracted',
  'goals-read',
  'written',
  'badged',
  'replied',
];

/** Switches the worker's save timing on (platform/save-timing.ts), emptied, before a save. */
export const startSplit = (h) => h.sw.evaluate(() => (globalThis.__learnmarkSaveTiming = []));

/**
 * The parts of the save `saveFromPopup` just made in `popup`, in ms, or null when it was not a
 * first save's full path: from the popup's click to each step the worker noted, then to the
 * outcome drawn. Each part is the time since the step before it (epoch ms with sub-millisecond
 * precision in both processes). `click→received` is the popup's ask on its way to the worker;
 * `replied→drawn` the answer's way back and the popup's redraw.
 */
export async function splitOf(h, popup) {
  const { origin, t0, t1 } = await popup.evaluate(() => ({
    origin: performance.timeOrigin,
    t0: window.__learnmarkSave.t0,
    t1: window.__learnmarkSave.t1,
  }));
  const marks = await h.sw.evaluate(() => globalThis.__learnmarkSaveTiming ?? []);
  const at = new Map(marks.map((m) => [m.step, m.at]));
  if (!['received', 'extracted', 'replied'].every((s) => at.has(s))) return null;
  const parts = { total: t1 - t0 };
  let before = ['click', origin + t0];
  // A build before a step existed (or a save that skipped it: no load when read ahead) has no mark.
  for (const step of [...SAVE_STEPS.filter((s) => at.has(s)), 'drawn']) {
    const when = step === 'drawn' ? origin + t1 : at.get(step);
    parts[`${before[0]}→${step}`] = when - before[1];
    before = [step, when];
  }
  return parts;
}

/**
 * Has the popup in `popup` ask for its tab's page to be read ahead, and waits for the answer:
 * a person's click comes well after the popup opened, when the read ahead it asks for is done.
 * A build without it answers nothing (false).
 */
export const readAhead = (popup, tabId) =>
  popup
    .evaluate((id) => chrome.runtime.sendMessage({ type: 'save-read-ahead', payload: { tabId: id } }), tabId)
    .then((answer) => answer?.ok === true)
    .catch(() => false);

/**
 * Where a first save from the popup goes, end to end, over the dev pages (or the first `limit`):
 * `splitOf` per page, medians over pages; then the same after the popup's read ahead answered
 * (`save_split_ahead`), as when a person clicks a moment after opening the popup.
 */
export async function benchSaveSplit(print, { limit = Infinity } = {}) {
  const pages = loadEvalPages(DEV_DIRS).slice(0, limit);
  const h = await launch({ pages, blockScripts: true });
  const parts = new Map();
  const push = (name, ms) => parts.set(name, [...(parts.get(name) ?? []), ms]);
  try {
    const tab = await h.ctx.newPage();
    let popup = await h.ctx.newPage();
    let tabId = 0;
    for (const page of pages) {
      for (const ahead of [false, true]) {
        try {
          await openPage(tab, page.url);
          tabId ||= await h.tabIdOf(tab.url());
          await popup.goto(h.popupUrl(tabId));
          if (ahead && !(await readAhead(popup, tabId))) continue;
          await startSplit(h);
          const saved = await saveFromPopup(popup, { timeout: 30_000 });
          const split = ['saved', 'resaved'].includes(saved.state) ? await splitOf(h, popup) : null;
          for (const [name, ms] of Object.entries(split ?? {})) push(`${ahead ? 'ahead ' : ''}${name}`, ms);
        } catch {
          await popup.close().catch(() => {});
          popup = await h.ctx.newPage();
        }
      }
    }
  } finally {
    await h.close();
  }
  for (const [name, ms] of parts) print(`save_split ${name}`, median(ms).toFixed(1), 'ms');
  print('save_split_pages', parts.get('total')?.length ?? 0, 'count');
  print('save_split_ahead_pages', parts.get('ahead total')?.length ?? 0, 'count');
}

export async function benchToast(print) {
  // The X home fixture, opted in to timings.
  const file = join(mkdtempSync(join(tmpdir(), 'learnmark-toast-')), 'home.html');
  writeFileSync(
    file,
    readFileSync(join(fixturesDir, 'x.com/home/index.html'), 'utf8').replace('<html', '<html data-learnmark-bench'),
  );
  const url = 'https://x.com/home';
  const h = await launch({ pages: [{ url, file }] });
  const shown = [];
  try {
    const page = await h.ctx.newPage();
    await page.goto(url);
    await page.waitForFunction(() => document.querySelectorAll('learnmark-save').length > 0);
    await page.evaluate(() => {
      window.addEventListener('click', () => (globalThis.__benchClickAt = performance.now()), true);
    });
    const buttons = await inClosedShadows(page, 'learnmark-save', 'button');
    for (const [i, button] of buttons.entries()) {
      await button.click();
      await page.waitForFunction((n) => performance.getEntriesByName('learnmark:toast-shown').length > n, i, {
        timeout: 20_000,
      });
      shown.push(
        await page.evaluate(
          () => performance.getEntriesByName('learnmark:toast-shown').at(-1).startTime - globalThis.__benchClickAt,
        ),
      );
    }
  } finally {
    await h.close();
  }
  print('toast_shown_ms', median(shown).toFixed(1), 'ms');
  print('toast_shown_samples', shown.length, 'count');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const print = (name, value, unit) => console.log(`bench ${name} ${value} ${unit}`);
  if (!process.argv.includes('--overhead-only')) await benchToast(print);
  if (process.argv.includes('--parts')) await benchSaveParts(print);
  else if (!process.argv.includes('--toast-only')) await benchSaveOverhead(print);
}
