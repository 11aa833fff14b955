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
