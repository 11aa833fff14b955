import { format } from 'date-fns/format';
import { learningMinutesOf } from '../goal/progress';
import type { Item } from '../item/model';
import type { LogEntry } from '../log/model';
import type { EarnedLeisure } from '../tracking/settings';
import type { DayTotals } from '../week/day-totals';

/** Where earned play comes from: a finished item, or a logged piece of learning. */
export type LeisureSource = `item:${string}` | `log:${string}`;

/**
 * A change to the play one source earned, on the local day (`yyyy-MM-dd`) it counts on:
 * `earn` once (finishing again earns nothing more), `set` to an amount (an edited log entry;
 * 0 takes it back), or `take-back`.
 */
export type LeisureChange =
  | { source: LeisureSource; day: string; op: 'earn' | 'set'; seconds: number }
  | { source: LeisureSource; day: string; op: 'take-back' };

/** Play seconds earned by `learningMinutes` of learning at the person's rate; none when it is off. */
export function earnedPlaySeconds(learningMinutes: number, rate: EarnedLeisure | null): number {
  if (!rate || !(learningMinutes > 0)) return 0;
  return Math.round((learningMinutes * 60 * rate.playMinutes) / rate.learningMinutes);
}

/**
 * The day with play earned by one source: once per source (finishing, reopening and finishing
 * an item again earns it once), nothing for nothing.
 */
export function withEarned(day: DayTotals, source: LeisureSource, seconds: number): DayTotals {
  if (!(seconds > 0) || day.earned?.[source] !== undefined) return day;
  return { ...day, earned: { ...day.earned, [source]: seconds } };
}

/** The day without what `source` earned (an item reopened, a log entry deleted). */
export function withoutEarned(day: DayTotals, source: LeisureSource): DayTotals {
  if (day.earned?.[source] === undefined) return day;
  const { [source]: _, ...rest } = day.earned;
  return { ...day, earned: rest };
}

/** The day after one change (the same object when it changes nothing). */
export function withLeisureChange(day: DayTotals, change: LeisureChange): DayTotals {
  if (change.op === 'earn') return withEarned(day, change.source, change.seconds);
  if (change.op === 'take-back' || change.seconds <= 0) return withoutEarned(day, change.source);
  if (day.earned?.[change.source] === change.seconds) return day;
  return withEarned(withoutEarned(day, change.source), change.source, change.seconds);
}

const dayOf = (ms: number) => format(ms, 'yyyy-MM-dd');

/**
 * What a change of an item does to earned leisure: finishing an item tied to a goal earns its
 * learning minutes' worth of play on the day it was finished (once), reopening it takes that
 * back. Archiving keeps it, as it keeps the finish.
 */
export function itemLeisure(before: Item, after: Item, rate: EarnedLeisure | null): LeisureChange | null {
  const source = `item:${after.id}` as const;
  if (after.status === 'done' && before.status !== 'done' && after.doneAt !== null && after.goalIds.length > 0) {
    const seconds = earnedPlaySeconds(learningMinutesOf(after), rate);
    return seconds > 0 ? { source, day: dayOf(after.doneAt), op: 'earn', seconds } : null;
  }
  if (after.status === 'unread' && before.status === 'done' && before.doneAt !== null) {
    return { source, day: dayOf(before.doneAt), op: 'take-back' };
  }
  return null;
}

/**
 * What saving (`after`) or deleting (`after` null) a log entry does to earned leisure. An entry
 * tied to a goal earns its minutes' worth of play on the day it was logged (its `createdAt`,
 * which edits keep): an edit adjusts it to the new minutes and goals, a delete takes it back,
 * Undo earns it again. While earned leisure is off nothing is earned or adjusted.
 */
export function logLeisure(
  before: LogEntry | undefined,
  after: LogEntry | null,
  rate: EarnedLeisure | null,
): LeisureChange | null {
  if (!after) return before ? { source: `log:${before.id}`, day: dayOf(before.createdAt), op: 'take-back' } : null;
  if (!rate) return null;
  const seconds = after.goalIds.length > 0 ? earnedPlaySeconds(after.minutes, rate) : 0;
  return { source: `log:${after.id}`, day: dayOf(after.createdAt), op: 'set', seconds };
}

/** All play seconds earned on the day. */
export const earnedSecondsOf = (day: DayTotals | undefined): number =>
  Object.values(day?.earned ?? {}).reduce((a, b) => a + b, 0);
