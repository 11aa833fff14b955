// Time settings and site rules live in storage.sync (small, roams with the profile); an
// organisation's rules come from storage.managed. Pages and the worker both read them here.
import browser from 'webextension-polyfill';
import type { SiteRule } from '../core/tracking/site-rules';
import { parseManagedRules, parseSettings, type EarnedLeisure, type TrackingSettings } from '../core/tracking/settings';

export const SETTINGS_KEY = 'tracking';

export async function loadSettings(): Promise<TrackingSettings> {
  const stored = await browser.storage.sync.get(SETTINGS_KEY);
  return parseSettings(stored[SETTINGS_KEY]);
}

/** Writes validated settings; what cannot be stored is normalised away first. */
/** The person's earned-leisure rate, or null while it is off: what the worker's learning writes pass on. */
export const loadLeisureRate = async (): Promise<EarnedLeisure | null> => (await loadSettings()).earnedLeisure;

export async function saveSettings(settings: TrackingSettings): Promise<TrackingSettings> {
  const clean = parseSettings(settings);
  await browser.storage.sync.set({ [SETTINGS_KEY]: clean });
  return clean;
}

export async function updateSettings(change: (s: TrackingSettings) => TrackingSettings): Promise<TrackingSettings> {
  return saveSettings(change(await loadSettings()));
}

/** The organisation's rules; none when no policy is set or the browser has no managed storage. */
export async function loadManagedRules(): Promise<SiteRule[]> {
  try {
    const { rules } = await browser.storage.managed.get('rules');
    return parseManagedRules(rules);
  } catch {
    return [];
  }
}
