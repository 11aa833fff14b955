// @vitest-environment jsdom
// The in-feed Save control: one per post (not ads), idempotent, one batched "saved?" message,
// and a click sends THAT post's capture.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { startFeedButtons, type FeedDeps } from '../../../../src/content/feed/feed-buttons';
import { siteFor } from '../../../../src/content/feed/sites';

vi.stubGlobal('chrome', { i18n: { getMessage: () => '' } });

function mount(path: string) {
  document.documentElement.innerHTML = readFileSync(join(process.cwd(), 'test/fixtures', path), 'utf8');
}
const tick = (ms: number) => new Promise((ok) => setTimeout(ok, ms));
// The control's shadow root is closed: the page (and so this test) cannot reach it through
// `host.shadowRoot`. The test keeps the roots as they are attached, as only the script can.
const roots = new WeakMap<Element, ShadowRoot>();
const attach = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
  const root = attach.call(this, init);
  roots.set(this, root);
  return root;
};
const buttons = () =>
  Array.from(document.querySelectorAll('learnmark-save')).map((h) => roots.get(h)!.querySelector('button')!);
/** jsdom cannot make a trusted event: in these tests a click counts as the person's unless marked. */
const scripted = new WeakSet<Event>();
const isPersonEvent = (e: Event) => !scripted.has(e);

describe('feed buttons on LinkedIn', () => {
  test('one keyboard-operable button per post, one check message, click saves that post', async () => {
    mount('www.linkedin.com/feed/index.html');
    const message = vi.fn(async (type: string, payload: unknown) => {
      if (type === 'feed-saved-check') return { saved: [(payload as { urls: string[] }).urls[1]] };
      return { ok: true };
    });
    const observer = startFeedButtons(document.body, siteFor('www.linkedin.com'), {
      send: message as unknown as FeedDeps['send'],
      isPersonEvent,
    });
    expect(buttons()).toHaveLength(2); // the promoted post gets none
    expect(buttons()[0]!.getAttribute('aria-label')).toBe('Save this post to Learnmark');
    // Re-adding the same posts does not add controls.
    const feed = document.querySelector('[data-testid="mainFeed"]')!;
    feed.append(feed.firstElementChild!);
    await tick(200);
    expect(buttons()).toHaveLength(2);
    expect(message.mock.calls.filter(([t]) => t === 'feed-saved-check')).toHaveLength(1);
    expect(
      buttons()
        .map((b) => b.dataset.state)
        .sort(),
    ).toEqual(['idle', 'saved']);
    const ada = buttons().find((b) => b.dataset.state === 'idle')!;
    // A page script's click (untrusted) saves nothing.
    const forged = new MouseEvent('click', { bubbles: true });
    scripted.add(forged);
    ada.dispatchEvent(forged);
    await tick(0);
    expect(message.mock.calls.filter(([t]) => t === 'feed-save')).toHaveLength(0);
    expect(ada.dataset.state).toBe('idle');
    ada.click();
    await tick(0);
    const [, payload] = message.mock.calls.find(([t]) => t === 'feed-save')!;
    expect((payload as { capture: { author: string } }).capture.author).toBe('Ada Lovelace');
    expect(ada.dataset.state).toBe('saved');
    observer.disconnect();
  });
});

describe('feed buttons on X', () => {
  test('the shadow root is closed and the host carries no state', async () => {
    mount('x.com/home/index.html');
    const message = vi.fn(async (type: string) => (type === 'feed-save' ? { ok: true } : { saved: [] }));
    const observer = startFeedButtons(document.body, siteFor('x.com'), {
      send: message,
    });
    const hosts = Array.from(document.querySelectorAll('learnmark-save'));
    expect(hosts.length).toBeGreaterThan(0);
    for (const host of hosts) {
      expect(host.shadowRoot).toBeNull();
      expect(host.attributes).toHaveLength(0);
      expect(host.textContent).toBe('');
    }
    // Without a test hook, the default is `event.isTrusted`: jsdom's clicks are untrusted.
    buttons()[0]!.click();
    await tick(0);
    expect(message.mock.calls.filter(([t]) => t === 'feed-save')).toHaveLength(0);
    observer.disconnect();
  });

  test('posts streamed in get buttons; a failed save says so', async () => {
    mount('x.com/home/index.html');
    const message = vi.fn(async (type: string) => (type === 'feed-save' ? { ok: false } : { saved: [] }));
    const observer = startFeedButtons(document.body, siteFor('x.com'), {
      send: message,
      isPersonEvent,
    });
    expect(buttons()).toHaveLength(4);
    const timeline = document.querySelector('[aria-label^="Timeline"] > div')!;
    const clone = timeline.firstElementChild!.cloneNode(true) as Element;
    clone.querySelector('learnmark-save')?.remove();
    clone.querySelector('a[href*="/status/"]')!.setAttribute('href', '/ada/status/1861999999999999999');
    timeline.append(clone);
    await tick(0);
    expect(buttons()).toHaveLength(5);
    buttons()[4]!.click();
    await tick(0);
    expect(buttons()[4]!.dataset.state).toBe('error');
    observer.disconnect();
  });
});

describe('while a save is on its way', () => {
  test('the button keeps focus (never disabled), says it is busy, and a second click sends nothing', async () => {
    mount('www.linkedin.com/feed/index.html');
    let answer: (value: { ok: boolean }) => void = () => undefined;
    const message = vi.fn((type: string) =>
      type === 'feed-save' ? new Promise((ok) => (answer = ok)) : Promise.resolve({ saved: [] }),
    );
    const observer = startFeedButtons(document.body, siteFor('www.linkedin.com'), {
      send: message as unknown as FeedDeps['send'],
      isPersonEvent,
    });
    const button = buttons()[0]!;
    button.focus();
    button.click();
    // A disabled button loses focus in Chromium: a keyboard user would be thrown off the post.
    expect(button.disabled).toBe(false);
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect((button.getRootNode() as ShadowRoot).activeElement).toBe(button);
    button.click();
    expect(message.mock.calls.filter(([t]) => t === 'feed-save')).toHaveLength(1);
    answer({ ok: true });
    await tick(0);
    expect(button.dataset.state).toBe('saved');
    expect(button.getAttribute('aria-disabled')).toBe('false');
    observer.disconnect();
  });
});
