import { addWeeks } from 'date-fns/addWeeks';
import { startOfWeek } from 'date-fns/startOfWeek';
import { subDays } from 'date-fns/subDays';

export type WeekStartsOn = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** `value` as a first day of the week (0 Sunday … 6 Saturday), or null when it is not one. */
export const asWeekStart = (value: unknown): WeekStartsOn | null =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 6 ? (value as WeekStartsOn) : null;

export interface Week {
  /** Epoch ms of local midnight starting the week, and of the next week's start. */
  start: number;
  end: number;
  /** `yyyy-MM-dd` of the first day: a stable key. */
  key: string;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * The local day of a time as `yyyy-MM-dd`: the key of day totals, activity and log entries.
 * Written out rather than with date-fns `format`, which reads its pattern on every call (a
 * third of a millisecond each here): a goal's pace keys every week it has lived through.
 */
export function dayKey(t: number | Date): string {
  const d = new Date(t);
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The local week containing `now` (date-fns handles daylight-saving weeks of 167 or 169 hours). */
export function weekOf(now: number, weekStartsOn: WeekStartsOn, offset = 0): Week {
  const start = addWeeks(startOfWeek(now, { weekStartsOn }), offset);
  const end = addWeeks(start, 1);
  return { start: start.getTime(), end: end.getTime(), key: dayKey(start) };
}

/** The first day of the week in a locale, from the browser's week data where it has them. */
export function localeWeekStart(locale: string): WeekStartsOn {
  try {
    const info = new Intl.Locale(locale) as Intl.Locale & {
      getWeekInfo?: () => { firstDay: number };
      weekInfo?: { firstDay: number };
    };
    const firstDay = info.getWeekInfo?.().firstDay ?? info.weekInfo?.firstDay;
    // Intl counts Monday as 1 and Sunday as 7; date-fns counts Sunday as 0.
    if (firstDay) return (firstDay % 7) as WeekStartsOn;
  } catch {
    // An unknown locale falls through to the default.
  }
  return 1;
}

/**
 * The one rule for the first day of the week: the person's choice (Preferences), else their
 * locale's. The popup, the goal view, the badge and every export go through it.
 */
export function weekStart(settings: { weekStartsOn: WeekStartsOn | null }, locale: string): WeekStartsOn {
  return settings.weekStartsOn ?? localeWeekStart(locale);
}

/**
 * The weeks a summary compares: the week shown and the week before it. While the week shown is
 * under way, last week counts only up to the same point, `cut` (same wall-clock time, so a
 * daylight-saving change between them does not shift it): Wednesday noon against last Wednesday noon.
 */
export interface WeekSpan {
  week: Week;
  previous: Week;
  samePoint: boolean;
  cut: number;
}

export function weekSpan(now: number, weekStartsOn: WeekStartsOn, offset: number): WeekSpan {
  const week = weekOf(now, weekStartsOn, offset);
  const previous = weekOf(now, weekStartsOn, offset - 1);
  const samePoint = now >= week.start && now < week.end;
  const cut = samePoint ? Math.max(previous.start, subDays(now, 7).getTime()) : previous.end;
  return { week, previous, samePoint, cut };
}

/** The times, `from` ≤ t < `to`, that count for last week: up to the same point, inclusive, or all of it. */
export const previousCounted = (span: WeekSpan): { from: number; to: number } => ({
  from: span.previous.start,
  to: span.samePoint ? span.cut + 1 : span.previous.end,
});
