import type { Activity, Category } from '../tracking/model';

/** Seconds per category on one local day, over all hosts: what the week view and streak read. */
export interface DayTotals {
  day: string;
  learning: number;
  distraction: number;
  neutral: number;
}

export const emptyDay = (day: string): DayTotals => ({ day, learning: 0, distraction: 0, neutral: 0 });

/** An activity row's seconds by category (older rows have one category only). */
function rowSeconds(row: Activity): Record<Category, number> {
  const by = row.byCategory ?? { [row.category]: row.seconds };
  return { learning: by.learning ?? 0, distraction: by.distraction ?? 0, neutral: by.neutral ?? 0 };
}

export function addSeconds(totals: DayTotals, category: Category, seconds: number): DayTotals {
  return { ...totals, [category]: totals[category] + seconds };
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
