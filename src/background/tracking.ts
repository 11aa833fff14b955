import { normalizeUrl } from '../core/item/url';
import {
  INITIAL_STATE,
  parseState,
  step,
  type IdleState,
  type Piece,
  type Segment,
  type TabSnapshot,
  type TrackerState,
} from '../core/tracking/segment';
import { classify } from '../core/tracking/site-rules';
import { defaultRules, personRules, type TrackingSettings } from '../core/tracking/settings';
import type { SiteRule } from '../core/tracking/site-rules';
import type { Category } from '../core/tracking/model';
import { addActivity, type Credit } from '../db/tracking';
import { db, type LearnmarkDb } from '../db/db';
import { loadManagedRules, loadSettings } from '../db/tracking-settings';
import { browserFocused, focusedTab, readTrackerState, writeTrackerState } from '../platform/tracking';
import { now } from '../platform/clock';

/** What the tracker needs from outside, so tests can drive it with a fake browser and clock. */
export interface TrackerDeps {
  database: () => LearnmarkDb;
  now: () => number;
  tab: () => Promise<TabSnapshot | null>;
  /** Whether a window of the browser has the focus (a reported blur may be a move between two). */
  browserFocused: () => Promise<boolean>;
  readState: () => Promise<unknown>;
  writeState: (state: TrackerState) => Promise<void>;
  settings: () => Promise<TrackingSettings>;
  managedRules: () => Promise<SiteRule[]>;
  /** Runs after each change with the open segment (the budget check and nudge). */
  afterStep: (segment: Segment | null, category: Category | null, now: number) => Promise<void>;
}

export const defaultTrackerDeps: Omit<TrackerDeps, 'afterStep'> = {
  database: db,
  now,
  tab: focusedTab,
  browserFocused,
  readState: readTrackerState,
  writeState: writeTrackerState,
  settings: loadSettings,
  managedRules: loadManagedRules,
};

/** What happened: only focus and idleness are remembered, the rest is read from the browser. */
export type TrackerEvent = { blurred?: boolean; idle?: IdleState; flush?: boolean; restart?: boolean };

/**
 * The category of a page: a saved item's page is learning (and credits the item); otherwise
 * the rules decide.
 */
async function categorize(
  database: LearnmarkDb,
  page: Pick<Piece, 'url' | 'host' | 'path'>,
  layers: { managed: SiteRule[]; person: SiteRule[]; defaults?: SiteRule[] },
) {
  const url = normalizeUrl(page.url);
  const item = url ? await database.items.where('url').equals(url).first() : undefined;
  if (item) return { category: 'learning' as const, itemId: item.id };
  return { category: classify(page.host, page.path, layers).category, itemId: null };
}

// Events arrive faster than storage answers; each step must see the state the last one wrote.
let queue: Promise<unknown> = Promise.resolve();
function serially<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work, work);
  queue = run.catch(() => undefined);
  return run;
}

/**
 * Applies one event: closes the open segment if what the person looks at changed, opens the
 * new one, and adds the closed seconds to the day's activity. The new segment is written to
 * storage.session BEFORE the seconds go to the database: if the worker stops in between, those
 * seconds are lost, never counted twice.
 */
export function track(event: TrackerEvent, deps: TrackerDeps): Promise<void> {
  // The time and the tab shown are both taken when the event arrives, not when its turn in the
  // queue comes: a step waiting behind a slow one (a cold worker's first storage reads take
  // seconds) must not pair its early time with a tab the person switched to later.
  const now = deps.now();
  const shown = deps.tab();
  shown.catch(() => undefined);
  // A blur is checked when it arrives too: focus that only moved to another of the browser's
  // windows keeps the count going.
  const stillFocused = event.blurred ? deps.browserFocused().catch(() => false) : Promise.resolve(false);
  return serially(async () => {
    const stored = event.restart ? INITIAL_STATE : parseState(await deps.readState());
    const state: TrackerState = {
      ...stored,
      blurred: event.blurred === undefined ? stored.blurred : event.blurred && !(await stillFocused),
      idle: event.idle ?? stored.idle,
    };
    const [tab, settings, managed] = await Promise.all([shown, deps.settings(), deps.managedRules()]);
    const result = step(state, { tab, paused: settings.paused, flush: event.flush === true }, now);
    if (result.changed || state.blurred !== stored.blurred || state.idle !== stored.idle || event.restart) {
      await deps.writeState(result.state);
    }
    const database = deps.database();
    const layers = { managed, person: personRules(settings, now), defaults: defaultRules(settings) };
    const credits: Credit[] = [];
    for (const piece of result.pieces) {
      const { category, itemId } = await categorize(database, piece, layers);
      credits.push({ day: piece.day, host: piece.host, category, seconds: piece.seconds, itemId, hour: piece.hour });
    }
    await addActivity(database, credits);
    const open = result.state.segment;
    const category = open ? (await categorize(database, open, layers)).category : null;
    await deps.afterStep(open, category, now);
  });
}
