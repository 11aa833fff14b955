/// <reference types="chrome" />
/**
 * Content script for www.linkedin.com, x.com and twitter.com (declared in the manifest): puts a
 * Save control beside each post. Kept small on purpose (no Preact, Dexie or polyfill): it runs
 * on every page of these sites. Never throws into the page.
 */
import { sendThrough } from '../../messaging/send';
import { siteFor } from './sites';
import { startFeedButtons } from './feed-buttons';

// The bench page opts in to timings; real pages never fill their timeline with ours.
const bench = document.documentElement.hasAttribute('data-learnmark-bench');

try {
  if (document.body) {
    startFeedButtons(document.body, siteFor(location.hostname), {
      send: sendThrough((envelope) => chrome.runtime.sendMessage(envelope)),
      measure: bench ? (name, start, end) => void performance.measure(name, { start, end }) : undefined,
    });
  }
} catch {
  // A page we cannot read stays exactly as it was.
}
