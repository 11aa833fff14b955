#!/usr/bin/env node
// Where a page's first draw spends its time, to fix measured costs rather than guessed ones:
// opens the popup (or a goal's view) of the built extension (LEARNMARK_DIST, else dist/) with
// 10 000 items and a year of activity seeded as the benches do, and prints
//  - every IndexedDB request the page made before its ready mark: store or index, method, range,
//    start and end (ms since navigation), rows returned;
//  - the functions with the most self time in a CPU profile (Chromium's CDP Profiler) of the same
//    opening.
//
//   node test/bench/profile.mjs popup|empty|goal [runs]   (empty: the popup, nothing seeded)
import { launch, seedRows as seed } from '../e2e/harness.mjs';
import { makeGoals } from './goals.bench.mjs';
import { makeItems } from './realistic.mjs';

const DAY = 86_400_000;
const [what = 'popup', runsArg = '3'] = process.argv.slice(2);

/** Wraps IndexedDB's request methods in the page to log each request's range, timing and size. */
function traceIdb() {
  const log = (globalThis.__idbLog = []);
  const describe = (range) =>
    range instanceof IDBKeyRange
      ? `${JSON.stringify(range.lower)}..${JSON.stringify(range.upper)}`
      : range === undefined
        ? ''
        : JSON.stringify(range);
  for (const proto of [IDBObjectStore.prototype, IDBIndex.prototype]) {
    for (const method of ['get', 'getAll', 'getAllKeys', 'count', 'openCursor', 'openKeyCursor', 'getKey']) {
      const original = proto[method];
      if (!original) continue;
      proto[method] = function (...args) {
        const request = original.apply(this, args);
        const entry = {
          on: this instanceof IDBIndex ? `${this.objectStore.name}.${this.name}` : this.name,
          method,
          range: describe(args[0]).slice(0, 80),
          t0: performance.now(),
          t1: 0,
          rows: 0,
        };
        log.push(entry);
        request.addEventListener('success', () => {
          entry.t1 = performance.now();
          const r = request.result;
          if (Array.isArray(r)) entry.rows = r.length;
          else if (method.startsWith('open')) entry.rows += r ? 1 : 0;
          else entry.rows = r === undefined ? 0 : 1;
        });
        return request;
      };
    }
  }
}

function topSelf(profile, n = 25) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  const dt = profile.timeDeltas;
  profile.samples.forEach((id, i) => {
    const { functionName, url, lineNumber } = byId.get(id).callFrame;
    const key = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
  });
  return [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, n);
}

/** Self time per script file, and per 50 ms of the opening the function that took most of it. */
function byFileAndTime(profile, readyMs) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const files = new Map();
  const buckets = new Map();
  let t = profile.startTime;
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i] ?? 0;
    const { functionName, url } = byId.get(id).callFrame;
    const file = url.split('/').pop() || functionName || '(native)';
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    files.set(file, (files.get(file) ?? 0) + ms);
    // The profiler starts just before the navigation: its start stands for it.
    const at = (t - profile.startTime) / 1000;
    if (at < 0 || at > readyMs) return;
    const bucket = Math.floor(at / 50) * 50;
    const per = buckets.get(bucket) ?? new Map();
    const key = `${functionName || '(anonymous)'} ${file}`;
    per.set(key, (per.get(key) ?? 0) + ms);
    buckets.set(bucket, per);
  });
  return {
    files: [...files.entries()].sort((x, y) => y[1] - x[1]).slice(0, 15),
    buckets: [...buckets.entries()]
      .sort((x, y) => x[0] - y[0])
      .map(([at, per]) => [at, [...per.entries()].sort((x, y) => y[1] - x[1]).slice(0, 3)]),
  };
}

const h = await launch();
try {
  const own = `chrome-extension://${h.extensionId}`;
  const setup = await h.ctx.newPage();
  await setup.goto(`${own}/src/options/index.html#goals`);
  await setup.getByRole('button', { name: 'New goal' }).waitFor();
  const now = Date.now();
  const goals = what === 'empty' ? [] : makeGoals(5);
  await seed(setup, 'goals', goals);
  if (what !== 'empty')
    await seed(setup, 'items', makeItems(10_000, { now, goalIds: what === 'goal' ? goals.map((g) => g.id) : [] }), 500);
  if (what === 'popup') {
    const rows = [];
    for (let d = 0; d < 365; d++) {
      const day = new Date(now - d * DAY).toISOString().slice(0, 10);
      for (let k = 0; k < 200; k++)
        rows.push({ day, host: `host${k}.example`, category: k < 40 ? 'learning' : 'neutral', seconds: 60 });
    }
    await seed(setup, 'activity', rows, 5000);
  }
  const url = what === 'goal' ? `${own}/src/options/index.html#goals/goal-0` : `${own}/src/popup/index.html`;
  const mark = what === 'goal' ? 'learnmark:goal-view-ready' : 'learnmark:popup-ready';
  for (let run = 0; run < Number(runsArg); run++) {
    const page = await h.ctx.newPage();
    await page.addInitScript(traceIdb);
    const cdp = await h.ctx.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await page.goto(url);
    await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, mark, { timeout: 60_000 });
    const { profile } = await cdp.send('Profiler.stop');
    const { ready, marks, log } = await page.evaluate((m) => {
      const ready = performance.getEntriesByName(m)[0].startTime;
      const [nav] = performance.getEntriesByType('navigation');
      const marks = [
        ...performance.getEntriesByType('mark').map((e) => [e.name, Math.round(e.startTime)]),
        ...['responseEnd', 'domInteractive', 'domContentLoadedEventEnd', 'loadEventEnd'].map((k) => [
          k,
          Math.round(nav[k]),
        ]),
        ...performance
          .getEntriesByType('resource')
          .map((e) => [`${e.name.split('/').pop()} ${Math.round(e.duration)} ms`, Math.round(e.startTime)]),
      ].sort((a, b) => a[1] - b[1]);
      return { ready, marks, log: globalThis.__idbLog.filter((e) => e.t0 <= ready) };
    }, mark);
    console.log(`\n## run ${run + 1}: ${mark} at ${Math.round(ready)} ms`);
    console.log(marks.map(([n, t]) => `${t} ${n}`).join('\n'));
    for (const e of log)
      console.log(
        `${Math.round(e.t0)}–${e.t1 ? Math.round(e.t1) : '…'} (${e.t1 ? Math.round(e.t1 - e.t0) : '?'} ms) ${e.on} ${e.method} ${e.range} → ${e.rows}`,
      );
    console.log('-- self time (ms)');
    for (const [fn, ms] of topSelf(profile)) console.log(`${ms.toFixed(1)}\t${fn}`);
    const { files, buckets } = byFileAndTime(profile, ready);
    console.log('-- self time per file (ms)');
    for (const [file, ms] of files) console.log(`${ms.toFixed(1)}\t${file}`);
    console.log('-- per 50 ms up to ready: the functions with most self time');
    for (const [at, top] of buckets)
      console.log(`${at}\t${top.map(([fn, ms]) => `${fn} ${ms.toFixed(0)}`).join(' | ')}`);
    await page.close();
  }
} finally {
  await h.close();
}
