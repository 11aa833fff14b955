// Time-tracking figures for `npm run bench` (Chromium, the built extension):
// - tracking_ratio_min / _max: recorded / true seconds per host over a scripted browsing session
//   of about two minutes across a learning, a distraction and a neutral host, with tab switches,
//   a stretch on an internal page, and two worker stops (each proven: see tracking-helpers.mjs).
//   True seconds come from the bench's own clock at each switch; recorded seconds are read from
//   the `activity` table once the tracker has closed its last segment.
// - neutral_page_content_scripts: scripts Learnmark runs in a page of a neutral site, counted
//   over CDP (scripts parsed in an isolated world of the extension's origin). The same count on
//   the LinkedIn feed, where the in-feed save buttons do run, shows the measure sees injection.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from '../e2e/harness.mjs';
import { readStore, settledActivity, stopWorker } from '../e2e/tracking-helpers.mjs';

const LEARN = 'https://developer.mozilla.org/en-US/docs/Web/JavaScript';
const GAME = 'http://farmville.com/';
const NEUTRAL = 'https://example.org/';
const FEED = 'https://www.linkedin.com/feed/';

/** The scripted session: [page, seconds in front, seconds into the stay at which to stop the worker]. */
const SCRIPT = [
  ['learn', 14],
  ['game', 10],
  ['neutral', 8],
  ['learn', 18, 7],
  ['blank', 5],
  ['game', 16, 6],
  ['neutral', 12],
  ['learn', 9],
  ['game', 9],
  ['neutral', 7],
];
const HOSTS = { learn: 'developer.mozilla.org', game: 'farmville.com', neutral: 'example.org' };

const wait = (ms) => new Promise((ok) => setTimeout(ok, ms));

function pageFile(dir, name, title) {
  const file = join(dir, `${name}.html`);
  writeFileSync(file, `<!doctype html><html lang="en"><title>${title}</title><h1>${title}</h1><p>Text.</p></html>`);
  return file;
}

/** Scripts from the extension run in `url`, counted over CDP from before navigation to load + 1 s. */
export async function extensionScriptsIn(h, url) {
  const page = await h.ctx.newPage();
  const cdp = await h.ctx.newCDPSession(page);
  const origin = `chrome-extension://${h.extensionId}`;
  const contexts = new Set();
  const scripts = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    // Only the extension's worlds: Playwright adds isolated worlds of its own (utility worlds).
    if (context.origin.startsWith(origin)) contexts.add(context.id);
    if (process.env.BENCH_DEBUG) console.log('context', context.name, context.origin, context.auxData?.type);
  });
  cdp.on('Debugger.scriptParsed', (s) => scripts.push(s));
  await cdp.send('Runtime.enable');
  await cdp.send('Debugger.enable');
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(1_000);
  // Every script parsed in the extension's worlds (a CRXJS content script is a loader and the
  // module it imports, so one declared script can count more than once): 0 means nothing ran.
  const own = scripts.filter((s) => contexts.has(s.executionContextId) || s.url.startsWith(origin));
  await cdp.detach();
  await page.close();
  return { worlds: contexts.size, scripts: own.length };
}

