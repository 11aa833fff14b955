// @vitest-environment jsdom
// Learnmark's element in a page that removes what it did not add: put back where the page
// allows it, a bounded number of times.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { keepAttached } from '../../../src/content/closed-host';

/** MutationObserver callbacks run as microtasks: a macrotask later, every round has run. */
const settled = () => new Promise((ok) => setTimeout(ok, 0));

let guards: MutationObserver[] = [];
let stripped = 0;
/** The page's own guard: whatever it did not add to `place` is removed at once. */
function strip(place: HTMLElement) {
  const own = new Set(place.children);
  const guard = new MutationObserver(() => {
    for (const el of [...place.children])
      if (!own.has(el)) {
        el.remove();
        stripped++;
      }
  });
  guard.observe(place, { childList: true });
  guards.push(guard);
}

let host: HTMLElement;
let stop = () => {};
/** Learnmark's element added to `place` and kept there, as the nudge card does. */
function addTo(place: HTMLElement) {
  place.append(host);
  stop = keepAttached(document, host);
}
beforeEach(() => {
  document.body.innerHTML = '<div id="game"></div>';
  stripped = 0;
  host = document.createElement('learnmark-nudge');
});
afterEach(() => {
  stop();
  guards.forEach((g) => g.disconnect());
  guards = [];
  host.remove();
});

test('a page that strips <html> of what it did not add: the element goes back, into the body, and stays', async () => {
  strip(document.documentElement);
  addTo(document.documentElement);
  await settled();
  expect(stripped).toBe(1);
  expect(host.isConnected).toBe(true);
  expect(host.parentElement).toBe(document.body);
});

test('a page that strips its body: the element stays in <html>', async () => {
  strip(document.body);
  addTo(document.body);
  await settled();
  expect(stripped).toBe(1);
  expect(host.parentElement).toBe(document.documentElement);
});

test('a page that replaces its body: the element in it goes back into the page', async () => {
  addTo(document.body);
  document.documentElement.replaceChild(document.createElement('body'), document.body);
  await settled();
  expect(host.isConnected).toBe(true);
});

test('a page that strips both: a few tries, then the element is left out, never an endless loop', async () => {
  strip(document.documentElement);
  strip(document.body);
  addTo(document.documentElement);
  await settled();
  expect(host.isConnected).toBe(false);
  expect(stripped).toBe(11);
});

test('once stopped (Learnmark removes it), the element stays out', async () => {
  addTo(document.documentElement);
  stop();
  host.remove();
  await settled();
  expect(host.isConnected).toBe(false);
});
