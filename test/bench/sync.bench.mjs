// Sync through a local Apache WebDAV server (test/e2e/webdav-server.mjs), two Chromium profiles:
// - sync_first_10k_ms: a new device set up against a folder holding 10 000 items, from the
//   Set up click to the outcome drawn (the key derived, every batch fetched, opened, applied).
// - sync_server_bytes_per_item: the bytes the server stores for those items, per item.
// - sync_batch_bytes_10k: the bytes of A's own folder after its first sync of the 10 000 items
//   (its sealed batches, its snapshot and its device file).
// - sync_change_ms: one title edited on A to the edit readable on B (A's Sync now, then B's).
// - sync_incremental_ms: B's Sync now alone, bringing in that one change.
// - sync_converge_ms_conflict: 100 takeaways edited on both, to both holding the same notes.
import { launch, readItems, seedRows } from '../e2e/harness.mjs';
import { startWebdav } from '../e2e/webdav-server.mjs';
import { makeItems } from './realistic.mjs';

const PASSPHRASE = 'bench passphrase';
const optionsUrl = (h) => `chrome-extension://${h.extensionId}/src/options/index.html#sync`;

async function setUp(page, dav) {
  await page.getByLabel('Server address').fill(dav.url);
  await page.getByLabel('User name').fill(dav.user);
  await page.getByLabel('App password').fill(dav.password);
  await page.getByLabel('Sync passphrase').fill(PASSPHRASE);
  const t0 = Date.now();
  await page.getByRole('button', { name: 'Set up sync' }).click();
  await page.getByText('Connected: everything is in order.').waitFor({ timeout: 600_000 });
  return Date.now() - t0;
}

const send = (page, type, payload) =>
  page.evaluate(([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }), [type, payload]);

export async function benchSync(print) {
  const dav = await startWebdav();
  const a = await launch();
  const b = await launch();
  try {
    const pageA = await a.ctx.newPage();
    const pageB = await b.ctx.newPage();
    await pageA.goto(optionsUrl(a));
    await pageB.goto(optionsUrl(b));
    // Short texts: seeding 10 000 full-length items alone outlasted a 10-minute run on a busy machine.
    const items = makeItems(10_000, { now: Date.now(), words: 100 });
    await seedRows(pageA, 'items', items);
    await setUp(pageA, dav);
    // Only A's folder is there yet, beside the folder's key file.
    const ofA = dav.files().filter((f) => /^Learnmark\/[0-9a-f]{16}\//.test(f.path));
    print(
      'sync_batch_bytes_10k',
      ofA.reduce((sum, f) => sum + f.bytes.length, 0),
      'bytes',
    );
    print('sync_first_10k_ms', await setUp(pageB, dav), 'ms');
    const bytes = dav.files().reduce((sum, f) => sum + f.bytes.length, 0);
    print('sync_server_bytes_per_item', Math.round(bytes / items.length), 'bytes');

    const id = items[0].id;
    const t0 = Date.now();
    await send(pageA, 'library-edit', { itemId: id, title: 'Changed on A' });
    await send(pageA, 'sync-now', {});
    const tB = Date.now();
    await send(pageB, 'sync-now', {});
    const incremental = Date.now() - tB;
    // Only rows changed in the last minute cross to the bench: sending all 10 000 back was most
    // of this figure under load, and none of it sync's.
    const onB = (await readItems(pageB, { updatedSince: t0 - 60_000 })).find((i) => i.id === id);
    if (onB?.title !== 'Changed on A') throw new Error('the change did not reach B');
    print('sync_change_ms', Date.now() - t0, 'ms');
    print('sync_incremental_ms', incremental, 'ms');

    const ids = items.slice(1, 101).map((i) => i.id);
    for (const itemId of ids) {
      await send(pageA, 'library-edit', { itemId, note: `A on ${itemId}` });
      await send(pageB, 'library-edit', { itemId, note: `B on ${itemId}` });
    }
    const t1 = Date.now();
    await send(pageA, 'sync-now', {});
    await send(pageB, 'sync-now', {});
    await send(pageA, 'sync-now', {});
    print('sync_converge_ms_conflict', Date.now() - t1, 'ms');
  } finally {
    await a.close();
    await b.close();
    await dav.close();
  }
}
