// The sync messages and alarm through the worker's real listeners, with no server: what a
// device that is not set up, or is given a wrong address, answers. The flows against a real
// WebDAV server are end to end (test/e2e/sync.e2e.ts).
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeAll, expect, test, vi } from 'vitest';
import { SYNC_ALARM } from '../../../src/background/sync-schedule';
import { db } from '../../../src/db/db';
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
