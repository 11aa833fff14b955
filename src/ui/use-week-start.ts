import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { asWeekStart, weekStart, type WeekStartsOn } from '../core/week/model';
import { DEFAULT_DISPLAY } from '../core/week/display-settings';
import { DISPLAY_KEY, loadDisplay } from '../db/display-settings';
import { noteNumber, notedNumber } from '../db/page-notes';
import { uiLocale } from './i18n';

let inForce: Promise<WeekStartsOn> | null = null;
/** Where a page notes the week start it last found in force (see lastWeekStart). */
const NOTE = 'learnmark:week-start';
/** The week start once read: a component drawn after that has it on its first draw. */
let known: WeekStartsOn | undefined;
const forget = () => {
  inForce = null;
  known = undefined;
};
const isDisplayChange = (changes: Record<string, unknown>, area: string) => area === 'sync' && DISPLAY_KEY in changes;
browser.storage.onChanged.addListener((changes, area) => {
  if (isDisplayChange(changes, area)) forget();
});

/**
 * The first day of the week for the pages (core/week/model.ts `weekStart`: the person's choice,
 * else the locale's), read once and again whenever the preference changes. Call it early (the
 * popup does as its script loads) so the week draws without waiting for storage.
 */
export function weekStartInForce(): Promise<WeekStartsOn> {
  if (inForce) return inForce;
  const reading = loadDisplay()
    .catch(() => DEFAULT_DISPLAY)
    .then((settings) => {
      const value = weekStart(settings, uiLocale());
      if (inForce === reading) known = value; // not when the preference changed meanwhile
      noteNumber(NOTE, value);
      return value;
    });
  return (inForce = reading);
}

/**
 * The week start this page found in force when it last read it (its localStorage), at once:
 * the popup starts reading its week with it while storage is asked, and draws only once storage
 * has confirmed it (popup/use-week.ts). Undefined the first time, or where there is no storage.
 */
export function lastWeekStart(): WeekStartsOn | undefined {
  return asWeekStart(notedNumber(NOTE)) ?? undefined;
}

/** The week start for a component: undefined until read, and current when the preference changes. */
export function useWeekStart(): WeekStartsOn | undefined {
  const [value, setValue] = useState<WeekStartsOn | undefined>(() => known);
  useEffect(() => {
    let live = true;
    const read = () => void weekStartInForce().then((v) => live && setValue(v));
    const changed = (changes: Record<string, unknown>, area: string) => {
      if (!isDisplayChange(changes, area)) return;
      forget();
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
