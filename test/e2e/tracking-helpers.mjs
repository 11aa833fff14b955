// Helpers for the time-tracking end-to-end test and bench (harness.mjs stays as it is).

/** All rows of one object store of the `learnmark` database, read from an extension page. */
export function readStore(extensionPage, store) {
  return extensionPage.evaluate(
    (name) =>
      new Promise((ok, fail) => {
        const open = indexedDB.open('learnmark');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(name)) return ok([]);
          const all = db.transaction(name, 'readonly').objectStore(name).getAll();
          all.onsuccess = () => (db.close(), ok(all.result));
          all.onerror = () => fail(all.error);
        };
      }),
    store,
  );
}

const workerTargets = async (cdp) =>
  (await cdp.send('Target.getTargets')).targetInfos.filter((t) => t.type === 'service_worker').map((t) => t.targetId);

/**
 * Stops the extension's service worker (ServiceWorker.stopAllWorkers) and proves it: a marker
 * set on the running worker's global can no longer be read, because that worker is gone.
 * Returns `{ before, restarted }`: the worker target ids before the stop, and a function that
 * says whether a different worker target is running now (Playwright does not report restarts).
 */
export async function stopWorker(ctx, sw, page) {
  await sw.evaluate(() => {
    /** @type {any} */ (globalThis).__learnmarkMarker = 'before-stop';
  });
  const cdp = await ctx.newCDPSession(page);
  const before = await workerTargets(cdp);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  let stopped = false;
  for (let i = 0; i < 50 && !stopped; i++) {
    // stopAllWorkers does not always take while extension pages are open: close the target too.
    if (i === 10)
      for (const targetId of await workerTargets(cdp))
        await cdp.send('Target.closeTarget', { targetId }).catch(() => {});
    stopped = await sw
      .evaluate(() => /** @type {any} */ (globalThis).__learnmarkMarker)
      .then(
        () => false,
        () => true,
      );
    if (!stopped) await new Promise((ok) => setTimeout(ok, 100));
  }
  const restarted = async () => (await workerTargets(cdp)).some((id) => !before.includes(id));
  return { stopped, restarted, detach: () => cdp.detach() };
}
