/// <reference types="chrome" />
// Sync's faults as the person sees them in Options → Sync: a real WebDAV server (Apache) behind
// a small proxy that answers 507 or 403, or never answers, when told to.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, type Launched } from './harness.mjs';
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
});
