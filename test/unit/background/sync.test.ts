// The sync messages and alarm through the worker's real listeners, with no server: what a
// device that is not set up, or is given a wrong address, answers. The flows against a real
// WebDAV server are end to end (test/e2e/sync.e2e.ts).
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeAll, expect, test, vi } from 'vitest';
import { SYNC_ALARM } from '../../../src/background/sync-schedule';
import { syncSettings } from '../../../src/background/synced-settings';
import { DEFAULT_SETTINGS } from '../../../src/core/tracking/settings';
import { db } from '../../../src/db/db';
import { loadDisplay } from '../../../src/db/display-settings';
import { loadTextSize } from '../../../src/db/reader-state';
import { loadSettings } from '../../../src/db/tracking-settings';
import { applyBatch, startRecording, stopRecording } from '../../../src/db/sync';
import type { MessageName, Request, Response } from '../../../src/messaging/protocol';
import { installExtensionApis } from '../fake-extension-apis';
import { FROM_OPTIONS } from '../senders';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));
installExtensionApis();

async function ask<N extends MessageName>(type: N, payload: Request<N>): Promise<Response<N>> {
  const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown[]>;
  const [answer] = await trigger({ type, payload }, FROM_OPTIONS, () => undefined);
  return answer as Response<N>;
}

beforeAll(async () => {
  await import('../../../src/background/service-worker');
});

test('a device not set up syncs nothing, on "Sync now" or on the alarm, and records nothing', async () => {
  expect(await ask('sync-now', {})).toEqual({ ok: false, fault: 'not-set-up', detail: '' });
  await fakeBrowser.alarms.onAlarm.trigger({ name: SYNC_ALARM, scheduledTime: 0, persistAcrossSessions: false });
  await db().items.add({ id: 'i1', url: 'https://a.example/' } as never);
  expect(await db().outbox.count()).toBe(0);
  expect(await db().syncState.count()).toBe(0);
  expect(await ask('sync-start-over', {})).toMatchObject({ ok: false, fault: 'not-set-up' });
});

test.each([
  ['plain http to another computer', 'http://dav.example.org/', 'certificate'],
  ['an address that is no web address', 'ftp://dav.example.org/', 'not-webdav'],
])('Test connection refuses %s before any request', async (_, address, fault) => {
  const fetchSpy = vi.spyOn(globalThis, 'fetch');
  expect(await ask('sync-test', { address, user: 'ann', password: 'x', folder: 'Learnmark' })).toMatchObject({
    ok: false,
    fault,
  });
  expect(fetchSpy).not.toHaveBeenCalled();
  fetchSpy.mockRestore();
});

test('a server that cannot be reached is named as unreachable, after retrying, and nothing is stored', async () => {
  // Port 1 on this computer refuses at once; the retries' pauses add up to 7.5 s.
  const answer = await ask('sync-setup', {
    address: 'http://127.0.0.1:1/remote.php/webdav',
    user: 'ann',
    password: 'x',
    folder: 'Learnmark',
    passphrase: 'p',
  });
  expect(answer).toMatchObject({ ok: false, fault: 'unreachable' });
  expect(await fakeBrowser.storage.local.get('syncConfig')).toEqual({});
  expect(await db().syncState.count()).toBe(0);
  expect(await ask('sync-forget', {})).toBeNull();
});

test('settings changed on a page are recorded as the worker hears of them; another device’s land in storage', async () => {
  await startRecording(db(), 'dev-here');
  await fakeBrowser.storage.sync.set({ tracking: { ...DEFAULT_SETTINGS, dailyBudgetMinutes: 45 } });
  await vi.waitFor(async () => expect(await db().outbox.get(['settings', 'tracking'])).toBeDefined());
  expect(await db().syncMeta.get(['settings', 'tracking'])).toMatchObject({ parked: { dailyBudgetMinutes: 45 } });

  const at = '0zzzzzzzz.0000.dev-there';
  await applyBatch(db(), {
    format: 1,
    device: 'dev-there',
    seq: 1,
    changes: [
      { t: 'settings', k: 'display', f: { weekBadge: [true, at] } },
      { t: 'settings', k: 'readerTextSize', f: { size: [23, at] } },
    ],
  });
  await syncSettings();
  // Read back as the pages read them, so the records' names are the storage keys.
  expect(await loadSettings()).toMatchObject({ dailyBudgetMinutes: 45 });
  expect(await loadDisplay()).toMatchObject({ weekBadge: true });
  expect(await loadTextSize()).toBe(23);
  // Writing them is no change of this computer's: nothing more is queued for them.
  expect(await db().outbox.where('[t+k]').between(['settings', ''], ['settings', '\uffff']).primaryKeys()).toEqual([
    ['settings', 'tracking'],
  ]);
  await stopRecording(db());
});
