import browser from 'webextension-polyfill';
import { makeBackup, type Backup } from '../../core/data/backup';
import { dayHoursOf } from '../../core/week/day-totals';
import { db } from '../../db/db';
import { now } from '../../platform/clock';

/** Everything the person has, as one backup file's content. */
export async function buildBackup(at = now()): Promise<Backup> {
  const database = db();
  const [items, goals, activity, nudges, highlights, reviewCards, logEntries, reviewLog, days, settings] =
    await Promise.all([
      database.items.toArray(),
      database.goals.toArray(),
      database.activity.toArray(),
      database.nudges.toArray(),
      database.highlights.toArray(),
      database.reviewCards.toArray(),
      database.logEntries.toArray(),
      database.reviewLog.toArray(),
      database.days.toArray(),
      browser.storage.sync.get(null),
    ]);
  return makeBackup(
    {
      items,
      goals,
      activity,
      nudges,
      highlights,
      reviewCards,
      logEntries,
      reviewLog,
      days: dayHoursOf(days),
      settings,
    },
    at,
  );
}
