import { addDays } from 'date-fns/addDays';
import { addHours } from 'date-fns/addHours';
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import { setHours } from 'date-fns/setHours';
import { startOfHour } from 'date-fns/startOfHour';
import type { DayTotals } from '../week/day-totals';
import { weekOf, type WeekStartsOn } from '../week/model';
import { NUDGE_OUTCOMES, type Nudge, type NudgeOutcome } from './model';

const LEFT_WITHIN_MS = 5 * 60_000;

/** One week of "does the nudge help?", from the person's own records. */
export interface WeekReadout {
  /** `yyyy-MM-dd` of the week's first day, and its first instant. */
  key: string;
  start: number;
  shown: number;
  outcomes: Record<NudgeOutcome, number>;
  /** Nudges after which the person stopped looking at the site within five minutes. */
  leftWithinFive: number;
  /** Mean distraction minutes in the clock hour after a nudge (14:20 → 15:00–16:00); null: none to tell. */
  hourAfterMinutes: number | null;
  /** Mean distraction minutes in those same clock hours on this week's days without a nudge. */
  sameHoursMinutes: number | null;
}

export interface ReadoutInput {
  nudges: readonly Nudge[];
  /** Day totals covering the weeks asked for (days without hourly figures are left out). */
  days: readonly DayTotals[];
  weekStartsOn: WeekStartsOn;
  now: number;
  /** This week and the ones before it. */
  weeks?: number;
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

/** The hour after the one `at` is in: its day key, clock hour and end (local, DST-aware). */
function hourAfter(at: number) {
  const start = addHours(startOfHour(at), 1);
  return { day: format(start, 'yyyy-MM-dd'), hour: new Date(start).getHours(), end: addHours(start, 1).getTime() };
}

/** The end of clock hour `hour` on local day `day`. */
const hourEnd = (day: string, hour: number) => addHours(setHours(parseISO(day), hour), 1).getTime();

/**
 * Nudges shown, their outcomes, how often the person left the site within five minutes, and
 * distraction in the hour after a nudge against the same hours on days without one, for this
 * week and the `weeks - 1` before it, newest first. Only hours already over count. It describes
 * the person's own days, not an experiment: days with a nudge may differ in other ways.
 */
export function nudgeReadout({ nudges, days, weekStartsOn, now, weeks = 9 }: ReadoutInput): WeekReadout[] {
  const byDay = new Map(days.filter((d) => d.distractionByHour?.length === 24).map((d) => [d.day, d]));
  const nudgeDays = new Set(nudges.map((n) => format(n.at, 'yyyy-MM-dd')));
  const minutesAt = (day: string, hour: number) => {
    const totals = byDay.get(day);
    return totals ? (totals.distractionByHour![hour] ?? 0) / 60 : null;
  };
  const out: WeekReadout[] = [];
  for (let offset = 0; offset > -weeks; offset--) {
    const week = weekOf(now, weekStartsOn, offset);
    const shownHere = nudges.filter((n) => n.at >= week.start && n.at < week.end && n.at <= now);
    const outcomes = Object.fromEntries(NUDGE_OUTCOMES.map((o) => [o, 0])) as Record<NudgeOutcome, number>;
    for (const n of shownHere) outcomes[n.outcome]++;
    const calmDays: string[] = [];
    for (let d = new Date(week.start); d.getTime() < week.end; d = addDays(d, 1)) {
      const key = format(d, 'yyyy-MM-dd');
      if (byDay.has(key) && !nudgeDays.has(key)) calmDays.push(key);
    }
    const after: number[] = [];
    const same: number[] = [];
    for (const n of shownHere) {
      const next = hourAfter(n.at);
      if (next.end > now) continue;
      const minutes = minutesAt(next.day, next.hour);
      if (minutes !== null) after.push(minutes);
      for (const day of calmDays) {
        if (hourEnd(day, next.hour) <= now) same.push(minutesAt(day, next.hour)!);
      }
    }
    out.push({
      key: week.key,
      start: week.start,
      shown: shownHere.length,
      outcomes,
      leftWithinFive: shownHere.filter((n) => n.leftAt !== undefined && n.leftAt - n.at <= LEFT_WITHIN_MS).length,
      hourAfterMinutes: mean(after),
      sameHoursMinutes: mean(same),
    });
  }
  return out;
}
