import * as v from 'valibot';
import { DAY } from '../schema';
import type { Activity, Category } from '../tracking/model';

/** Seconds per category on one local day, over all hosts: what the week view and streak read. */
export interface DayTotals {
  day: string;
  learning: number;
  distraction: number;
  neutral: number;
  /**
   * Distraction seconds by local clock hour (24 entries, by the hour each counted minute
   * started in), for the nudge readout. Absent on days recorded before it was kept.
   */
  distractionByHour?: number[];
  /** Play seconds earned today by learning (earned leisure), by what earned them (`item:<id>`). */
  earned?: Record<string, number>;
}

export const emptyDay = (day: string): DayTotals => ({ day, learning: 0, distraction: 0, neutral: 0 });

/** An activity row's seconds by category (older rows have one category only). */
export function rowSeconds(row: Activity): Record<Category, number> {
  const by = row.byCategory ?? { [row.category]: row.seconds };
  return { learning: by.learning ?? 0, distraction: by.distraction ?? 0, neutral: by.neutral ?? 0 };
}

export function addSeconds(totals: DayTotals, category: Category, seconds: number): DayTotals {
  return { ...totals, [category]: totals[category] + seconds };
}

/** The day's totals with distraction seconds added to one clock hour (0–23). */
export function addDistractionHour(totals: DayTotals, hour: number, seconds: number): DayTotals {
  const byHour = totals.distractionByHour ? [...totals.distractionByHour] : new Array<number>(24).fill(0);
  byHour[hour] = (byHour[hour] ?? 0) + seconds;
  return { ...totals, distractionByHour: byHour };
}

/** Day totals rebuilt from activity rows (after an upgrade or a restore). */
export function totalsFromActivity(rows: readonly Activity[]): DayTotals[] {
  const days = new Map<string, DayTotals>();
  for (const row of rows) {
    const s = rowSeconds(row);
    const t = days.get(row.day) ?? emptyDay(row.day);
    days.set(row.day, {
      day: row.day,
      learning: t.learning + s.learning,
      distraction: t.distraction + s.distraction,
      neutral: t.neutral + s.neutral,
    });
  }
  return [...days.values()].sort((a, b) => a.day.localeCompare(b.day));
}

/** Seconds an hour can hold: two hours' worth when the clocks go back and one hour comes twice. */
const HOUR_MAX_SECONDS = 2 * 3600;

/** A day's distraction by hour as a backup carries it: 24 counts of seconds, each possible. */
export const DayHoursSchema = v.object({
  day: DAY,
  distractionByHour: v.pipe(
    v.array(v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(HOUR_MAX_SECONDS))),
    v.length(24),
  ),
});
export type DayHours = v.InferOutput<typeof DayHoursSchema>;

/** The days that have hours, as a backup carries them. */
export const dayHoursOf = (days: readonly DayTotals[]): DayHours[] =>
  days.flatMap((d) =>
    d.distractionByHour?.length === 24 ? [{ day: d.day, distractionByHour: d.distractionByHour }] : [],
  );

/**
 * A day's totals rebuilt from its activity after a restore, with what activity cannot give
 * back: the hours (the backup's when it brings them, else the ones here) and the play earned
 * here.
 */
export function restoredDay(rebuilt: DayTotals, here: DayTotals | undefined, hours: number[] | undefined): DayTotals {
  const byHour = hours ?? here?.distractionByHour;
  return {
    ...rebuilt,
    ...(byHour ? { distractionByHour: byHour } : {}),
    ...(here?.earned ? { earned: here.earned } : {}),
  };
}

/** Seconds a local day can hold: 25 hours when the clocks go back. */
const DAY_MAX_SECONDS = 25 * 3600;
const daySeconds = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(DAY_MAX_SECONDS));

/**
 * One computer's totals of a day, as they travel when the person lets time totals sync (the
 * `dayTotals` records of core/sync/model.ts): seconds per category and distraction by hour,
 * never a site. The play earned stays on the computer that earned it.
 */
export const ComputerDaySchema = v.object({
  day: DAY,
  learning: daySeconds,
  distraction: daySeconds,
  neutral: daySeconds,
  distractionByHour: v.optional(DayHoursSchema.entries.distractionByHour),
});
export type ComputerDay = v.InferOutput<typeof ComputerDaySchema>;

/** What of a day's totals travels. */
export const computerDayOf = (d: DayTotals): ComputerDay => ({
  day: d.day,
  learning: d.learning,
  distraction: d.distraction,
  neutral: d.neutral,
  ...(d.distractionByHour?.length === 24 ? { distractionByHour: d.distractionByHour } : {}),
});

/**
 * This computer's days with the other computers' seconds added, day by day (days only another
 * computer counted included), for the week, the streak and the badge. The hours and the play
 * earned stay this computer's: they serve its own nudge.
 */
export function withOtherComputers(own: readonly DayTotals[], others: readonly ComputerDay[]): DayTotals[] {
  if (!others.length) return [...own];
  const days = new Map(own.map((d) => [d.day, { ...d }]));
  for (const other of others) {
    const day = days.get(other.day) ?? emptyDay(other.day);
    days.set(other.day, {
      ...day,
      learning: day.learning + other.learning,
      distraction: day.distraction + other.distraction,
      neutral: day.neutral + other.neutral,
    });
  }
  return [...days.values()].sort((a, b) => a.day.localeCompare(b.day));
}
