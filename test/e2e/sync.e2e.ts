/// <reference types="chrome" />
// Sync end to end: two Chromium profiles with the built extension and one real WebDAV server
// (Apache with mod_dav, webdav-server.mjs). Each is set up through Options → Sync; changes
// travel through sealed files on the server, which hold nothing readable.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { seriousViolations } from './a11y.mjs';
import { launch, readItems, saveFromPopup, seedRows, type Launched, type StoredItem } from './harness.mjs';
import { startWebdav } from './webdav-server.mjs';
import { readRows } from './seed';

const ARTICLE = 'https://blog.example.org/2024/03/spaced-repetition-for-engineers/';
const PASSPHRASE = 'a long sync passphrase for tests';

let dav: Awaited<ReturnType<typeof startWebdav>>;
let a: Launched;
let b: Launched;
let optionsA: Page;
let optionsB: Page;
const SLOW = { timeout: 60_000 };

const optionsUrl = (h: Launched) => `chrome-extension://${h.extensionId}/src/options/index.html#sync`;

async function setUp(options: Page): Promise<void> {
  await options.getByLabel('Server address').fill(dav.url);
  await options.getByLabel('User name').fill(dav.user);
  await options.getByLabel('App password').fill(dav.password);
  await options.getByLabel('Sync passphrase').fill(PASSPHRASE);
  await options.getByRole('button', { name: 'Set up sync' }).click();
  await options.getByText('Connected: everything is in order.').waitFor(SLOW);
}

/** Clicks Sync now and waits for its outcome; returns the outcome's text. */
async function syncNow(options: Page): Promise<string> {
  const outcome = options.getByTestId('sync-outcome');
  await options.getByRole('button', { name: 'Sync now' }).click();
  await expect.poll(() => outcome.innerText(), SLOW).not.toMatch(/^(Working…)?$/);
  return outcome.innerText();
}

/** Sends a message to the worker from an extension page, as the pages do. */
const send = (page: Page, type: string, payload: object) =>
  page.evaluate(([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }), [type, payload] as const);

/** A row of the extension's `syncState` table, read from one of its pages. */
const syncStateOf = (page: Page, key: string) =>
  page.evaluate(
    (key) =>
      new Promise<{ id: string; sent: number }>((resolve, reject) => {
        const open = indexedDB.open('learnmark');
        open.onsuccess = () => {
          const get = open.result.transaction('syncState').objectStore('syncState').get(key);
          get.onsuccess = () => (open.result.close(), resolve(get.result as { id: string; sent: number }));
          get.onerror = () => reject(new Error(String(get.error)));
        };
        open.onerror = () => reject(new Error(String(open.error)));
      }),
    key,
  );

const byUrl = (items: StoredItem[], url: string) => items.filter((i) => i.url === url);

