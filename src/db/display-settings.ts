import browser from 'webextension-polyfill';
import { DEFAULT_DISPLAY, parseDisplay, type DisplaySettings } from '../core/week/display-settings';

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
