import { format } from 'date-fns';
import { earnedPlaySeconds, withEarned, withoutEarned, type LeisureSource } from '../core/nudge/earned-leisure';
import type { EarnedLeisure } from '../core/tracking/settings';
import { emptyDay } from '../core/week/day-totals';
import type { LearnmarkDb } from './db';

/**
 * Earned leisure: `learningMinutes` of learning from `source` add play to the budget of the local
 * day of `now`, at the person's rate (nothing when it is off). Once per source. Call it inside
 * a transaction that includes `days` to make it part of the write that earned it (a finished
 * item, a logged session); alone, it is one transaction of its own. Returns the seconds added.
 */
export async function earnLeisure(
  database: LearnmarkDb,
  source: LeisureSource,
  learningMinutes: number,
  rate: EarnedLeisure | null,
  now: number,
): Promise<number> {
  const seconds = earnedPlaySeconds(learningMinutes, rate);
  if (seconds === 0) return 0;
  const day = format(now, 'yyyy-MM-dd');
  return database.transaction('rw', database.days, async () => {
    const totals = (await database.days.get(day)) ?? emptyDay(day);
    const next = withEarned(totals, source, seconds);
    if (next === totals) return 0;
    await database.days.put(next);
    return seconds;
  });
}

/** Takes back what `source` earned on the local day of `earnedAt` (an item reopened, an entry deleted). */
export async function takeBackLeisure(database: LearnmarkDb, source: LeisureSource, earnedAt: number): Promise<void> {
  const day = format(earnedAt, 'yyyy-MM-dd');
  await database.transaction('rw', database.days, async () => {
    const totals = await database.days.get(day);
    if (totals) await database.days.put(withoutEarned(totals, source));
  });
}
