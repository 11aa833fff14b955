// Finding 3 of issue 11, end to end: a compromised feed renderer sends messages from the
// content script's own (isolated) world of www.linkedin.com and x.com, naming a bank tab or no
// tab at all, asking about and changing the library. Reached through the DevTools protocol
// (Runtime.evaluate in the content script's execution context), the channel a compromised
// renderer has. Every such message is refused with an error, and nothing stored changes.
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { goal } from '../unit/goal-fixtures';
import { launch, readItems, type Launched } from './harness.mjs';
import { item, seedRows } from './seed';

const BANK = 'https://bank.example/accounts/';
const X_POST = 'https://x.com/bob_builds/status/1861100000000000000';
const ARTICLE = 'https://blog.example.org/2024/03/saved-article';
/** The listener's refusal for a page-only message from anywhere else (messaging/senders.ts). */
const OWN_PAGES_ONLY =
  /^learnmark: refused "[a-z-]+" from https:\/\/[^ ]+: only the extension’s own pages may send it$/;
let h: Launched;
let ext: Page;

/** Everything a message could change: items, goals and the import staging, read whole. */
async function library(): Promise<unknown> {
  const goals = await ext.evaluate(
    () =>
      new Promise((ok) => {
        const open = indexedDB.open('learnmark');
        open.onsuccess = () => {
          const all = open.result.transaction('goals').objectStore('goals').getAll();
          all.onsuccess = () => ok(all.result);
        };
      }),
  );
  return { items: await readItems(ext), goals };
}

/** Sends messages from the content script's isolated world of `page`, as that script could. */
async function contentScriptWorld(page: Page, extensionId: string) {
  const cdp: CDPSession = await h.ctx.newCDPSession(page);
  const contexts: { id: number; origin: string; auxData?: { isDefault?: boolean; frameId?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  await cdp.send('Runtime.enable'); // reports the contexts that exist already
  const { frameTree } = await cdp.send('Page.getFrameTree');
  await expect
    .poll(() =>
      contexts.some(
        (c) => c.origin === `chrome-extension://${extensionId}` && c.auxData?.frameId === frameTree.frame.id,
      ),
    )
    .toBe(true);
  const world = contexts.find(
    (c) => c.origin === `chrome-extension://${extensionId}` && c.auxData?.frameId === frameTree.frame.id,
  )!;
  expect(world.auxData?.isDefault).toBe(false); // the isolated world, not the page's own
  return async (type: string, payload: unknown): Promise<{ answer?: unknown; error?: string }> => {
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      contextId: world.id,
      expression: `chrome.runtime.sendMessage(${JSON.stringify({ type, payload })}).then(
        (answer) => ({ answer }), (e) => ({ error: String(e && e.message || e) }))`,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.text);
    return result.value as { answer?: unknown; error?: string };
  };
}

describe('a content script’s own world cannot name another tab or drive the library', () => {
  beforeAll(async () => {
    h = await launch();
    ext = await h.ctx.newPage();
    await ext.goto(h.popupUrl(0));
    await seedRows(ext, 'goals', [goal({ id: 'g-trust', title: 'Trust goal' })]);
    await seedRows(ext, 'items', [
      item({ id: 'i-article', url: ARTICLE, title: 'Saved article', savedAt: Date.now(), goalIds: ['g-trust'] }),
      item({ id: 'i-post', url: X_POST, kind: 'tweet', title: 'Saved post', savedAt: Date.now(), note: 'private' }),
    ]);
  });
  afterAll(async () => {
    await h?.close();
  });

  test.each([
    ['x.com', 'https://x.com/home'],
    ['www.linkedin.com', 'https://www.linkedin.com/feed/'],
  ])('from the %s content script: refused, nothing stored or changed', async (_host, feedUrl) => {
    const bank = await h.ctx.newPage();
    await bank.goto(BANK);
    const bankTab = await h.tabIdOf(BANK);
    const feed = await h.ctx.newPage();
    await feed.goto(feedUrl);
    const send = await contentScriptWorld(feed, h.extensionId);
    const before = await library();

    const refused: [string, unknown][] = [
      ['save-tab', { tabId: bankTab, via: 'popup' }],
      ['save-tab', { via: 'popup' }],
      ['save-tab', { via: 'shortcut', anyway: true }],
      ['item-status', { itemId: 'i-article', status: 'archived' }],
      ['item-tag', { itemId: 'i-article', tags: ['pwned'] }],
      ['goal-delete', { id: 'g-trust' }],
      ['goal-save', { draft: { title: 'Planted goal', color: '#000000' } }],
      ['library-edit', { itemId: 'i-article', title: 'URGENT: re-enter your password' }],
      ['library-bulk', { ids: ['i-article', 'i-post'], action: { kind: 'status', status: 'archived' } }],
      ['library-delete', { ids: ['i-article', 'i-post'] }],
      ['library-restore', { ids: ['i-article'] }],
      ['data-stage', { uploadId: 'up-1', offset: 0, rows: [{ url: 'javascript:alert(1)' }] }],
      ['data-commit', { uploadId: 'up-1', total: 1, action: { kind: 'import', goalId: null } }],
      ['data-discard', { uploadId: 'up-1' }],
    ];
    for (const [type, payload] of refused) {
      const reply = await send(type, payload);
      // An error naming the sender rule, never an answer.
      expect(reply, type).toEqual({ error: expect.stringMatching(OWN_PAGES_ONLY) as unknown });
    }

    // The feed script's own messages answer only about posts on its own site: a saved article
    // (or the bank page) reads as not saved, and the reply carries no item field.
    const check = await send('feed-saved-check', { urls: [ARTICLE, BANK, X_POST] });
    expect(check).toEqual({ answer: { saved: feedUrl.startsWith('https://x.com') ? [X_POST] : [] } });
    const planted = await send('feed-save', {
      capture: { url: BANK, title: 'Checking ••4821', text: 'balance $12,345.67', kind: 'article' },
    });
    expect(planted).toEqual({ answer: { ok: false } });

    await bank.bringToFront(); // the tab in front, as in the finding
    expect((await send('save-tab', { via: 'popup' })).error).toMatch(OWN_PAGES_ONLY);
    expect(await library()).toEqual(before);
    expect((await readItems(ext)).map((i) => i.url)).not.toContain(BANK);
    await Promise.all([bank.close(), feed.close()]);
  });
});
