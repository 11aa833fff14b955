/**
 * Adds a Save control to every post of a LinkedIn or X feed as posts stream in: one
 * MutationObserver, idempotent per post (a WeakMap of post → control, rechecked when the site
 * recycles a node for another post), and one "already saved?" message per batch of new posts.
 */
import type { FeedMessageName } from '../../messaging/feed';
import type { Send } from '../../messaging/protocol';
import { createControl, setState } from './button';
import type { FeedSite } from './sites';

const CHECK_DELAY_MS = 150;

export interface FeedDeps {
  /** Sends a feed message to the worker; rejects when the extension was reloaded. */
  send: Send<FeedMessageName>;
  /**
   * Whether an event is the person's own (default: `event.isTrusted`). Unit tests under jsdom,
   * which cannot make a trusted event, pass their own; pages cannot reach this.
   */
  isPersonEvent?(event: Event): boolean;
  /** Bench hook: per-post and per-callback durations (User Timing in the page). */
  measure?(name: string, start: number, end: number): void;
}

interface Control {
  key: string;
  button: HTMLButtonElement;
  host: HTMLElement;
}

export function startFeedButtons(root: Element, site: FeedSite, deps: FeedDeps): MutationObserver {
  const controls = new WeakMap<Element, Control>();
  let pending = new Map<string, HTMLButtonElement[]>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const check = () => {
    timer = undefined;
    const batch = pending;
    pending = new Map();
    deps
      .send('feed-saved-check', { urls: [...batch.keys()] })
      .then(({ saved }) => {
        for (const url of saved) {
          for (const b of batch.get(url) ?? []) if (b.dataset.state === 'idle') setState(b, 'saved');
        }
      })
      .catch(() => undefined); // The extension was updated or reloaded: buttons still work after a reload.
  };

  const save = async (post: Element, control: Control) => {
    setState(control.button, 'saving');
    try {
      const capture = site.read(post);
      const answer = capture ? await deps.send('feed-save', { capture }) : null;
      setState(control.button, answer?.ok ? 'saved' : 'error');
    } catch {
      setState(control.button, 'error');
    }
  };

  const addControl = (post: Element) => {
    const t0 = performance.now();
    const key = site.isPost(post) ? site.key(post) : null;
    const existing = controls.get(post);
    if (existing?.key === key && existing.host.isConnected) return;
    existing?.host.remove();
    if (!key) return void controls.delete(post);
    const control = { key } as Control;
    Object.assign(
      control,
      createControl(() => void save(post, control), deps.isPersonEvent?.bind(deps)),
    );
    controls.set(post, control);
    site.anchor(post).append(control.host);
    const list = pending.get(key) ?? [];
    pending.set(key, [...list, control.button]);
    timer ??= setTimeout(check, CHECK_DELAY_MS);
    deps.measure?.('learnmark-feed-button', t0, performance.now());
  };

  const scan = (node: Element) => {
    if (node.matches(site.selector)) addControl(node);
    else for (const post of Array.from(node.querySelectorAll(site.selector))) addControl(post);
  };

  const observer = new MutationObserver((records) => {
    const t0 = performance.now();
    const seen = new Set<Element>();
    for (const r of records) {
      const target = r.target as Element;
      // A recycled row gets new children: recheck the post around the change too.
      const around = target.nodeType === 1 ? target.closest(site.selector) : null;
      if (around) seen.add(around);
      for (const n of Array.from(r.addedNodes))
        if (n.nodeType === 1 && !(n as Element).matches('learnmark-save')) seen.add(n as Element);
    }
    for (const el of seen) if (el.isConnected) scan(el);
    deps.measure?.('learnmark-feed-observer', t0, performance.now());
  });
  observer.observe(root, { childList: true, subtree: true });
  scan(root);
  return observer;
}
