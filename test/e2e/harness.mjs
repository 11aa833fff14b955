// End-to-end harness: the built extension (dist/) in Debian's Chromium, driven by playwright-core,
// with every host name mapped to the local server of ./server.mjs.
//
// activeTab is only granted by a real user gesture (toolbar click, shortcut, context menu), which
// headless Chromium cannot make. So the harness loads a COPY of dist/ whose manifest also has
// "host_permissions": ["<all_urls>"]; that is the only difference from what ships. The tests
// assert that the shipped dist/manifest.json asks for no <all_urls>.
//
// The clock: the extension's pages and worker take "now" from src/platform/clock.ts, which
// follows `globalThis.__learnmarkClock = { at, setAt }` when set. `launch({ now })` sets it
// before any extension page opens (an init script for every page, and the worker at once), and
// `h.setNow(t)` moves it for the open extension pages, the pages opened later and the worker,
// again after the worker restarts. Time then runs on from `t` at the real pace, the same in
// every page and the worker (`setAt` is this process's clock, which Chromium shares). Tests
// that involve days or weeks set it, to noon on a date they choose, so that they give the same
// result whatever day they run; a page already drawn keeps its week until it is reloaded.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { closedPort, startServer } from './server.mjs';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The built extension; LEARNMARK_DIST points the tests and benches at another build. */
export const distDir = process.env.LEARNMARK_DIST ? resolve(process.env.LEARNMARK_DIST) : join(repoRoot, 'dist');
export const fixturesDir = join(repoRoot, 'test/fixtures');
export const sharedDir = resolve(repoRoot, '../shared');
export const POPUP_PATH = 'src/popup/index.html';
export const WELCOME_PATH = 'src/welcome/index.html';
/** Resolves to a port where nothing listens: pages there become Chromium error pages. */
export const UNREACHABLE_HOST = 'unreachable.example.net';
export const SAVE_STATES = ['saved', 'resaved', 'restricted', 'not-loaded', 'error'];

const CHROMIUM_CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/lib/chromium/chromium', // Debian: skips the wrapper script
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];
export const findChromium = () => CHROMIUM_CANDIDATES.find((p) => p && existsSync(p)) ?? null;

/** Throws a clear error unless `npm run build` has written dist/ (or `dist`). */
export function assertBuilt(dist = distDir) {
  if (!existsSync(join(dist, 'manifest.json'))) {
    throw new Error(`${dist}/manifest.json is missing: run \`npm run build\` first.`);
  }
}

export const readManifest = (dir = distDir) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));

/**
 * Copies dist/ (or another build, `dist`) and grants the copy <all_urls> host access (see the
 * note at the top); with `allUrls: false` the copy is the build as it ships (for paths that need
 * access to be missing).
 */
export function patchedExtensionCopy(into, { allUrls = true, dist = distDir } = {}) {
  assertBuilt(dist);
  const dir = join(into, 'extension');
  cpSync(dist, dir, { recursive: true });
  const manifest = readManifest(dir);
  if (allUrls) manifest.host_permissions = [...new Set([...(manifest.host_permissions ?? []), '<all_urls>'])];
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return dir;
}

/** Sets the extension's clock (see the note at the top) in one page or worker. */
const setClock = (target, clock) =>
  target.evaluate((value) => {
    globalThis.__learnmarkClock = value;
  }, clock);

/**
 * Starts the server and Chromium with the patched extension. Options: `pages` ({url, file}) and
 * `blockScripts` for the server; `allUrls: false` loads the extension without the <all_urls>
 * grant; `now` (epoch ms) sets the extension's clock (see the note at the top); `dist` loads
 * another build than dist/ (test/bench/compare.mjs). Returns the
 * context, the worker, the extension id, helpers bound to them, `setNow(t)` and `close()`.
 */
