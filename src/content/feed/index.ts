/// <reference types="chrome" />
/**
 * Content script for www.linkedin.com, x.com and twitter.com (declared in the manifest): puts a
 * Save control beside each post. Kept small on purpose (no Preact, Dexie or polyfill): it runs
 * on every page of these sites. Never throws into the page.
 */
import type { FeedMessageName } from '../../messaging/feed';
import type { Envelope, Send } from '../../messaging/protocol';
import { siteFor } from './sites';
import { startFeedButtons } from './feed-buttons';
import { FEED_POST_ACCESS, postKeyInView, readPostByKey, type FeedPostAccess } from './post-in-view';

// The protocol's typed Send, on chrome.runtime: the polyfill stays out of a script on every feed page.
const send: Send<FeedMessageName> = (type, payload) => chrome.runtime.sendMessage({ type, payload } satisfies Envelope);

// The bench page opts in to timings; real pages never fill their timeline with ours.
const bench = document.documentElement.hasAttribute('data-learnmark-bench');

try {
  const site = siteFor(location.hostname);
  // In the script's isolated world: the worker's scripting calls reach it, the page cannot.
  const access: FeedPostAccess = {
    postInView: () => postKeyInView(site, document, innerHeight),
    readPost: (key) => readPostByKey(site, document, key),
  };
  (globalThis as Record<string, unknown>)[FEED_POST_ACCESS] = access;
  if (document.body) {
    startFeedButtons(document.body, site, {
      send,
      measure: bench ? (name, start, end) => void performance.measure(name, { start, end }) : undefined,
    });
  }
} catch {
  // A page we cannot read stays exactly as it was.
}
