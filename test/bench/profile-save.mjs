#!/usr/bin/env node
// Where the extractor's time goes in a save (issue 12), to cut measured costs: over the dev
// evaluation pages, each page is opened in a tab, the extractor is injected and run as the worker
// does (platform/scripting.ts), with Chromium's CDP Profiler sampling the tab. Prints, summed over
// every page, the time inside each of the extractor's phases (a function's own time and that of
// everything it calls, counted once per sample) and the functions with most self time.
//
// Function names need an unminified build:
//   npx vite build --minify false --outDir /tmp/lm-nomin --emptyOutDir --logLevel warn
//   LEARNMARK_DIST=/tmp/lm-nomin node test/bench/profile-save.mjs [pages]
import { launch } from '../e2e/harness.mjs';
import { loadEvalPages } from '../e2e/server.mjs';
import { DEV_DIRS } from '../eval/extract.mjs';

const EXTRACTOR_FILE = 'src/content/extract/index.js';
/** Phases, by the name of the function that runs each (a bundler may add a `$n` suffix). */
const PHASES = [
  '__learnmarkExtract',
  'extractPage',
  'extractGeneric',
  'runReadability',
  'parse',
  '_grabArticle',
  'blockText',
  'readableHtml',
  'readableHtmlInPlace',
  'sanitize',
  'capTextIn',
  'createDOMPurify',
  'collectSources',
  'readHeaderTexts',
  'readJsonLd',
  'mergeMetadata',
  'socialFields',
  'detectKind',
  'fallbackText',
  'extractXStatus',
  'extractLinkedInPostPage',
];
const base = (name) => name.replace(/\$\d+$/, '');

const limit = Number(process.argv[2] ?? Infinity);
const pages = loadEvalPages(DEV_DIRS).slice(0, limit);
const h = await launch({ pages, blockScripts: true });
const inclusive = new Map();
const self = new Map();
let total = 0;
let profiled = 0;
try {
  const tab = await h.ctx.newPage();
  const cdp = await h.ctx.newCDPSession(tab);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  let tabId = 0;
  for (const page of pages) {
    try {
      await tab.goto(page.url, { waitUntil: 'load', timeout: 20_000 }).catch((e) => {
        if (!tab.url().startsWith('http')) throw e;
      });
      tabId ||= await h.tabIdOf(tab.url());
      await cdp.send('Profiler.start');
      await h.sw.evaluate(
        async ({ tabId, file }) => {
          const target = { tabId };
          await chrome.scripting.executeScript({ target, files: [file] });
          await chrome.scripting.executeScript({ target, func: () => void globalThis.__learnmarkExtract?.() });
        },
        { tabId, file: EXTRACTOR_FILE },
      );
      const { profile } = await cdp.send('Profiler.stop');
      const byId = new Map(profile.nodes.map((n) => [n.id, n]));
      const parent = new Map();
      for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
      profile.samples.forEach((id, i) => {
        const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
        const { functionName, url } = byId.get(id).callFrame;
        const names = new Set();
        let inExtractor = false;
        for (let n = id; n !== undefined; n = parent.get(n)) {
          const frame = byId.get(n).callFrame;
          if (frame.url.includes(EXTRACTOR_FILE)) inExtractor = true;
          names.add(base(frame.functionName));
        }
        // Native DOM work (cloneNode, querySelectorAll) counts in its JS caller's frame.
        if (!inExtractor) return;
        total += ms;
        for (const name of names) if (PHASES.includes(name)) inclusive.set(name, (inclusive.get(name) ?? 0) + ms);
        const key = `${functionName || '(anonymous)'} ${url.split('/').pop()}`;
        self.set(key, (self.get(key) ?? 0) + ms);
      });
      profiled++;
    } catch {
      // A page that would not load is left out, as in the save bench.
    }
  }
} finally {
  await h.close();
}
console.log(`## ${profiled} pages, ${total.toFixed(0)} ms sampled in the extractor's code and what it calls`);
console.log('-- per phase: ms summed over pages (share of the sampled total)');
for (const name of PHASES) {
  const ms = inclusive.get(name) ?? 0;
  console.log(`${ms.toFixed(1).padStart(8)}  ${((100 * ms) / total).toFixed(0).padStart(3)} %  ${name}`);
}
console.log('-- self time (ms)');
for (const [fn, ms] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25))
  console.log(`${ms.toFixed(1).padStart(8)}  ${fn}`);
