import { withLeisureChange, type LeisureChange } from '../core/nudge/earned-leisure';
import { emptyDay } from '../core/week/day-totals';
import type { LearnmarkDb } from './db';

/**
 * Applies earned-leisure changes to the days they count on, reading and writing each day once
 * (a bulk "done" of 500 items is one read and one write). Call it inside the transaction of the
 * write that earned them (it must include `days`), so the play and its cause land together.
 */
export async function applyLeisureChanges(
  database: LearnmarkDb,
  changes: readonly (LeisureChange | null)[],
): Promise<void> {
  const real = changes.filter((c): c is LeisureChange => c !== null);
  if (!real.length) return;
  const keys = [...new Set(real.map((c) => c.day))];
  const stored = await database.days.bulkGet(keys);
  const changed = keys.flatMap((day, i) => {
    const before = stored[i] ?? emptyDay(day);
    const after = real.filter((c) => c.day === day).reduce(withLeisureChange, before);
    return after === before ? [] : [after];
  });
  if (changed.length) await database.days.bulkPut(changed);
}
