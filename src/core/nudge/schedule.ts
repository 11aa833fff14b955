import { addDays } from 'date-fns/addDays';
import { set } from 'date-fns/set';

/**
 * When the daily budget applies: on chosen weekdays (0 = Sunday … 6 = Saturday), from one
 * local time to another (minutes after midnight). A window that ends before it starts runs over
 * midnight and belongs to the day it started on (Friday 22:00–02:00 covers early Saturday).
 * A window whose start and end are equal covers those whole days. Outside it, a separate budget
 * applies, or none (no nudge at all).
 */
export interface Schedule {
  days: number[];
  from: number;
  to: number;
  /** Minutes allowed outside the window; null: no budget there (never nudged). */
  outsideMinutes: number | null;
}

export const WEEKDAYS_9_TO_5: Schedule = { days: [1, 2, 3, 4, 5], from: 9 * 60, to: 17 * 60, outsideMinutes: null };

const minutesOf = (d: Date) => d.getHours() * 60 + d.getMinutes();

/** Whether local time `now` is inside the schedule's window. */
export function inSchedule(schedule: Schedule, now: number): boolean {
  const d = new Date(now);
  const day = d.getDay();
  const minutes = minutesOf(d);
  const { days, from, to } = schedule;
  if (from === to) return days.includes(day);
  if (from < to) return days.includes(day) && minutes >= from && minutes < to;
  return (days.includes(day) && minutes >= from) || (days.includes((day + 6) % 7) && minutes < to);
}

/** The budget in force at `now`, in minutes, or null when none applies (outside, none set). */
export function budgetMinutesAt(dailyBudgetMinutes: number, schedule: Schedule | null, now: number): number | null {
  if (!schedule) return dailyBudgetMinutes;
  return inSchedule(schedule, now) ? dailyBudgetMinutes : schedule.outsideMinutes;
}

/**
 * The next moment after `now` when the window opens or closes (local wall-clock times, so a
 * day of 23 or 25 hours is followed correctly), or null when it never changes.
 */
export function nextScheduleChange(schedule: Schedule | null, now: number): number | null {
  if (!schedule || schedule.days.length === 0) return null;
  const inside = inSchedule(schedule, now);
  let best: number | null = null;
  for (let k = 0; k <= 8; k++) {
    for (const minutes of [schedule.from, schedule.to, 0]) {
      const at = set(addDays(now, k), {
        hours: Math.floor(minutes / 60),
        minutes: minutes % 60,
        seconds: 0,
        milliseconds: 0,
      }).getTime();
      if (at > now && (best === null || at < best) && inSchedule(schedule, at) !== inside) best = at;
    }
    if (best !== null) return best;
  }
  return best;
}

/** A schedule as read from storage, or null when it is not a valid one. */
export function parseSchedule(raw: unknown, validMinutes: (v: unknown) => number | null): Schedule | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const time = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 24 * 60 ? v : null);
  const days = Array.isArray(r.days)
    ? [...new Set(r.days.filter((d): d is number => Number.isInteger(d) && d >= 0 && d <= 6))].sort((a, b) => a - b)
    : [];
  const from = time(r.from);
  const to = time(r.to);
  if (days.length === 0 || from === null || to === null) return null;
  return { days, from, to, outsideMinutes: r.outsideMinutes === null ? null : validMinutes(r.outsideMinutes) };
}
