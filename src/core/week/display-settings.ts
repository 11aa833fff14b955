import { asWeekStart, type WeekStartsOn } from './model';

/** How the week is shown; kept in storage.sync beside the tracking settings. */
export interface DisplaySettings {
  /** First day of the week (0 Sunday … 6 Saturday), or null to follow the browser's locale. */
  weekStartsOn: WeekStartsOn | null;
  /** Show this week's learning minutes on the toolbar icon. */
  weekBadge: boolean;
}

export const DEFAULT_DISPLAY: DisplaySettings = { weekStartsOn: null, weekBadge: false };

/** Whatever storage holds (older, newer or damaged), as valid settings. */
export function parseDisplay(raw: unknown): DisplaySettings {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  return {
    weekStartsOn: asWeekStart(r.weekStartsOn),
    weekBadge: r.weekBadge === true,
  };
}

/** The badge text for a number of minutes: short enough for the icon ("45", "2h", "12h"). */
export function badgeText(minutes: number): string {
  if (minutes <= 0) return '';
  if (minutes < 100) return String(minutes);
  return `${Math.floor(minutes / 60)}h`;
}
