import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { weekStart, type WeekStartsOn } from '../core/week/model';
import { DEFAULT_DISPLAY } from '../core/week/display-settings';
import { DISPLAY_KEY, loadDisplay } from '../db/display-settings';
import { uiLocale } from './i18n';

let inForce: Promise<WeekStartsOn> | null = null;
const isDisplayChange = (changes: Record<string, unknown>, area: string) => area === 'sync' && DISPLAY_KEY in changes;
browser.storage.onChanged.addListener((changes, area) => {
  if (isDisplayChange(changes, area)) inForce = null;
});

/**
 * The first day of the week for the pages (core/week/model.ts `weekStart`: the person's choice,
 * else the locale's), read once and again whenever the preference changes. Call it early (the
 * popup does as its script loads) so the week draws without waiting for storage.
 */
export function weekStartInForce(): Promise<WeekStartsOn> {
  inForce ??= loadDisplay()
    .catch(() => DEFAULT_DISPLAY)
    .then((settings) => weekStart(settings, uiLocale()));
  return inForce;
}

/** The week start for a component: undefined until read, and current when the preference changes. */
export function useWeekStart(): WeekStartsOn | undefined {
  const [value, setValue] = useState<WeekStartsOn | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const read = () => void weekStartInForce().then((v) => live && setValue(v));
    const changed = (changes: Record<string, unknown>, area: string) => {
      if (!isDisplayChange(changes, area)) return;
      inForce = null;
      read();
    };
    read();
    browser.storage.onChanged.addListener(changed);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(changed);
    };
  }, []);
  return value;
}
