// Every (first day of the week, weekday of "now") pair, in an ordinary week and in the week
// clocks go back in Europe/London (TZ of the unit tests), with the week worked out by hand
// from local dates rather than by date-fns: the table the week code is checked against.
import type { WeekStartsOn } from '../../../../src/core/week/model';

const NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const key = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

export interface WeekCase {
  label: string;
  now: number;
  startsOn: WeekStartsOn;
  /** The week containing `now`: local midnight of its first day, and of the next week's. */
  start: number;
  end: number;
  previousStart: number;
  /** `yyyy-MM-dd` of its seven days. */
  dayKeys: string[];
}

/** Noon on seven consecutive days from `first` (year, month 0-11, day), for each first day 0…6. */
function casesFrom(name: string, year: number, month: number, first: number): WeekCase[] {
  const cases: WeekCase[] = [];
  for (let i = 0; i < 7; i++) {
    const now = new Date(year, month, first + i, 12);
    for (let s = 0; s < 7; s++) {
      const back = (now.getDay() - s + 7) % 7;
      const day = (n: number) => new Date(year, month, first + i - back + n);
      cases.push({
        label: `${name}: now ${NAMES[now.getDay()]} ${key(now)}, weeks from ${NAMES[s]}`,
        now: now.getTime(),
        startsOn: s as WeekStartsOn,
        start: day(0).getTime(),
        end: day(7).getTime(),
        previousStart: day(-7).getTime(),
        dayKeys: Array.from({ length: 7 }, (_, n) => key(day(n))),
      });
    }
  }
  return cases;
}

export const WEEK_CASES: WeekCase[] = [
  ...casesFrom('ordinary', 2026, 10, 23),
  // 2026-10-25, a Sunday, is 25 hours long: each of these weeks but one contains it.
  ...casesFrom('clocks go back', 2026, 9, 22),
];
