import browser from 'webextension-polyfill';
import { badgeText } from '../core/week/display-settings';
import { weekOf, weekStart } from '../core/week/model';
import { db } from '../db/db';
import { DISPLAY_KEY, loadDisplay } from '../db/display-settings';
import { allDaysOf } from '../db/week';
import { now } from '../platform/clock';

/**
 * The optional badge with this week's learning minutes. It is the icon's global text; the
 * short-lived ✓ / ! of a save is per tab and falls back to it when cleared.
 */
export async function refreshWeekBadge(at = now()): Promise<string> {
  const settings = await loadDisplay();
  if (!settings.weekBadge) {
    await browser.action.setBadgeText({ text: '' });
    return '';
  }
  const startsOn = weekStart(settings, browser.i18n.getUILanguage());
  const week = weekOf(at, startsOn);
  const days = await allDaysOf(db(), week, week);
  const seconds = days.reduce((sum, d) => sum + d.learning, 0);
  const text = badgeText(Math.round(seconds / 60));
  await browser.action.setBadgeBackgroundColor({ color: '#1a7f37' });
  await browser.action.setBadgeText({ text });
  return text;
}

/** Keeps the badge current: after each flush of tracked time, and when the setting changes. */
export function registerWeekBadge(flushAlarm: string): void {
  const refresh = () => refreshWeekBadge().catch(() => undefined);
  browser.alarms.onAlarm.addListener((alarm) => (alarm.name === flushAlarm ? refresh() : undefined));
  browser.storage.onChanged.addListener((changes, area) =>
    area === 'sync' && DISPLAY_KEY in changes ? refresh() : undefined,
  );
  browser.runtime.onStartup.addListener(refresh);
  browser.runtime.onInstalled.addListener(refresh);
}