export async function benchTracking(print) {
  const dir = mkdtempSync(join(tmpdir(), 'learnmark-bench-tracking-'));
  const h = await launch({
    pages: [
      { url: LEARN, file: pageFile(dir, 'learn', 'JavaScript | MDN') },
      { url: NEUTRAL, file: pageFile(dir, 'neutral', 'Example Domain') },
    ],
  });
  try {
    // Neutral page first, on a fresh profile: nothing but the page itself should run there.
    const neutral = await extensionScriptsIn(h, NEUTRAL);
    const feed = await extensionScriptsIn(h, FEED);
    print('neutral_page_content_scripts', neutral.scripts, 'count');
    print('neutral_page_extension_worlds', neutral.worlds, 'count');
    // The control: the same count where Learnmark does inject (LinkedIn feed save buttons).
    print('linkedin_feed_content_scripts', feed.scripts, 'count');

    const options = await h.ctx.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/src/options/index.html`);
    const pages = {};
    for (const [name, url] of [
      ['learn', LEARN],
      ['game', GAME],
      ['neutral', NEUTRAL],
      ['blank', 'about:blank'],
    ]) {
      pages[name] = await h.ctx.newPage();
      await pages[name].goto(url);
    }
    // Start from an uncounted page, with nothing recorded yet for the three hosts.
    // A cold worker answers its first steps late: let them all land before the baseline.
    await pages.blank.bringToFront();
    await settledActivity(options, { quietMs: 2_000, timeout: 30_000 });
    const baseline = await recordedByHost(options);

    const truth = { learn: 0, game: 0, neutral: 0 };
    let stops = 0;
    let proven = 0;
    let current = null;
    let since = 0;
    const switchTo = async (name) => {
      const before = Date.now();
      await pages[name].bringToFront();
      const at = (before + Date.now()) / 2;
      if (current && current in truth) truth[current] += (at - since) / 1000;
      [current, since] = [name, at];
      if (process.env.BENCH_DEBUG) console.log(`${((at - t0) / 1000).toFixed(2)} switch to ${name}`);
    };
    const t0 = Date.now();
    if (process.env.BENCH_DEBUG) void watchTracker(options, t0);
    for (const [name, seconds, stopAt] of SCRIPT) {
      await switchTo(name);
      const stayUntil = Date.now() + seconds * 1000;
      if (stopAt !== undefined) {
        await wait(stopAt * 1000);
        const stop = await stopWorker(h.ctx, h.sw, pages[name]);
        stops++;
        // Staying on the page does not wake the worker: the next switch (or the flush alarm) does.
        await wait(Math.max(0, stayUntil - Date.now()));
        await switchTo(name === 'blank' ? 'learn' : 'blank');
        if (stop.stopped && (await stop.markerGone())) proven++;
        await stop.detach();
        continue;
      }
      await wait(Math.max(0, stayUntil - Date.now()));
    }
    await switchTo('blank');
    const sessionSeconds = (Date.now() - t0) / 1000;
    await settledActivity(options, { timeout: 30_000, quietMs: 2_000 });
    const recorded = await recordedByHost(options);

    const ratios = {};
    for (const [name, host] of Object.entries(HOSTS)) {
      const got = (recorded.get(host) ?? 0) - (baseline.get(host) ?? 0);
      ratios[name] = got / truth[name];
      print(`tracking_seconds_true_${name}`, truth[name].toFixed(2), 's');
      print(`tracking_seconds_recorded_${name}`, got.toFixed(2), 's');
      print(`tracking_ratio_${name}`, ratios[name].toFixed(4), 'ratio');
    }
    const values = Object.values(ratios);
    print('tracking_ratio_min', Math.min(...values).toFixed(4), 'ratio');
    print('tracking_ratio_max', Math.max(...values).toFixed(4), 'ratio');
    print('tracking_session_s', sessionSeconds.toFixed(0), 's');
    print('tracking_worker_stops_proven', `${proven}/${stops}`, 'count');
  } finally {
    await h.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Logs each change of the tracker's open segment, for debugging the figures (BENCH_DEBUG=1). */
async function watchTracker(extensionPage, t0) {
  let last = '';
  for (;;) {
    const state = await extensionPage
      .evaluate(() => chrome.storage.session.get('tracker').then((s) => s.tracker ?? null))
      .catch(() => 'closed');
    if (state === 'closed') return;
    const now = JSON.stringify(state?.segment ? [state.segment.host, state.segment.startedAt] : null);
    if (now !== last) {
      const seg = state?.segment;
      console.log(
        `${((Date.now() - t0) / 1000).toFixed(2)} seen`,
        seg ? `${seg.host} from ${((seg.startedAt - t0) / 1000).toFixed(2)}` : 'none',
      );
      last = now;
    }
    await wait(100);
  }
}

/** Seconds recorded per host over all days, summed over categories. */
async function recordedByHost(extensionPage) {
  const out = new Map();
  for (const row of await readStore(extensionPage, 'activity')) {
    const seconds = row.byCategory ? Object.values(row.byCategory).reduce((a, b) => a + b, 0) : row.seconds;
    out.set(row.host, (out.get(row.host) ?? 0) + seconds);
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await benchTracking((name, value, unit) => console.log(`bench ${name} ${value} ${unit}`));
}
