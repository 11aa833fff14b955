import browser from 'webextension-polyfill';
import type { TabSnapshot, TrackerState } from '../core/tracking/segment';

const SESSION_KEY = 'tracker';

/** The active tab of the last focused window (never a popup or devtools window). */
export async function focusedTab(): Promise<TabSnapshot | null> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true }).catch(() => []);
  if (!tab || tab.id === undefined) return null;
  return { id: tab.id, windowId: tab.windowId ?? -1, url: tab.url ?? '', incognito: tab.incognito === true };
}

/**
 * Whether one of the browser's windows has the focus. Moving between two of its windows, some
 * systems (and headless Chromium, after a new window) report WINDOW_ID_NONE after the new
 * window's own event: the person is still in the browser then, not away from it.
 */
export async function browserFocused(): Promise<boolean> {
  const window = await browser.windows.getLastFocused().catch(() => undefined);
  return window?.focused === true;
}

/** The tracker's state as stored (unvalidated: the caller parses it). */
export async function readTrackerState(): Promise<unknown> {
  return (await browser.storage.session.get(SESSION_KEY))[SESSION_KEY];
}

export async function writeTrackerState(state: TrackerState): Promise<void> {
  await browser.storage.session.set({ [SESSION_KEY]: state });
}

/** Creates the repeating alarm only when missing: re-creating it on every wake would delay it. */
export async function ensureAlarm(name: string, periodInMinutes: number): Promise<void> {
  if (!(await browser.alarms.get(name))) await browser.alarms.create(name, { periodInMinutes });
}
