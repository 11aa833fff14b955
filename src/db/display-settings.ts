import browser from 'webextension-polyfill';
import { DEFAULT_DISPLAY, parseDisplay, type DisplaySettings } from '../core/week/display-settings';
import { localeWeekStart, type WeekStartsOn } from '../core/week/model';

export const DISPLAY_KEY = 'display';

export async function loadDisplay(): Promise<DisplaySettings> {
  try {
    return parseDisplay((await browser.storage.sync.get(DISPLAY_KEY))[DISPLAY_KEY]);
  } catch {
    return DEFAULT_DISPLAY;
  }
}

export async function saveDisplay(change: Partial<DisplaySettings>): Promise<DisplaySettings> {
  const next = parseDisplay({ ...(await loadDisplay()), ...change });
  await browser.storage.sync.set({ [DISPLAY_KEY]: next });
  return next;
}

/** The week start in force: the person's choice, else their locale's. */
export function weekStart(settings: DisplaySettings, locale: string): WeekStartsOn {
  return settings.weekStartsOn ?? localeWeekStart(locale);
}
