#!/usr/bin/env node
// Same-run comparison of two builds of the extension, interleaved so that a shared machine's
// load falls on both alike. Both builds run side by side, each in its own Chromium, seeded once
// with the same library; then each round measures A and B once each, in alternating order
// (A B, B A, …), and the median of each figure per build is printed with their ratio:
//
//   compare popup_ready_ms_10k a 345 b 300 ms b/a 0.87
//
// Usage (a build is a dist/ folder: `git worktree add ../old <commit>`, link node_modules, and
// `npx vite build` there):
//
//   node test/bench/compare.mjs --a ../old/dist --b dist [--rounds 9] [popup|popup-empty] [goal] [data] [save [--pages N] [--ahead]]
//
// save: over the dev evaluation pages, page by page and A and B in turn, a first save from the
// popup and its overhead over a bare Readability parse of the page (save_overhead_p50_ms), a
// second save of the same tab, and the first save's parts (save.bench.mjs); medians over pages.
// `save_split *`: where the first save went, step by step (save.bench.mjs `splitOf`; a build
// without the worker's save timing has none). --ahead: each click waits for the popup's read
// ahead to answer first, as a person's click comes a moment after the popup opened.
//
// The bench code is this checkout's for both builds, so both are measured the same way. Between
// measurements each side waits for its background search indexing to finish (a bulk write
// queues it), so that one side's leftover work never lands in the other's measurement.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { clearTable, launch, saveFromPopup, seedRows as seed } from '../e2e/harness.mjs';
import { importFile, pocketCsv } from './data.bench.mjs';
import { blankPageMs, goalViewOpenMs, seedGoalLibrary } from './goals.bench.mjs';
import { popupOpenPhases, seedPopupLibrary } from './popup.bench.mjs';
import { makeItems, rng } from './realistic.mjs';
import { bareParse, openPage, readAhead, saveParts, splitOf, startSplit } from './save.bench.mjs';
import { loadEvalPages } from '../e2e/server.mjs';
import { DEV_DIRS } from '../eval/extract.mjs';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function parseArgs(argv) {
  const args = { a: null, b: null, rounds: 9, pages: Infinity, ahead: false, benches: [] };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--a') args.a = resolve(argv[++i]);
    else if (argv[i] === '--b') args.b = resolve(argv[++i]);
    else if (argv[i] === '--rounds') args.rounds = Number(argv[++i]);
    else if (argv[i] === '--pages') args.pages = Number(argv[++i]);
    else if (argv[i] === '--ahead') args.ahead = true;
    else args.benches.push(argv[i]);
  }
  const known = ['popup', 'popup-empty', 'goal', 'data', 'save'];
  if (!args.a || !args.b || args.benches.some((b) => !known.includes(b)))
    throw new Error(`usage: compare.mjs --a DIST --b DIST [--rounds N] [${known.join('] [')}]`);
  if (!args.benches.length) args.benches = known.filter((k) => k !== 'save');
  return args;
}

const { a, b, rounds, pages: pageCount, ahead, benches } = parseArgs(process.argv.slice(2));
const figures = new Map();
const record = (figure, side, value) => {
  if (!figures.has(figure)) figures.set(figure, { a: [], b: [] });
  figures.get(figure)[side].push(value);
  console.log(`round ${figures.get(figure)[side].length} ${side} ${figure} ${Math.round(value)} ms`);
};
/** Records a figure without printing it round by round (its median is printed at the end). */
const quietly = (figure, side, value) => {
  if (!figures.has(figure)) figures.set(figure, { a: [], b: [] });
  figures.get(figure)[side].push(value);
};

/** Both builds side by side, each in its own browser with an options page open for seeding. */
async function withBoth(section, fn) {
  const sides = {};
  try {
    for (const [side, dist] of [
      ['a', a],
      ['b', b],
    ]) {
      const h = await launch({ dist });
      const page = await h.ctx.newPage();
      await page.goto(`chrome-extension://${h.extensionId}/src/options/index.html#${section}`);
      sides[side] = { h, page };
    }
    await fn(sides);
  } finally {
    for (const { h } of Object.values(sides)) await h.close();
  }
}

/** Waits until the side's queue of items to index for search is empty. */
async function settled(page) {
  await page.waitForFunction(
    () =>
      new Promise((ok) => {
        const open = indexedDB.open('learnmark');
        open.onsuccess = () => {
          const count = open.result.transaction('pendingIndex').objectStore('pendingIndex').count();
          count.onsuccess = () => (open.result.close(), ok(count.result === 0));
        };
      }),
    null,
    { timeout: 600_000, polling: 500 },
  );
}

/**
 * `rounds` measurements per side, alternating which side goes first; one warm-up each first
 * (measured without its side, so that nothing of it is recorded).
 */
async function interleave(sides, figure, measure) {
  for (const side of ['a', 'b']) await measure(sides[side]);
  for (let r = 0; r < rounds; r++) {
    for (const side of r % 2 ? ['b', 'a'] : ['a', 'b']) record(figure, side, await measure(sides[side], side));
  }
}

/**
 * One popup opening's ready time, its phases recorded beside it (popup_html_ms_*,
 * popup_scripts_ms_*, popup_db_open_ms_*: ms since navigation, see popup.bench.mjs), so that a
 * difference in the ready time can be told by where it arises.
 */
const popupWithPhases =
  (library) =>
  async ({ h }, side) => {
    const { html, scripts, dbOpen, ready } = await popupOpenPhases(h);
    if (side) {
      quietly(`popup_html_ms_${library}`, side, html);
      quietly(`popup_scripts_ms_${library}`, side, scripts);
      quietly(`popup_db_open_ms_${library}`, side, dbOpen);
    }
    return ready;
  };