export async function launch({
  pages = [],
  blockScripts = false,
  allUrls = true,
  now,
  keepWelcome = false,
  dist = distDir,
} = {}) {
  const executablePath = findChromium();
  if (!executablePath)
    throw new Error('Chromium not found: install it (apt-get install chromium) or set CHROMIUM_PATH.');
  const tmp = mkdtempSync(join(tmpdir(), 'learnmark-e2e-'));
  const extDir = patchedExtensionCopy(tmp, { allUrls, dist });
  const home = join(tmp, 'home');
  mkdirSync(home);
  const server = await startServer({ fixturesDir, pages, blockScripts });
  const deadPort = await closedPort();
  const rules = [
    `MAP ${UNREACHABLE_HOST} 127.0.0.1:${deadPort}`,
    `MAP * 127.0.0.1:${server.port}`,
    'EXCLUDE localhost',
  ];
  const ctx = await chromium.launchPersistentContext(join(tmp, 'profile'), {
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable',
      `--disable-extensions-except=${extDir}`,
      `--load-extension=${extDir}`,
      '--ignore-certificate-errors',
      `--host-resolver-rules=${rules.join(', ')}`,
    ],
    env: { ...process.env, HOME: home, XDG_CONFIG_HOME: home, XDG_CACHE_HOME: home },
  });
  let [sw] = ctx.serviceWorkers();
  sw ??= await ctx.waitForEvent('serviceworker', { timeout: 15_000 });
  const extensionId = new URL(sw.url()).host;
  const guard = networkGuard(ctx, extensionId);
  const own = `chrome-extension://${extensionId}/`;
  // The install opens the welcome page; tests that do not look at it start without it.
  if (!keepWelcome) await closeWelcomePage(sw, `${own}${WELCOME_PATH}`);
  let clock = null;
  const setNow = async (at) => {
    clock = { at, setAt: Date.now() };
    // Init scripts run in the order added: the newest clock wins in pages opened from now on.
    await ctx.addInitScript(
      ({ value, origin }) => {
        if (location.href.startsWith(origin)) globalThis.__learnmarkClock = value;
      },
      { value: clock, origin: own },
    );
    const open = ctx.pages().filter((p) => p.url().startsWith(own));
    await Promise.all([...open, ...ctx.serviceWorkers()].map((target) => setClock(target, clock).catch(() => {})));
  };
  // A restarted worker starts with the real clock: set it again.
  ctx.on('serviceworker', (worker) => {
    if (clock && worker.url().startsWith(own)) setClock(worker, clock).catch(() => {});
  });
  if (now !== undefined) await setNow(now);
  const popupUrl = (tabId) => `chrome-extension://${extensionId}/${POPUP_PATH}?tab=${tabId}`;
  return {
    ctx,
    sw,
    extensionId,
    /** The loaded copy of the extension (a bench may add a page to it). */
    extDir,
    server,
    guard,
    popupUrl,
    setNow,
    tabIdOf: (url) => tabIdOf(sw, url),
    /** Opens (or re-opens, in `reuse`) the popup acting on `tabPage`'s tab. */
    openPopupFor: async (tabPage, { url = tabPage.url(), reuse } = {}) => {
      const popup = reuse ?? (await ctx.newPage());
      await popup.goto(popupUrl(await tabIdOf(sw, url)));
      return popup;
    },
    close: async () => {
      await ctx.close().catch(() => {});
      await server.close();
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}

/** Closes the welcome tab the install opened, waiting up to 5 s for it to appear. */
async function closeWelcomePage(sw, welcomeUrl) {
  for (let tries = 0; tries < 50; tries++) {
    const closed = await sw.evaluate(async (url) => {
      const tabs = await chrome.tabs.query({});
      const ids = tabs.filter((t) => (t.url || t.pendingUrl || '').startsWith(url)).map((t) => t.id ?? 0);
      if (ids.length) await chrome.tabs.remove(ids);
      return ids.length > 0;
    }, welcomeUrl);
    if (closed) return;
    await new Promise((ok) => setTimeout(ok, 100));
  }
}

/** The id of the tab showing `url` (the newest one when several do); waits up to 5 s for it. */
export async function tabIdOf(sw, url) {
  for (let tries = 0; ; tries++) {
    const ids = await sw.evaluate(
      (want) =>
        chrome.tabs
          .query({})
          .then((tabs) => tabs.filter((t) => t.url === want || t.pendingUrl === want).map((t) => t.id ?? 0)),
      url,
    );
    if (ids.length) return Math.max(...ids);
    if (tries >= 50) throw new Error(`no tab shows ${url}`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
}

/**
 * Records every request made by the extension's own pages or its worker to anything but the
 * extension itself. Loads of the test's own tabs are not the extension's and are not recorded.
 */
export function networkGuard(ctx, extensionId) {
  const own = `chrome-extension://${extensionId}/`;
  const requests = [];
  ctx.on('request', (req) => {
    const url = req.url();
    if (url.startsWith(own) || url.startsWith('data:') || url.startsWith('blob:')) return;
    let from;
    try {
      from = req.serviceWorker()?.url() ?? req.frame().url();
    } catch {
      return;
    }
    if (from.startsWith(own)) requests.push({ url, from });
  });
  return { requests };
}

/**
 * The rows of the `items` table, read with the plain IndexedDB API from an extension page; with
 * `updatedSince` (epoch ms), only the rows written since then.
 */
export function readItems(extensionPage, { updatedSince = -Infinity } = {}) {
  return extensionPage.evaluate(async (since) => {
    const dbs = await indexedDB.databases();
    if (!dbs.some((d) => d.name === 'learnmark')) return [];
    return new Promise((ok, fail) => {
      const open = indexedDB.open('learnmark');
      open.onerror = () => fail(open.error);
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains('items')) {
          db.close();
          ok([]);
          return;
        }
        const all = db.transaction('items', 'readonly').objectStore('items').getAll();
        all.onerror = () => fail(all.error);
        all.onsuccess = () => {
          db.close();
          ok(all.result.filter((it) => Number(it.updatedAt ?? it.savedAt) >= since));
        };
      };
    });
  }, updatedSince);
}

/**
 * Clicks "Save this page" (or "Save again") in `popup` and waits for the outcome in [data-testid=save-status].
 * `ms` is measured inside the popup, from the click event to the status being drawn (which the
 * popup does after the worker has committed the write); `clickedAt` is the wall clock at click.
 */
export async function saveFromPopup(popup, { timeout = 30_000 } = {}) {
  await popup.evaluate((terminal) => {
    const probe = { t0: 0, t1: 0, clickedAt: 0, state: '', text: '' };
    /** @type {any} */ (window).__learnmarkSave = probe;
    const current = () => document.querySelector('[data-testid="save-status"][data-state]');
    let stale = { el: /** @type {Element | null} */ (null), state: '', text: '' };
    document.addEventListener(
      'click',
      () => {
        const el = current();
        stale = { el, state: el?.getAttribute('data-state') ?? '', text: el?.textContent ?? '' };
        probe.t0 = performance.now();
        probe.clickedAt = Date.now();
      },
      { capture: true, once: true },
    );
    const check = () => {
      if (!probe.t0 || probe.t1) return;
      const el = current();
      const state = el?.getAttribute('data-state') ?? '';
      if (!el || !terminal.includes(state)) return;
      if (el === stale.el && state === stale.state && el.textContent === stale.text) return;
      probe.t1 = performance.now();
      probe.state = state;
      probe.text = el.textContent ?? '';
      observer.disconnect();
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  }, SAVE_STATES);
  // "Save again" on a page already saved.
  await popup.getByRole('button', { name: /^(Save this page|Save again)$/ }).click({ timeout });
  await popup.waitForFunction(() => /** @type {any} */ (window).__learnmarkSave.t1 > 0, null, { timeout });
  const probe = await popup.evaluate(() => /** @type {any} */ (window).__learnmarkSave);
  return { state: probe.state, text: probe.text.trim(), ms: probe.t1 - probe.t0, clickedAt: probe.clickedAt };
}

/**
 * Writes rows straight into a table of the extension's database from one of its pages, in
 * batches of one transaction each: for seeding tests and benchmarks with a known library.
 */
/**
 * Waits until the extension has created its database. Opened before that, `indexedDB.open`
 * would create an empty one and the seed's transaction would throw inside its callback, which
 * hangs the test (a page that loads its database code lazily makes that window wider).
 */
export function databaseReady(page) {
  return page.waitForFunction(
    async () => (await indexedDB.databases()).some((d) => d.name === 'learnmark' && (d.version ?? 0) > 0),
    null,
    { polling: 100 },
  );
}

export async function seedRows(page, table, rows, batch = 1000) {
  await databaseReady(page);
  for (let i = 0; i < rows.length; i += batch) {
    await page.evaluate(
      ({ table, rows }) =>
        new Promise((resolve, reject) => {
          const open = indexedDB.open('learnmark');
          open.onsuccess = () => {
            const tx = open.result.transaction(table, 'readwrite');
            for (const row of rows) tx.objectStore(table).put(row);
            tx.oncomplete = () => (open.result.close(), resolve(null));
            tx.onerror = () => reject(tx.error);
          };
          open.onerror = () => reject(open.error);
        }),
      { table, rows: rows.slice(i, i + batch) },
    );
  }
}

/** Empties a table of the extension's database from one of its pages. */
export async function clearTable(page, table) {
  await databaseReady(page);
  return page.evaluate(
    (table) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('learnmark');
        open.onsuccess = () => {
          const tx = open.result.transaction(table, 'readwrite');
          tx.objectStore(table).clear();
          tx.oncomplete = () => (open.result.close(), resolve(null));
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    table,
  );
}

/**
 * Opens the popup's folded sections (`details[data-section]`: upnext, past, latest, days) by a
 * click on each heading, as a person would; one already open stays open. The popup remembers
 * them, so later popups of the same profile show them open. Resolves once each one's content
 * is drawn.
 */
export async function unfold(popup, ...sections) {
  for (const id of sections) {
    const details = popup.locator(`details[data-section="${id}"]`);
    if (!(await details.evaluate((d) => d.open))) await details.locator(':scope > summary').click();
    await details.locator(':scope > :not(summary)').first().waitFor();
  }
}
