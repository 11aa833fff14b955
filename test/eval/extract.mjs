#!/usr/bin/env node
// Extraction evaluation: `npm run eval:extract -- [--out FILE] [--verbose] DIR...`
//
// Serves every page of every DIR at the `url` of its expected.json, saves it through the same
// path as the popup's button (the page in a tab, the popup acting on that tab, a click on "Save
// this page"), reads back what the extension stored in IndexedDB, writes results.jsonl as
// ../shared/eval/README.md describes, then scores it with ../shared/eval/score.mjs and prints the
// score's summary line last. With no DIR, the three folders of ../shared/eval/dev are used.
//
// Page scripts are blocked (a CSP header) so captured pages render as captured, without
// redirecting or rewriting themselves, and the run is faster; LEARNMARK_EVAL_PAGE_SCRIPTS=1 lets
// them run (same scores on the dev pages when last compared, about 40% slower).
// LEARNMARK_EVAL_HTML_DIR=DIR also writes each page's stored readable HTML to DIR/<id>.html, to
// compare two builds' stored HTML page by page (test/eval/html-diff.mjs).
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, readItems, repoRoot, saveFromPopup, sharedDir } from '../e2e/harness.mjs';
import { loadEvalPages } from '../e2e/server.mjs';

export const DEV_DIRS = ['readability', 'news', 'social'].map((d) => join(sharedDir, 'eval/dev', d));
export const DEFAULT_OUT = join(repoRoot, 'test-results/eval/results.jsonl');
const FIELDS = [
  'kind',
  'title',
  'author',
  'siteName',
  'publishedAt',
  'lang',
  'canonicalUrl',
  'handle',
  'excerpt',
  'text',
];
const SAVED = new Set(['saved', 'resaved']);

/** Saves every page in Chromium; returns one outcome per page, in order. */
async function savePages(pages, { log }) {
  const h = await launch({ pages, blockScripts: process.env.LEARNMARK_EVAL_PAGE_SCRIPTS !== '1' });
  const outcomes = [];
  try {
    const tab = await h.ctx.newPage();
    let popup = await h.ctx.newPage();
    let tabId = 0;
    for (const [i, page] of pages.entries()) {
      const outcome = { page, tabUrl: page.url, state: '', text: '', ms: null, clickedAt: 0, error: null, item: null };
      try {
        h.server.setRoute(page.url, page.file);
        await tab.goto(page.url, { waitUntil: 'load', timeout: 20_000 }).catch((e) => {
          if (!tab.url().startsWith('http')) throw e; // a slow subresource is fine, no page is not
        });
        outcome.tabUrl = tab.url();
        // The same tab shows every page, so its id is looked up once.
        tabId ||= await h.tabIdOf(outcome.tabUrl);
        await popup.goto(h.popupUrl(tabId));
        const saved = await saveFromPopup(popup, { timeout: 30_000 });
        Object.assign(outcome, saved);
        if (SAVED.has(saved.state))
          outcome.item = pickWritten(await readItems(popup, { updatedSince: saved.clickedAt }), outcome);
        else outcome.error = `${saved.state}: ${saved.text}`;
      } catch (e) {
        outcome.error = String(e instanceof Error ? e.message : e).split('\n')[0];
        await popup.close().catch(() => {});
        popup = await h.ctx.newPage();
      }
      outcomes.push(outcome);
      if ((i + 1) % 20 === 0 || i + 1 === pages.length) log(`eval: saved ${i + 1}/${pages.length}`);
    }
    return { outcomes, networkRequests: h.guard.requests };
  } finally {
    await h.close();
  }
}

/**
 * The item a save wrote, among those written since its click: the one at the tab's address, else
 * the only one. (Matching by address alone is not enough: a few pages share one address.)
 */
function pickWritten(written, { tabUrl, page }) {
  const atAddress = written.find(
    (it) => [tabUrl, page.url].includes(String(it.originalUrl)) || [tabUrl, page.url].includes(it.url),
  );
  return atAddress ?? (written.length === 1 ? written[0] : null);
}

const toResult = (o) => {
  const { item } = o;
  const line = { id: o.page.id };
  for (const f of FIELDS) line[f] = item ? (item[f] ?? null) : null;
  line.htmlBytes = typeof item?.html === 'string' ? Buffer.byteLength(item.html) : null;
  line.saveMs = o.error || o.ms == null ? null : Math.round(o.ms);
  line.error = o.error ?? (item ? null : 'saved, but no stored item matches the page');
  return line;
};

/** Parses score.mjs output: per-field rates and the summary line. */
export function parseScore(output) {
  const lines = output.trim().split('\n');
  const fields = {};
  for (const l of lines) {
    const m = /^(\w+)\s+([\d.]+)\s+\((\d+)\/(\d+)\)/.exec(l);
    if (m) fields[m[1]] = { rate: Number(m[2]), ok: Number(m[3]), n: Number(m[4]) };
  }
  return { fields, summary: lines.filter((l) => l.startsWith('eval:')).pop() ?? '' };
}

/**
 * Runs the evaluation. Returns the results written, the score output, per-field rates, the
 * summary line and any request the extension made to the network during the run.
 */
export async function runEval({ dirs = DEV_DIRS, out = DEFAULT_OUT, verbose = false, log = console.error } = {}) {
  const absDirs = dirs.map((d) => resolve(d));
  const pages = loadEvalPages(absDirs);
  if (!pages.length) throw new Error(`no evaluation pages in ${absDirs.join(', ')}`);
  const { outcomes, networkRequests } = await savePages(pages, { log });
  const results = outcomes.map(toResult);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, results.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const htmlDir = process.env.LEARNMARK_EVAL_HTML_DIR;
  if (htmlDir) {
    mkdirSync(htmlDir, { recursive: true });
    for (const o of outcomes) {
      if (typeof o.item?.html === 'string')
        writeFileSync(join(htmlDir, `${o.page.id.replace(/\W+/g, '_')}.html`), o.item.html);
    }
  }
  const args = [join(sharedDir, 'eval/score.mjs'), out, ...absDirs, ...(verbose ? ['--verbose'] : [])];
  const scoreOutput = execFileSync(process.execPath, args, { encoding: 'utf8' });
  return { results, out, scoreOutput, networkRequests, ...parseScore(scoreOutput) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const argv = process.argv.slice(2);
  const outAt = argv.indexOf('--out');
  const out = outAt >= 0 ? resolve(argv[outAt + 1] ?? '') : DEFAULT_OUT;
  const dirs = argv.filter((a, i) => !a.startsWith('--') && (outAt < 0 || i !== outAt + 1));
  const run = await runEval({ dirs: dirs.length ? dirs : DEV_DIRS, out, verbose: argv.includes('--verbose') }).catch(
    (e) => {
      console.error(`eval: ${e instanceof Error ? e.message : e}`);
      process.exit(1);
    },
  );
  if (run.networkRequests.length)
    console.error(`eval: the extension made network requests: ${JSON.stringify(run.networkRequests)}`);
  console.error(`eval: results written to ${run.out}`);
  process.stdout.write(run.scoreOutput.endsWith('\n') ? run.scoreOutput : `${run.scoreOutput}\n`);
}
