/// <reference types="chrome" />
// Sync's faults as the person sees them in Options → Sync: a real WebDAV server (Apache) behind
// a small proxy that answers 507 or 403, or never answers, when told to, or holds one request
// back while another computer writes the same file.
import { existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, readItems, type Launched } from './harness.mjs';
import { item, seedRows } from './seed';
import { startFaultProxy, startWebdav, type FaultProxy, type WebdavServer } from './webdav-server.mjs';

const SLOW = { timeout: 60_000 };
const OK = 'Connected: everything is in order.';
let dav: WebdavServer;
let proxy: FaultProxy;
let h: Launched;
let options: Page;

/** Clicks Sync now and waits for its outcome; returns the outcome's text. */
async function syncNow(): Promise<string> {
  const outcome = options.getByTestId('sync-outcome');
  await options.getByRole('button', { name: 'Sync now' }).click();
  await expect.poll(() => outcome.innerText(), SLOW).not.toMatch(/^(Working…)?$/);
  return outcome.innerText();
}

describe('sync faults, each named plainly', () => {
  beforeAll(async () => {
    dav = await startWebdav();
    proxy = await startFaultProxy(dav.url);
    h = await launch();
    options = await h.ctx.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/src/options/index.html#sync`);
    await options.getByLabel('Server address').fill(proxy.url);
    await options.getByLabel('User name').fill(dav.user);
    await options.getByLabel('App password').fill(dav.password);
    await options.getByLabel('Sync passphrase').fill('a long sync passphrase for tests');
    await options.getByRole('button', { name: 'Set up sync' }).click();
    await options.getByText(OK).waitFor(SLOW);
  });
  afterAll(async () => {
    await h?.close();
    await proxy?.close();
    await dav?.close();
  });

  test('a full server (507) is named as such, and the next sync once there is space goes through', async () => {
    // A change waiting to go: the sync has a batch to write.
    await options.evaluate(() =>
      chrome.runtime.sendMessage({
        type: 'goal-save',
        payload: { draft: { title: 'Written once there is space', keywords: '', color: '#1a7f37' } },
      }),
    );
    proxy.fail(507, 'PUT');
    expect(await syncNow()).toMatch(/the server has no space left \(507\)/);
    await expect.poll(() => options.getByTestId('sync-problem').innerText()).toMatch(/no space left/);
    proxy.pass();
    expect(await syncNow()).toBe(OK);
    await options.getByTestId('sync-problem').waitFor({ state: 'detached' });
  });

  test('a folder the server forbids (403) is named as such', async () => {
    proxy.fail(403);
    expect(await syncNow()).toMatch(/does not allow this user into that folder \(403\)/);
    proxy.pass();
    expect(await syncNow()).toBe(OK);
  });

  test('a server that never answers is named as slow, not as unreachable', async () => {
    // The worker's request timeout and pauses, shortened for the test (sync-transport.ts).
    await h.sw.evaluate(() => {
      globalThis.__learnmarkSyncTiming = { timeoutMs: 1_500, pausesMs: [100, 100] };
    });
    proxy.hang();
    expect(await syncNow()).toMatch(/took more than 30 seconds to answer/);
    proxy.pass();
    expect(await syncNow()).toBe(OK);
  });

  test('a note another writer rewrote meanwhile: Apache refuses the write (412, If-Match), the sync reads it again and writes over it', async () => {
    await h.sw.evaluate(() => {
      globalThis.__learnmarkSyncTiming = undefined;
    });
    // The note is rewritten once a minute: the worker's clock moves on five minutes a round.
    const start = Date.now();
    await h.setNow(start + 5 * 60_000);
    let from = proxy.answers.length;
    expect(await syncNow()).toBe(OK);
    const note = proxy.answers
      .slice(from)
      .filter((r) => r.method === 'PUT')
      .at(-1)!.path;
    const file = join(dav.dir, note);
    const theirs = readFileSync(file);
    // Apache tags a file changed within the last second weakly, and If-Match never matches a
    // weak tag: the file is made older instead of waiting.
    const past = (s: number) => new Date(Date.now() - s * 1000);
    utimesSync(file, past(7200), past(7200));
    const { held, release } = proxy.hold('PUT', note);
    await h.setNow(start + 10 * 60_000);
    from = proxy.answers.length;
    const outcome = syncNow();
    await held;
    // A second writer (a copy of this profile) puts its own note there first.
    writeFileSync(file, theirs);
    utimesSync(file, past(3600), past(3600));
    release();
    expect(await outcome).toBe(OK);
    const writes = proxy.answers.slice(from).filter((r) => r.path === note && r.method === 'PUT');
    expect(writes.map((r) => r.status < 300)).toEqual([false, true]);
    expect(writes[0]!.status).toBe(412);
    expect(readFileSync(file).equals(theirs)).toBe(false);
  });

  test('a password changed on the server (401) is named mid-use; set up again with the new one, the sync goes on', async () => {
    dav.setPassword('app-password-2');
    try {
      expect(await syncNow()).toMatch(/refused the user name or app password \(401\)\. If you changed the password/);
      await expect.poll(() => options.getByTestId('sync-problem').innerText()).toMatch(/\(401\)/);
      // What the message says: forget this computer (the library stays) and set sync up again.
      const kept = (await readItems(options)).length;
      await options.getByRole('button', { name: 'Forget this computer' }).click();
      await options.getByLabel('Server address').fill(proxy.url);
      await options.getByLabel('User name').fill(dav.user);
      await options.getByLabel('App password').fill('app-password-2');
      await options.getByLabel('Sync passphrase').fill('a long sync passphrase for tests');
      await options.getByRole('button', { name: 'Set up sync' }).click();
      await options.getByText(OK).waitFor(SLOW);
      expect(await syncNow()).toBe(OK);
      expect(await readItems(options)).toHaveLength(kept);
    } finally {
      dav.setPassword(dav.password);
    }
  });

  const PASSPHRASE = 'a passphrase both computers were given';
  const FOLDER = 'Together';

  async function setUpOn(page: Page, url: string): Promise<void> {
    await page.getByLabel('Server address').fill(url);
    await page.getByLabel('User name').fill(dav.user);
    await page.getByLabel('App password').fill(dav.password);
    await page.getByLabel('Folder on the server').fill(FOLDER);
    await page.getByLabel('Sync passphrase').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Set up sync' }).click();
  }
  const syncOn = async (page: Page) => {
    await page.getByRole('button', { name: 'Sync now' }).click();
    await expect.poll(() => page.getByTestId('sync-outcome').innerText(), SLOW).toBe(OK);
  };
  const titles = async (page: Page) => (await readItems(page)).map((i) => i.title).sort();

  test('the key file written second is refused (412); that computer takes the first one’s key, and both libraries meet', async () => {
    const a = await launch();
    const b = await launch();
    try {
      const pageA = await a.ctx.newPage();
      const pageB = await b.ctx.newPage();
      for (const [page, h] of [
        [pageA, a],
        [pageB, b],
      ] as const) {
        await page.goto(`chrome-extension://${h.extensionId}/src/options/index.html#sync`);
        // A worker that has not opened its database yet opens it to answer (not set up).
        expect(await page.evaluate(() => chrome.runtime.sendMessage({ type: 'sync-now', payload: {} }))).toMatchObject({
          fault: 'not-set-up',
        });
      }
      await seedRows(pageA, 'items', [item({ title: 'Kept on A before sync', savedAt: Date.now() - 60_000 })]);
      await seedRows(pageB, 'items', [item({ title: 'Kept on B before sync', savedAt: Date.now() - 60_000 })]);
      // B, through the proxy, makes its key file first; its write is held until A's has landed.
      const keyFile = `${FOLDER}/key.json`;
      const { held, release } = proxy.hold('PUT', keyFile);
      await setUpOn(pageB, proxy.url);
      await held;
      await setUpOn(pageA, dav.url);
      await expect.poll(() => existsSync(join(dav.dir, keyFile)), SLOW).toBe(true);
      release();
      await pageA.getByText(OK).waitFor(SLOW);
      await pageB.getByText(OK).waitFor(SLOW);
      // Apache refused B's key file (If-None-Match: *), so there is one key, A's, and B uses it.
      expect(proxy.answers.filter((r) => r.method === 'PUT' && r.path === keyFile).map((r) => r.status)).toEqual([412]);
      await syncOn(pageA);
      await syncOn(pageB);
      const both = ['Kept on A before sync', 'Kept on B before sync'];
      expect(await titles(pageA)).toEqual(both);
      expect(await titles(pageB)).toEqual(both);
    } finally {
      await a.close();
      await b.close();
    }
  });
});
