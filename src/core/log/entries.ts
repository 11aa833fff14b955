import type { LogEntry } from './model';

// What is computed from log entries, apart from their schema (model.ts, with valibot): a goal's
// view draws these on its first draw, which loads no schema library.

/** Whether a local day `yyyy-MM-dd` falls in the local days `fromDay` ≤ day < `toDay`. */
const dayIn = (day: string, fromDay: string, toDay: string) => day >= fromDay && day < toDay;

/** Minutes of the entries on local days `fromDay` ≤ day < `toDay`. */
export function loggedMinutes(
  entries: readonly Pick<LogEntry, 'day' | 'minutes'>[],
  fromDay: string,
  toDay: string,
): number {
  let sum = 0;
  for (const e of entries) if (dayIn(e.day, fromDay, toDay)) sum += e.minutes;
  return sum;
}

/** The order of a goal's entries: newest day first, then the latest made. */
export const newestDayFirst = (a: LogEntry, b: LogEntry) =>
  a.day < b.day ? 1 : a.day > b.day ? -1 : b.createdAt - a.createdAt;
