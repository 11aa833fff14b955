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

/** The tracker's state in storage.session, read from an extension page (null when none). */
export const trackerState = (extensionPage) =>
  extensionPage.evaluate(() => chrome.storage.session.get('tracker').then((s) => s.tracker ?? null));

/**
 * Waits until the tracker has closed its segment (none open) and the recorded seconds stop
 * changing: a worker woken by the last event may still be starting when the test reads.
 */
export async function settledActivity(extensionPage, { timeout = 15_000, quietMs = 500 } = {}) {
  const deadline = Date.now() + timeout;
  let last = '';
  for (;;) {
    const [state, rows] = [await trackerState(extensionPage), await readStore(extensionPage, 'activity')];
    const now = JSON.stringify(rows);
    if (!state?.segment && now === last) return rows;
    if (Date.now() > deadline) throw new Error(`the tracker did not settle: ${JSON.stringify(state)}`);
    last = now;
    await new Promise((ok) => setTimeout(ok, quietMs));
  }
}

const extensionWorkers = async (cdp, extensionId) =>
  (await cdp.send('Target.getTargets')).targetInfos.filter(
    (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`),
  );

/**
 * Evaluates `expression` in the extension's running service worker over raw CDP (Playwright's
 * Worker handle dies with the worker and is not replaced when the browser restarts it).
 * Resolves `{ running: false }` when no worker runs.
 */
async function evaluateInWorker(cdp, extensionId, expression) {
  const [target] = await extensionWorkers(cdp, extensionId);
  if (!target) return { running: false };
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
  const id = Math.floor(Math.random() * 1e9);
  try {
    const answer = new Promise((ok) => {
      const onMessage = (event) => {
        if (event.sessionId !== sessionId) return;
        const message = JSON.parse(event.message);
        if (message.id !== id) return;
        cdp.off('Target.receivedMessageFromTarget', onMessage);
        ok(message);
      };
      cdp.on('Target.receivedMessageFromTarget', onMessage);
    });
    await cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id, method: 'Runtime.evaluate', params: { expression, returnByValue: true } }),
    });
    const message = await Promise.race([answer, new Promise((ok) => setTimeout(() => ok(null), 5_000))]);
    if (!message?.result) return { running: false };
    return { running: true, value: message.result.result?.value };
  } finally {
    await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => {});
  }
}

/**
 * Stops the extension's service worker (ServiceWorker.stopAllWorkers) and proves it: a marker is
 * set on the running worker's global first; after the stop the browser reports the worker
 * `stopped` and no worker target of the extension is left; and `markerGone()`, called after the
 * next event has woken the worker again, checks that the running worker is a new one (its global
 * lacks the marker). Works for any number of stops in a row (`sw` is kept for callers' sake: the
 * worker is reached over CDP, since Playwright does not report restarted workers).
 */
export async function stopWorker(ctx, sw, page) {
  const extensionId = new URL(sw.url()).host;
  const cdp = await ctx.newCDPSession(page);
  const marker = `stop-${Date.now()}-${Math.random()}`;
  const set = await evaluateInWorker(cdp, extensionId, `globalThis.__learnmarkMarker = ${JSON.stringify(marker)}`);
  const statuses = [];
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions)
      if (v.scriptURL.startsWith(`chrome-extension://${extensionId}/`)) statuses.push(v.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  const before = (await extensionWorkers(cdp, extensionId)).map((t) => t.targetId);
  await cdp.send('ServiceWorker.stopAllWorkers');
  let stopped = false;
  for (let i = 0; i < 50 && !stopped; i++) {
    // stopAllWorkers does not always take while extension pages are open: close the target too.
    if (i === 10)
      for (const { targetId } of await extensionWorkers(cdp, extensionId))
        await cdp.send('Target.closeTarget', { targetId }).catch(() => {});
    stopped = statuses.includes('stopped') && (await extensionWorkers(cdp, extensionId)).length === 0;
    if (!stopped) await new Promise((ok) => setTimeout(ok, 100));
  }
  const restarted = async () => (await extensionWorkers(cdp, extensionId)).some((t) => !before.includes(t.targetId));
  /** True when a worker runs again and it is not the one that held the marker. */
  const markerGone = async () => {
    for (let i = 0; i < 50; i++) {
      const now = await evaluateInWorker(cdp, extensionId, 'globalThis.__learnmarkMarker');
      if (now.running) return now.value !== marker;
      await new Promise((ok) => setTimeout(ok, 100));
    }
    return false;
  };
  return { stopped: stopped && set.running === true, restarted, markerGone, detach: () => cdp.detach() };
}