describe('sync between two computers through a WebDAV server', () => {
  beforeAll(async () => {
    dav = await startWebdav();
    a = await launch();
    b = await launch();
    optionsA = await a.ctx.newPage();
    optionsB = await b.ctx.newPage();
    await optionsA.goto(optionsUrl(a));
    await optionsB.goto(optionsUrl(b));
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await dav?.close();
  });

  test('the set-up form is labelled, warns about the passphrase, and passes axe', async () => {
    await optionsA.getByLabel('Sync passphrase').waitFor();
    await expect.poll(() => optionsA.getByText(/cannot be recovered/).count()).toBe(1);
    expect(await seriousViolations(optionsA)).toEqual([]);
  });

  test('Test connection names a wrong password as such, and stores nothing', async () => {
    await optionsA.getByLabel('Server address').fill(dav.url);
    await optionsA.getByLabel('User name').fill(dav.user);
    await optionsA.getByLabel('App password').fill('not the password');
    await optionsA.getByRole('button', { name: 'Test connection' }).click();
    await optionsA.getByText(/refused the user name or app password \(401\)/).waitFor(SLOW);
    expect(await optionsA.evaluate(() => chrome.storage.local.get('syncConfig'))).toEqual({});
  });

  test('a page saved on A appears on B', async () => {
    await setUp(optionsA);
    const tab = await a.ctx.newPage();
    await tab.goto(ARTICLE);
    const popup = await a.openPopupFor(tab);
    expect((await saveFromPopup(popup)).state).toBe('saved');
    expect(await syncNow(optionsA)).toBe('Connected: everything is in order.');
    await setUp(optionsB);
    await expect.poll(async () => byUrl(await readItems(optionsB), ARTICLE).length, SLOW).toBe(1);
    const [onA] = byUrl(await readItems(optionsA), ARTICLE);
    const [onB] = byUrl(await readItems(optionsB), ARTICLE);
    expect(onB).toMatchObject({ id: onA!.id, title: onA!.title, text: onA!.text });
    // B's search finds it: the words each device derives were made on B.
    const wordsOf = async (page: Page) =>
      (await readRows<{ id: string; w: string[] }>(page, 'words')).find((row) => row.id === onA!.id)?.w;
    const onBWords = await wordsOf(optionsB);
    expect(onBWords?.length).toBeGreaterThan(10);
    expect(onBWords).toEqual(await wordsOf(optionsA));
  });

  test('a goal made on B and tied to the item on B appears on A, tie included', async () => {
    const [item] = byUrl(await readItems(optionsB), ARTICLE);
    const goal = await send(optionsB, 'goal-save', {
      draft: { title: 'Learn to remember', keywords: 'memory', color: '#1a7f37' },
    });
    const goalId = (goal as { goal: { id: string } }).goal.id;
    await send(optionsB, 'item-tag', { itemId: item!.id, goalIds: [goalId] });
    expect(await syncNow(optionsB)).toBe('Connected: everything is in order.');
    expect(await syncNow(optionsA)).toBe('Connected: everything is in order.');
    const [onA] = byUrl(await readItems(optionsA), ARTICLE);
    expect(onA!.goalIds).toEqual([goalId]);
    await optionsA.goto(`chrome-extension://${a.extensionId}/src/options/index.html#goals`);
    await optionsA.getByText('Learn to remember').first().waitFor(SLOW);
    await optionsA.goto(optionsUrl(a));
    await optionsA.getByTestId('sync-devices').waitFor();
  });

  test('a takeaway edited on both at once keeps both versions, the same on both', async () => {
    const [item] = byUrl(await readItems(optionsA), ARTICLE);
    await send(optionsA, 'library-edit', { itemId: item!.id, note: 'Space the reviews out' });
    await send(optionsB, 'library-edit', { itemId: item!.id, note: 'Test yourself instead of rereading' });
    await syncNow(optionsA);
    await syncNow(optionsB);
    await syncNow(optionsA);
    const [onA] = byUrl(await readItems(optionsA), ARTICLE);
    const [onB] = byUrl(await readItems(optionsB), ARTICLE);
    expect(onA!.note).toBe(onB!.note);
    expect(String(onA!.note).split('\n\n⇄\n\n').sort()).toEqual([
      'Space the reviews out',
      'Test yourself instead of rereading',
    ]);
    // The computer whose sync found the clash says so (which one depends on whose stamp is later).
    const told = (page: Page) => page.getByText(/edited on two computers at once/).count();
    expect((await told(optionsA)) + (await told(optionsB))).toBeGreaterThan(0);
  });

  test('deleted on A while B edits it afterwards: the edit is not lost, and both agree', async () => {
    const [item] = byUrl(await readItems(optionsA), ARTICLE);
    await send(optionsA, 'library-delete', { ids: [item!.id] });
    await send(optionsB, 'library-edit', { itemId: item!.id, title: 'Spaced repetition, kept' });
    await syncNow(optionsA);
    await syncNow(optionsB);
    await syncNow(optionsA);
    const [onA] = byUrl(await readItems(optionsA), ARTICLE);
    const [onB] = byUrl(await readItems(optionsB), ARTICLE);
    expect(onA).toMatchObject({ id: item!.id, title: 'Spaced repetition, kept' });
    expect(onB).toMatchObject({ id: item!.id, title: 'Spaced repetition, kept' });
  });

  test('a site switched off and a budget set on A are set on B; the sync password stays on each', async () => {
    const sitesOf = async (h: Launched) => {
      const page = await h.ctx.newPage();
      await page.goto(`chrome-extension://${h.extensionId}/src/options/index.html#sites`);
      return page;
    };
    const storedBudget = (page: Page) =>
      page.evaluate(() =>
        chrome.storage.sync.get('tracking').then((v) => v.tracking as { dailyBudgetMinutes?: number } | undefined),
      );
    const sitesA = await sitesOf(a);
    const farmvilleA = sitesA.getByTestId('sites-defaults').getByRole('switch', { name: /farmville\.com/ });
    await expect.poll(() => farmvilleA.isChecked()).toBe(true);
    await farmvilleA.click();
    await expect.poll(() => sitesA.getByTestId('sites-saved').textContent()).toBe('Saved');
    const budgetA = sitesA.getByLabel('Daily budget for distraction sites (minutes)');
    await budgetA.fill('12');
    await budgetA.press('Tab');
    await expect.poll(() => storedBudget(sitesA)).toMatchObject({ dailyBudgetMinutes: 12 });
    await sitesA.close();
    expect(await syncNow(optionsA)).toBe('Connected: everything is in order.');
    expect(await syncNow(optionsB)).toBe('Connected: everything is in order.');
    const sitesB = await sitesOf(b);
    await expect
      .poll(() =>
        sitesB
          .getByTestId('sites-defaults')
          .getByRole('switch', { name: /farmville\.com/ })
          .isChecked(),
      )
      .toBe(false);
    expect(await sitesB.getByLabel('Daily budget for distraction sites (minutes)').inputValue()).toBe('12');
    // What is this computer's own never went into the roaming settings.
    expect(Object.keys(await sitesB.evaluate(() => chrome.storage.sync.get(null))).sort()).toEqual(['tracking']);
    await sitesB.close();
  });

  test('time totals stay on each computer until ticked; ticked on A, A’s day reaches B’s week', async () => {
    const day = await optionsA.evaluate(() => new Date().toLocaleDateString('sv'));
    await seedRows(optionsA, 'days', [{ day, learning: 1800, distraction: 0, neutral: 0 }]);
    expect(await syncNow(optionsA)).toBe('Connected: everything is in order.');
    expect(await syncNow(optionsB)).toBe('Connected: everything is in order.');
    expect(await readRows(optionsB, 'deviceDays')).toEqual([]);
    const share = optionsA.getByLabel("Sync this computer's daily time totals too");
    expect(await share.isChecked()).toBe(false);
    await share.click();
    await expect.poll(() => share.isChecked(), SLOW).toBe(true);
    await expect
      .poll(() => optionsA.getByTestId('sync-outcome').innerText(), SLOW)
      .toBe('Connected: everything is in order.');
    expect(await syncNow(optionsB)).toBe('Connected: everything is in order.');
    const [fromA] = await readRows<{ day: string; learning: number }>(optionsB, 'deviceDays');
    expect(fromA).toMatchObject({ day });
    expect(fromA!.learning).toBeGreaterThanOrEqual(1800);
  });

  test('the server stopped during a sync, then started: both converge, nothing lost or doubled', async () => {
    const [item] = byUrl(await readItems(optionsA), ARTICLE);
    await send(optionsA, 'library-edit', { itemId: item!.id, tags: ['offline-edit'] });
    await dav.stop();
    expect(await syncNow(optionsA)).toMatch(/cannot be reached/);
    // The popup says so, quietly.
    const popup = await a.ctx.newPage();
    await popup.goto(`chrome-extension://${a.extensionId}/src/popup/index.html`);
    await popup.getByTestId('sync-problem').waitFor();
    await popup.close();
    await dav.start();
    expect(await syncNow(optionsA)).toBe('Connected: everything is in order.');
    expect(await syncNow(optionsB)).toBe('Connected: everything is in order.');
    const itemsA = await readItems(optionsA);
    const itemsB = await readItems(optionsB);
    expect(byUrl(itemsB, ARTICLE)).toHaveLength(1);
    expect(byUrl(itemsB, ARTICLE)[0]!.tags).toEqual(['offline-edit']);
    expect(itemsB.map((i) => i.id).sort()).toEqual(itemsA.map((i) => i.id).sort());
  });

  test('the server’s files hold no readable title, address or takeaway, and names say nothing', async () => {
    const [item] = byUrl(await readItems(optionsA), ARTICLE);
    const files = dav.files();
    expect(files.length).toBeGreaterThan(3);
    const secrets = [
      String(item!.title),
      'blog.example.org',
      'spaced-repetition',
      'Space the reviews out',
      'offline-edit',
      'Learn to remember',
      'farmville',
    ];
    for (const { path, bytes } of files) {
      const text = bytes.toString('latin1');
      for (const secret of secrets) expect(text.includes(secret), `${secret} in ${path}`).toBe(false);
      expect(path).toMatch(/^Learnmark\/(key\.json|[0-9a-f]{16}\/[0-9a-f]{32})$/);
    }
    // Only the server was asked for anything, and only by the worker.
    const foreign = [...a.guard.requests, ...b.guard.requests].filter((r) => !r.url.startsWith(dav.url));
    expect(foreign).toEqual([]);
  });

  test('a wrong passphrase on a new computer is refused and merges nothing', async () => {
    const c = await launch();
    try {
      const options = await c.ctx.newPage();
      await options.goto(optionsUrl(c));
      await options.getByLabel('Server address').fill(dav.url);
      await options.getByLabel('User name').fill(dav.user);
      await options.getByLabel('App password').fill(dav.password);
      await options.getByLabel('Sync passphrase').fill('not the passphrase');
      await options.getByRole('button', { name: 'Set up sync' }).click();
      await options.getByText(/passphrase is not the one this folder was set up with/).waitFor(SLOW);
      expect(await readItems(options)).toEqual([]);
      expect(await options.evaluate(() => chrome.storage.local.get('syncConfig'))).toEqual({});
    } finally {
      await c.close();
    }
  });
  test('a computer set up after 200 changes starts from a snapshot; batches every snapshot covers are gone', async () => {
    const [item] = byUrl(await readItems(optionsA), ARTICLE);
    /** Five edits on A, then a sync: one batch. */
    const round = async (n: number) => {
      for (let i = 0; i < 5; i++) await send(optionsA, 'library-edit', { itemId: item!.id, tags: [`r${n}-${i}`] });
      expect(await send(optionsA, 'sync-now', {})).toMatchObject({ ok: true });
    };
    for (let n = 0; n < 20; n++) await round(n);
    // B reads them and writes its own snapshot; A's next one can then drop what both cover.
    expect(await send(optionsB, 'sync-now', {})).toMatchObject({ ok: true });
    for (let n = 20; n < 40; n++) await round(n);
    const idA = await syncStateOf(optionsA, 'device');
    const { sent } = await syncStateOf(optionsA, 'progress');
    const filesOfA = dav.files().filter((f) => f.path.startsWith(`Learnmark/${idA.id}/`));
    expect(sent).toBeGreaterThanOrEqual(40);
    expect(filesOfA.length).toBeLessThan(sent - 10);

    const c = await launch();
    try {
      const options = await c.ctx.newPage();
      await options.goto(optionsUrl(c));
      await setUp(options);
      const [onC] = byUrl(await readItems(options), ARTICLE);
      expect(onC!.tags).toEqual(['r39-4']);
      // From A's folder it read the snapshot and the few batches after it, not every batch.
      const fromA = c.guard.requests.filter((r) => r.url.includes(`/Learnmark/${idA.id}/`));
      expect(fromA.length).toBeLessThan(20);
    } finally {
      await c.close();
    }
  });
  test('Forget this computer stops B syncing and keeps its library; Start over, once confirmed, empties the server', async () => {
    const keptOnB = (await readItems(optionsB)).length;
    await optionsB.goto(optionsUrl(b));
    await optionsB.getByRole('button', { name: 'Forget this computer' }).click();
    await optionsB.getByLabel('Server address').waitFor(SLOW);
    expect(await optionsB.evaluate(() => chrome.storage.local.get(['syncConfig', 'syncStatus']))).toEqual({});
    expect(await readItems(optionsB)).toHaveLength(keptOnB);
    expect(dav.files().length).toBeGreaterThan(0);

    await optionsA.goto(optionsUrl(a));
    await optionsA.getByRole('button', { name: 'Start over…' }).click();
    const confirm = optionsA.getByRole('alertdialog');
    await confirm.getByText(/Delete the sync folder on the server/).waitFor();
    expect(await seriousViolations(optionsA)).toEqual([]);
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    expect(dav.files().length).toBeGreaterThan(0);
    await optionsA.getByRole('button', { name: 'Start over…' }).click();
    await optionsA.getByRole('alertdialog').getByRole('button', { name: 'Delete the folder on the server' }).click();
    await optionsA.getByLabel('Server address').waitFor(SLOW);
    expect(dav.files()).toEqual([]);
    expect((await readItems(optionsA)).length).toBeGreaterThan(0);
  });
});
