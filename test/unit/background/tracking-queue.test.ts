// The tracker pairs each event's time with what the browser showed at that time, even when the
// event waits behind a slow step (a worker woken cold answers its first storage reads late).
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, expect, test, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/core/tracking/settings';
import type { TabSnapshot, TrackerState } from '../../../src/core/tracking/segment';
import { openDb, type LearnmarkDb } from '../../../src/db/db';
import { track, type TrackerDeps } from '../../../src/background/tracking';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

const T0 = new Date(2026, 10, 25, 10, 0, 0).getTime();
const tabOf = (id: number, url: string): TabSnapshot => ({ id, windowId: 1, url, incognito: false });
const GAME = tabOf(1, 'https://farmville.com/');
const DOCS = tabOf(2, 'https://developer.mozilla.org/');
const BLANK = tabOf(3, 'chrome://newtab/');

let database: LearnmarkDb;
let clock: number;
let shown: TabSnapshot;
let stored: TrackerState | undefined;
let release: (() => void) | undefined;

function deps(): TrackerDeps {
  let first = true;
  return {
    database: () => database,
    now: () => clock,
    tab: async () => shown,
    browserFocused: async () => false,
    readState: async () => stored,
    writeState: async (s) => void (stored = s),
    settings: async () => DEFAULT_SETTINGS,
    // The first read is slow (storage.managed on a cold worker takes seconds in Chromium).
    managedRules: () => {
      if (!first) return Promise.resolve([]);
      first = false;
      return new Promise((ok) => (release = () => ok([])));
    },
    afterStep: async () => undefined,
  };
}

beforeEach(() => {
  database = openDb(`tracker-queue-${Math.random()}`);
  clock = T0;
  stored = undefined;
  release = undefined;
});

test('an event queued behind a slow step is counted at its own time, with the tab shown then', async () => {
  const d = deps();
  shown = GAME;
  const opened = track({}, d); // slow: waits on the first managed read
  await vi.waitFor(() => expect(release).toBeDefined());
  // At 5 s an event that changes nothing (another tab loads) queues behind the first step...
  clock = T0 + 5_000;
  const unrelated = track({}, d);
  // ...and at 10 s the person switches to the docs, before the queue has moved on.
  clock = T0 + 10_000;
  shown = DOCS;
  const switched = track({}, d);
  release?.();
  await Promise.all([opened, unrelated, switched]);
  clock = T0 + 30_000;
  shown = BLANK;
  await track({}, d);
  const rows = Object.fromEntries((await database.activity.toArray()).map((r) => [r.host, r.seconds]));
  // Before the fix the 5 s event read the tab when it ran (the docs): game 5 s, docs 25 s.
  expect(rows).toEqual({ 'farmville.com': 10, 'developer.mozilla.org': 20 });
});
