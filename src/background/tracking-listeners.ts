import browser from 'webextension-polyfill';
import { FLUSH_PERIOD_MS } from '../core/tracking/segment';
import { recordProblem } from '../db/problems';
import { SETTINGS_KEY } from '../db/tracking-settings';
import { ensureAlarm } from '../platform/tracking';
import { NOTIFICATION_PREFIX } from '../platform/nudge';
import { BUDGET_ALARM, checkBudget, onNotificationAnswer } from './nudge';
import { defaultTrackerDeps, track, type TrackerDeps, type TrackerEvent } from './tracking';

export const FLUSH_ALARM = 'flush';
/** Seconds without input before the browser reports the person idle. */
const IDLE_SECONDS = 60;

const deps: TrackerDeps = {
  ...defaultTrackerDeps,
  afterStep: (segment, category, now) => checkBudget(segment, category, now),
};
// A failed step must not reject inside the browser's event dispatch (or a test's trigger): it
// is recorded, and the next event starts again from what storage holds.
const on = (event: TrackerEvent) => track(event, deps).catch((error: unknown) => recordProblem('tracking', error));

/**
 * Registers the time tracker's listeners. Called synchronously at the top of the worker, so an
 * event that wakes a stopped worker finds them. Each returns its promise (tests await it).
 */
export function registerTrackerListeners(): void {
  browser.tabs.onActivated.addListener(() => on({}));
  browser.tabs.onUpdated.addListener((_id, change) => (change.url !== undefined ? on({}) : undefined));
  browser.tabs.onRemoved.addListener(() => on({}));
  browser.windows.onFocusChanged.addListener((windowId) =>
    on({ blurred: windowId === browser.windows.WINDOW_ID_NONE }),
  );
  browser.idle.onStateChanged.addListener((idle) => on({ idle }));
  browser.alarms.onAlarm.addListener((alarm) =>
    alarm.name === FLUSH_ALARM || alarm.name === BUDGET_ALARM ? on({ flush: true }) : undefined,
  );
  browser.storage.onChanged.addListener((changes, area) =>
    area === 'sync' && SETTINGS_KEY in changes ? on({}) : undefined,
  );
  browser.runtime.onStartup.addListener(() => on({ restart: true }));
  browser.runtime.onInstalled.addListener(() => on({}));
  browser.notifications.onButtonClicked.addListener((id, index) => onNotificationAnswer(id, index));
  browser.notifications.onClicked.addListener((id) => onNotificationAnswer(id, 'body'));
  browser.notifications.onClosed.addListener((id, byUser) =>
    byUser && id.startsWith(NOTIFICATION_PREFIX) ? onNotificationAnswer(id, 'closed') : undefined,
  );

  // Both are idempotent; they run on every wake because a worker may wake by any event.
  browser.idle.setDetectionInterval(IDLE_SECONDS);
  void ensureAlarm(FLUSH_ALARM, FLUSH_PERIOD_MS / 60_000).catch((error: unknown) =>
    recordProblem('trackingAlarm', error),
  );
}