// popup-empty: the empty popup only, for a quick look at what loading the page costs.
if (benches.includes('popup') || benches.includes('popup-empty')) {
  await withBoth('goals', async (sides) => {
    await interleave(sides, 'popup_ready_ms_empty', popupWithPhases('empty'));
    if (!benches.includes('popup')) return;
    for (const { h } of Object.values(sides)) await seedPopupLibrary(h);
    await interleave(sides, 'popup_ready_ms_10k', popupWithPhases('10k'));
  });
}

if (benches.includes('goal')) {
  await withBoth('goals', async (sides) => {
    for (const { h } of Object.values(sides)) await seedGoalLibrary(h, { items: false });
    // The floor: an extension page that draws one line from one small script.
    await interleave(sides, 'blank_page_ms', ({ h }) => blankPageMs(h));
    await interleave(sides, 'goal_view_empty_ms', ({ h }) => goalViewOpenMs(h));
    for (const { h } of Object.values(sides)) await seedGoalLibrary(h);
    await interleave(sides, 'goal_view_10k_ms', ({ h }) => goalViewOpenMs(h));
  });
}

if (benches.includes('data')) {
  const tmp = mkdtempSync(join(tmpdir(), 'learnmark-compare-'));
  try {
    const pocket = join(tmp, 'pocket.csv');
    writeFileSync(pocket, pocketCsv(10_000, rng(11)));
    await withBoth('data', async (sides) => {
      // Each side's own backup of the same 10 000 items, restored into an empty library.
      const backups = {};
      for (const [side, { page }] of Object.entries(sides)) {
        await page.getByRole('heading', { name: 'Your data' }).waitFor();
        await seed(page, 'items', makeItems(10_000));
        await page.reload();
        const download = page.waitForEvent('download', { timeout: 300_000 });
        await page.getByRole('button', { name: 'Download a backup' }).click();
        backups[side] = await (await download).path();
        await clearTable(page, 'items');
      }
      const importThenRestore = async ({ page }, side) => {
        await clearTable(page, 'items');
        const imported = await importFile(page, pocket, 'Import 10000 items');
        await settled(page);
        await clearTable(page, 'items');
        const restored = await importFile(page, backups[side], 'Restore 10000 items');
        await settled(page);
        return { imported, restored };
      };
      // A warm-up each, then the rounds.
      for (const side of ['a', 'b']) await importThenRestore(sides[side], side);
      for (let r = 0; r < Math.max(5, Math.ceil(rounds / 2)); r++) {
        for (const side of r % 2 ? ['b', 'a'] : ['a', 'b']) {
          const { imported, restored } = await importThenRestore(sides[side], side);
          record('import_pocket_10k_ms', side, imported);
          record('restore_10k_ms', side, restored);
        }
      }
    });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

console.log(`a = ${a}\nb = ${b}`);
if (benches.includes('save')) {
  const pages = loadEvalPages(DEV_DIRS).slice(0, pageCount);
  const sides = {};
  try {
    for (const [side, dist] of [
      ['a', a],
      ['b', b],
    ]) {
      const h = await launch({ dist, pages, blockScripts: true });
      sides[side] = { h, tab: await h.ctx.newPage(), popup: await h.ctx.newPage(), tabId: 0 };
    }
    for (const [i, page] of pages.entries()) {
      for (const side of i % 2 ? ['b', 'a'] : ['a', 'b']) {
        const s = sides[side];
        try {
          await openPage(s.tab, page.url);
          s.tabId ||= await s.h.tabIdOf(s.tab.url());
          const { warm: parse } = await bareParse(s.tab);
          await s.popup.goto(s.h.popupUrl(s.tabId));
          if (ahead) await readAhead(s.popup, s.tabId);
          await startSplit(s.h);
          const first = await saveFromPopup(s.popup, { timeout: 30_000 });
          const split = await splitOf(s.h, s.popup).catch(() => null);
          await s.popup.goto(s.h.popupUrl(s.tabId));
          const again = await saveFromPopup(s.popup, { timeout: 30_000 });
          await openPage(s.tab, page.url);
          const parts = await saveParts(s.h, s.tabId);
          if (!['saved', 'resaved'].includes(first.state) || again.state !== 'resaved') continue;
          for (const [part, ms] of Object.entries(split ?? {})) quietly(`save_split ${part}`, side, ms);
          quietly('save_p50_ms', side, first.ms);
          quietly('save_overhead_p50_ms', side, first.ms - parse);
          quietly('save_again_overhead_p50_ms', side, again.ms - parse);
          quietly('save_bare_parse_p50_ms', side, parse);
          quietly('save_extractor_inject_p50_ms', side, parts.inject);
          quietly('save_extract_run_p50_ms', side, parts.run);
          quietly('save_extract_run_again_p50_ms', side, parts.runAgain);
        } catch {
          await s.popup.close().catch(() => {});
          s.popup = await s.h.ctx.newPage();
        }
      }
      if ((i + 1) % 20 === 0) console.log(`save: ${i + 1}/${pages.length} pages`);
    }
  } finally {
    for (const { h } of Object.values(sides)) await h.close();
  }
}

for (const [figure, { a: xa, b: xb }] of figures) {
  const [ma, mb] = [median(xa), median(xb)];
  console.log(
    `compare ${figure} a ${ma.toFixed(1)} b ${mb.toFixed(1)} ms b/a ${(mb / ma).toFixed(2)} (${xa.length} + ${xb.length} runs)`,
  );
}
