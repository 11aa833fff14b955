#!/usr/bin/env node
// `npm run bench`: prints `bench <name> <value> <unit>` lines (../shared/docs/bench.md).
// Figures are printed, never asserted.
//
// - popup/worker/content bundle sizes, raw and gzip -9: each entry of dist/manifest.json with the
//   chunks it loads statically (popup: the page's scripts; worker: the service worker loader;
//   content: every script of ours that runs in pages: the feed content script, and the extractor
//   and nudge card the worker injects on demand). gzip is per file, summed. The feed script
//   alone, which runs on every LinkedIn and X page, is feed_content_js_* (social.bench.mjs).
// - save_p50_ms / save_p95_ms: the extraction evaluation over the dev pages, saved through the
//   popup in Chromium, from the click to the status drawn after the committed write.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { distDir, readManifest, repoRoot } from '../e2e/harness.mjs';
import { DEV_DIRS, runEval } from '../eval/extract.mjs';

const print = (name, value, unit) => console.log(`bench ${name} ${value} ${unit}`);

// Static imports of an ES module (`import … from "./x.js"`, `import "./x.js"`, `export … from`),
// and files an extension script names with chrome.runtime.getURL("…").
const IMPORT = /(?:\bfrom\s*|\bimport\s*)["'`]([^"'`]+\.js)["'`]/g;
const GET_URL = /getURL\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g;

/** dist-relative path of `spec` as referenced from the dist-relative file `from`. */
const resolveIn = (from, spec) =>
  spec.startsWith('/') ? spec.slice(1) : posix.normalize(posix.join(posix.dirname(from), spec));

/** The files an entry loads: itself and everything it imports, transitively. */
function closure(entries) {
  const seen = new Set();
  const queue = [...entries];
  while (queue.length) {
    const file = queue.shift();
    if (seen.has(file) || !existsSync(join(distDir, file))) continue;
    seen.add(file);
    const code = readFileSync(join(distDir, file), 'utf8');
    for (const re of [IMPORT, GET_URL]) {
      for (const [, spec] of code.matchAll(re)) {
        if (!/^(https?:|chrome-extension:|data:)/.test(spec)) queue.push(resolveIn(file, spec));
      }
    }
  }
  return [...seen];
}

/** The script files an HTML page of the extension loads. */
function pageScripts(htmlFile) {
  const html = readFileSync(join(distDir, htmlFile), 'utf8');
  const srcs = [...html.matchAll(/<script\b[^>]*\bsrc=["']([^"']+)["']/g)].map((m) => m[1]);
  const preloads = [...html.matchAll(/<link\b[^>]*rel=["']modulepreload["'][^>]*href=["']([^"']+)["']/g)].map(
    (m) => m[1],
  );
  return [...srcs, ...preloads].map((s) => resolveIn(htmlFile, s));
}

/**
 * Scripts the worker injects with scripting.executeScript({files}): dist paths of .js files named
 * in the worker's code that are not part of the worker itself.
 */
function injectedBy(workerFiles) {
  const named = new Set();
  for (const f of workerFiles) {
    const code = readFileSync(join(distDir, f), 'utf8');
    for (const [, path] of code.matchAll(/["'`]\/?([\w./-]+\.js)["'`]/g)) {
      if (!workerFiles.includes(path) && existsSync(join(distDir, path))) named.add(path);
    }
  }
  return [...named];
}

function sizes(files) {
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const buf = readFileSync(join(distDir, f));
    raw += buf.length;
    gzip += gzipSync(buf, { level: 9 }).length;
  }
  return { raw, gzip };
}

function bundleSizes() {
  const manifest = readManifest();
  const popupHtml = manifest.action?.default_popup;
  const worker = manifest.background?.service_worker;
  const workerFiles = worker ? closure([worker]) : [];
  const contentFiles = [
    ...(manifest.web_accessible_resources ?? []).flatMap((w) => w.resources ?? []),
    ...(manifest.content_scripts ?? []).flatMap((c) => c.js ?? []),
    ...injectedBy(workerFiles),
  ].filter((f) => f.endsWith('.js'));
  const bundles = {
    popup: popupHtml ? closure(pageScripts(popupHtml)) : [],
    worker: workerFiles,
    content: closure([...new Set(contentFiles)]),
  };
  for (const [name, files] of Object.entries(bundles)) {
    const { raw, gzip } = sizes(files);
    print(`${name}_js_raw_bytes`, raw, 'bytes');
    print(`${name}_js_gzip_bytes`, gzip, 'bytes');
  }
}

const percentile = (sorted, p) =>
  sorted.length ? Math.round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]) : 'na';

async function saveLatency() {
  const { results } = await runEval({
    dirs: DEV_DIRS,
    out: join(repoRoot, 'test-results/bench/results.jsonl'),
    log: () => {},
  });
  const ms = results
    .map((r) => r.saveMs)
    .filter((v) => typeof v === 'number')
    .sort((a, b) => a - b);
  print('save_p50_ms', percentile(ms, 0.5), 'ms');
  print('save_p95_ms', percentile(ms, 0.95), 'ms');
  // The readable HTML an item keeps (pages Readability reads as an article; the others keep none).
  const html = results
    .map((r) => r.htmlBytes)
    .filter((v) => typeof v === 'number')
    .sort((a, b) => a - b);
  print('item_html_bytes_p50', percentile(html, 0.5), 'bytes');
  print('item_html_kept_ratio', results.length ? (html.length / results.length).toFixed(2) : 'na', 'ratio');
}

if (!existsSync(join(distDir, 'manifest.json'))) {
  console.error('bench: dist/ is missing, building it first');
  execFileSync('npm', ['run', 'build'], { cwd: dirname(distDir), stdio: ['ignore', 'ignore', 'inherit'] });
}
bundleSizes();
// `npm run bench -- bundle`: the bundle sizes only (of LEARNMARK_DIST when set), for a quick before and after.
if (process.argv.includes('bundle')) process.exit(0);
await saveLatency();

// Each issue's figures live in their own module beside this file; run those present, in order.
const MODULES = [
  ['goals.bench.mjs', ['benchSuggest', 'benchGoalTies', 'benchGoalView']],
  ['popup.bench.mjs', ['benchPopup']],
  ['giant.bench.mjs', ['benchGiant']],
  ['social.bench.mjs', ['benchSocial']],
  ['save.bench.mjs', ['benchToast', 'benchSaveOverhead', 'benchSaveParts', 'benchSaveSplit']],
  ['tracking.bench.mjs', ['benchTracking']],
  ['nudge.bench.mjs', ['benchNudge']],
  ['time.bench.mjs', ['benchTime']],
  ['data.bench.mjs', ['benchData']],
  ['import-limits.bench.mjs', ['benchImportLimits']],
  ['reader.bench.mjs', ['benchReader']],
  ['highlight.bench.mjs', ['benchHighlight']],
  ['review.bench.mjs', ['benchReview']],
  ['library.bench.mjs', ['benchLibrary']],
  ['sync.bench.mjs', ['benchSync']],
];
for (const [file, fns] of MODULES) {
  const path = join(dirname(new URL(import.meta.url).pathname), file);
  if (!existsSync(path)) continue;
  const mod = await import(path);
  for (const fn of fns) await mod[fn](print);
}
