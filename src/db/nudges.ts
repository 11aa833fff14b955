import type { Item } from '../core/item/model';
import type { Nudge, NudgeOutcome } from '../core/nudge/model';
import type { LearningChange } from '../core/tracking/learning-choice';
import { nudgeReadout, type WeekReadout } from '../core/nudge/readout';
import { weekOf, type WeekStartsOn } from '../core/week/model';
import type { LearnmarkDb } from './db';
import { daysOf } from './week';

const READOUT_WEEKS = 9;

/** Nudges shown since `since` on one host, or on any (null). */
export function nudgesSince(database: LearnmarkDb, host: string | null, since: number): Promise<Nudge[]> {
  if (host === null) return database.nudges.where('at').aboveOrEqual(since).toArray();
  return database.nudges
    .where('host')
    .equals(host)
    .filter((n) => n.at >= since)
    .toArray();
}

export async function recordNudge(database: LearnmarkDb, nudge: Nudge): Promise<void> {
  await database.nudges.put(nudge);
}

/** Sets a nudge's outcome once: the first answer stands (a second click is ignored). */
export async function setNudgeOutcome(
  database: LearnmarkDb,
  id: string,
  outcome: NudgeOutcome,
  itemId: string | null,
  learning?: LearningChange,
): Promise<Nudge | null> {
  return database.transaction('rw', database.nudges, async () => {
    const nudge = await database.nudges.get(id);
    if (!nudge || nudge.outcome !== 'ignored') return null;
    const updated: Nudge = { ...nudge, outcome, itemId: itemId ?? nudge.itemId, ...(learning ? { learning } : {}) };
    await database.nudges.put(updated);
    return updated;
  });
}

/** Whether an item's page was read and has text to read: only such items are offered. */
const hasRealContent = (item: Item): boolean => item.capture !== 'none' && item.wordCount > 0;

/** The item's reading time as its text says, or null (never a made-up "1 min read"). */
export const offeredReadingMinutes = (item: Item): number | null =>
  hasRealContent(item) && item.readingMinutes >= 1 ? item.readingMinutes : null;

/**
 * A saved, unread item for one of the person's active goals: the better option a nudge offers.
 * Only items with real content (a bookmark whose page was never read is not "something better"
 * to read now). The shortest read first, so it fits the moment; any unread item when no goal
 * has one.
 */
export async function itemToOffer(database: LearnmarkDb): Promise<Item | null> {
  const goals = await database.goals.where('status').equals('active').toArray();
  const goalIds = new Set(goals.map((g) => g.id));
  const unread = (await database.items.where('status').equals('unread').toArray()).filter(hasRealContent);
  const forGoals = unread.filter((i) => i.goalIds?.some((g) => goalIds.has(g)));
  const pool = forGoals.length ? forGoals : unread;
  pool.sort((a, b) => (a.readingMinutes || 0) - (b.readingMinutes || 0) || b.savedAt - a.savedAt);
  return pool[0] ?? null;
}

/**
 * Takes back "this is learning for me": the nudge counts as dismissed again and its change is
 * returned for the settings to be put back. Once only: null when there is nothing to undo.
 */
export async function undoNudgeLearning(database: LearnmarkDb, id: string): Promise<LearningChange | null> {
  return database.transaction('rw', database.nudges, async () => {
    const nudge = await database.nudges.get(id);
    if (!nudge || nudge.outcome !== 'reclassified' || !nudge.learning) return null;
    const { learning, ...rest } = nudge;
    await database.nudges.put({ ...rest, outcome: 'dismissed' });
    return learning;
  });
}

/** How far back a nudge may still get its `leftAt`: past five minutes it no longer matters. */
const LEFT_WINDOW_MS = 10 * 60_000;

/**
 * Notes that the person stopped looking at the site of recent nudges (another site is in
 * front, or none: away, idle, another application). Set once per nudge.
 */
export async function markNudgesLeft(database: LearnmarkDb, hostNow: string | null, now: number): Promise<void> {
  await database.transaction('rw', database.nudges, async () => {
    await database.nudges
      .where('at')
      .between(now - LEFT_WINDOW_MS, now, true, true)
      .filter((n) => n.leftAt === undefined && n.host !== hostNow)
      .modify((n: Nudge) => {
        n.leftAt = now;
      });
  });
}

/**
 * "Does the nudge help?" for this week and the eight before: the nudges shown in those weeks
 * and the day totals beside them (two indexed range reads, whatever the history's length).
 */
export async function loadNudgeReadout(
  database: LearnmarkDb,
  now: number,
  weekStartsOn: WeekStartsOn,
): Promise<WeekReadout[]> {
  const first = weekOf(now, weekStartsOn, -(READOUT_WEEKS - 1));
  const last = weekOf(now, weekStartsOn);
  const [nudges, days] = await Promise.all([
    database.nudges.where('at').between(first.start, last.end, true, false).toArray(),
    daysOf(database, first, last),
  ]);
  return nudgeReadout({ nudges, days, weekStartsOn, now, weeks: READOUT_WEEKS });
}
