import type { Activity } from '../tracking/model';
import type { Nudge } from '../nudge/model';
import type { Backup } from './backup';
import type { Goal } from '../goal/model';
import type { ImportProblem } from './import-draft';
import type { Item } from '../item/model';
import type { Highlight } from '../highlight/model';
import type { ReviewCard } from '../review/schedule';
import type { LogEntry } from '../log/model';
import type { ReviewTime } from '../review/time';
import { takeawayCardId } from '../review/card';
import type { DayHours } from '../week/day-totals';

export interface LibrarySnapshot {
  itemsByUrl: ReadonlyMap<string, Item>;
  itemIds: ReadonlySet<string>;
  goals: ReadonlyMap<string, Goal>;
  activity: ReadonlyMap<string, Activity>;
  nudgeIds: ReadonlySet<string>;
  /** Ids of the backup's highlights this library already has. */
  highlightIds?: ReadonlySet<string>;
  /** The highlights of the backup's cards that already have a card here. */
  reviewedIds?: ReadonlySet<string>;
  /** Ids of the backup's log entries this library already has. */
  logEntryIds?: ReadonlySet<string>;
  /** Ids of the backup's review answers this library already has. */
  reviewLogIds?: ReadonlySet<string>;
  /** The hours this library has for the backup's days (distraction seconds by clock hour). */
  dayHours?: ReadonlyMap<string, readonly number[]>;
}

export interface RestorePlan {
  items: { add: Item[]; update: Item[]; skipped: ImportProblem[] };
  goals: { add: Goal[]; update: Goal[] };
  activity: Activity[];
  nudges: Nudge[];
  /** Highlights new to this library, tied to the item their page became here. */
  highlights: Highlight[];
  /**
   * Cards for highlights and takeaways whose highlight or item is here after the restore and
   * has no card yet (a takeaway's card named by the item it became here).
   */
  reviewCards: ReviewCard[];
  /** Log entries new to this library, tied only to goals it has after the restore. */
  logEntries: LogEntry[];
  /** Review answers new to this library, for the item each became here and the goals it has. */
  reviewLog: ReviewTime[];
  /** Days whose hours the backup holds more fully than this library. */
  days: DayHours[];
}

export const activityKey = (row: Pick<Activity, 'day' | 'host'>) => `${row.day}\u0000${row.host}`;

/**
 * What restoring a backup into this library does. Items merge by normalised URL and goals by
 * id; the side changed last (`updatedAt`) wins, so restoring the same file twice changes
 * nothing the second time. A day's time on a host keeps the fuller record rather than adding
 * up, for the same reason. `line` of a skipped item is its position in the file (1-based).
 */
export function planRestore(backup: Backup, library: LibrarySnapshot, newId: () => string): RestorePlan {
  const plan: RestorePlan = {
    items: { add: [], update: [], skipped: [] },
    goals: { add: [], update: [] },
    activity: [],
    nudges: [],
    highlights: [],
    reviewCards: [],
    logEntries: [],
    reviewLog: [],
    days: [],
  };
  /** The backup's item id → the id that page has in this library after the restore. */
  const itemIdHere = new Map<string, string>();
  const goalsSeen = new Set<string>();
  for (const goal of backup.goals) {
    if (goalsSeen.has(goal.id)) continue;
    goalsSeen.add(goal.id);
    const mine = library.goals.get(goal.id);
    if (!mine) plan.goals.add.push(goal);
    else if (goal.updatedAt > mine.updatedAt) plan.goals.update.push(goal);
  }
  const goalIds = new Set([...library.goals.keys(), ...backup.goals.map((g) => g.id)]);
  const seen = new Set<string>();
  const seenIds = new Set<string>();
  backup.items.forEach((raw, index) => {
    const line = index + 1;
    if (seen.has(raw.url)) {
      plan.items.skipped.push({ line, reason: 'duplicate-in-file', detail: raw.url });
      return;
    }
    // Two rows with one id would make the one write fail: the later one is left out, and said.
    if (seenIds.has(raw.id)) {
      plan.items.skipped.push({ line, reason: 'duplicate-id', detail: raw.url });
      return;
    }
    seen.add(raw.url);
    seenIds.add(raw.id);
    const item = { ...raw, goalIds: raw.goalIds.filter((id) => goalIds.has(id)) };
    const mine = library.itemsByUrl.get(item.url);
    if (!mine) {
      // An id already used by another page must not overwrite it.
      const added = library.itemIds.has(item.id) ? { ...item, id: newId() } : item;
      plan.items.add.push(added);
      itemIdHere.set(raw.id, added.id);
    } else if (item.updatedAt > mine.updatedAt) {
      plan.items.update.push({ ...item, id: mine.id });
      itemIdHere.set(raw.id, mine.id);
    } else {
      plan.items.skipped.push({ line, reason: 'already-saved', detail: item.url });
      itemIdHere.set(raw.id, mine.id);
    }
  });
  for (const row of backup.activity) {
    const mine = library.activity.get(activityKey(row));
    if (!mine || row.seconds > mine.seconds) plan.activity.push(row);
  }
  const nudgesSeen = new Set<string>();
  plan.nudges = backup.nudges.filter((n) => {
    const fresh = !library.nudgeIds.has(n.id) && !nudgesSeen.has(n.id);
    nudgesSeen.add(n.id);
    return fresh;
  });
  // A highlight follows its page; one whose page is not in the file, or already here, is left.
  const highlightsSeen = new Set<string>(library.highlightIds ?? []);
  for (const h of backup.highlights) {
    const itemId = itemIdHere.get(h.itemId);
    if (!itemId || highlightsSeen.has(h.id)) continue;
    highlightsSeen.add(h.id);
    plan.highlights.push({ ...h, itemId });
  }
  const highlightsHere = new Set([...(library.highlightIds ?? []), ...plan.highlights.map((h) => h.id)]);
  const reviewed = new Set(library.reviewedIds ?? []);
  for (const card of backup.reviewCards) {
    const sourceId = card.source === 'takeaway' ? itemIdHere.get(card.sourceId) : card.sourceId;
    if (!sourceId || reviewed.has(sourceId)) continue;
    if (card.source === 'highlight' && !highlightsHere.has(sourceId)) continue;
    reviewed.add(sourceId);
    plan.reviewCards.push(card.source === 'takeaway' ? { ...card, id: takeawayCardId(sourceId), sourceId } : card);
  }
  // A log entry is the person's own record: one already here (by id) is kept as it is.
  const logsSeen = new Set<string>(library.logEntryIds ?? []);
  for (const entry of backup.logEntries) {
    if (logsSeen.has(entry.id)) continue;
    logsSeen.add(entry.id);
    plan.logEntries.push({ ...entry, goalIds: entry.goalIds.filter((id) => goalIds.has(id)) });
  }
  // An answer's time, like a log entry, is a record of its own: one already here is kept.
  const answersSeen = new Set<string>(library.reviewLogIds ?? []);
  for (const row of backup.reviewLog) {
    if (answersSeen.has(row.id)) continue;
    answersSeen.add(row.id);
    const itemId = itemIdHere.get(row.itemId) ?? row.itemId;
    plan.reviewLog.push({
      ...row,
      itemId,
      cardId: row.cardId === takeawayCardId(row.itemId) ? takeawayCardId(itemId) : row.cardId,
      goalIds: row.goalIds.filter((id) => goalIds.has(id)),
    });
  }
  // A day's hours, like its time on a host, keep the fuller record (more seconds in all).
  const sum = (hours: readonly number[]) => hours.reduce((a, b) => a + b, 0);
  const daysSeen = new Set<string>();
  for (const row of backup.days) {
    if (daysSeen.has(row.day)) continue;
    daysSeen.add(row.day);
    const mine = library.dayHours?.get(row.day);
    if (!mine || sum(row.distractionByHour) > sum(mine)) plan.days.push(row);
  }
  return plan;
}

/**
 * A backup's items, each URL and each id once (the first, as `planRestore` keeps them): what a
 * restore in parts sends, since a row's twin may fall in another part; `skipped` counts the rest.
 */
export function firstOfEachItem<T extends { id: string; url: string }>(
  items: readonly T[],
): { unique: T[]; skipped: number } {
  const urls = new Set<string>();
  const ids = new Set<string>();
  const unique = items.filter((item) => {
    if (urls.has(item.url) || ids.has(item.id)) return false;
    urls.add(item.url);
    ids.add(item.id);
    return true;
  });
  return { unique, skipped: items.length - unique.length };
}

/**
 * What one part of a restore written in parts restores: its items with their highlights and
 * those highlights' cards, goals every time (an item keeps only goals there are), and the
 * tables that hang on no item (time and its hours, nudges, log entries, review answers' time,
 * cards of highlights not in the file)
 * with the first part. After each part the library is whole: no highlight without its page, no
 * item tied to a goal that is not there.
 */
export function restorePart(backup: Backup, items: readonly Item[], first: boolean): Backup {
  const itemIds = new Set(items.map((i) => i.id));
  const highlights = backup.highlights.filter((h) => itemIds.has(h.itemId));
  const ofPart = new Set(highlights.map((h) => h.id));
  const inFile = first ? new Set(backup.highlights.map((h) => h.id)) : ofPart;
  return {
    ...backup,
    items: [...items],
    highlights,
    reviewCards: backup.reviewCards.filter((c) =>
      c.source === 'takeaway' ? itemIds.has(c.sourceId) : ofPart.has(c.sourceId) || (first && !inFile.has(c.sourceId)),
    ),
    activity: first ? backup.activity : [],
    nudges: first ? backup.nudges : [],
    logEntries: first ? backup.logEntries : [],
    reviewLog: first ? backup.reviewLog : [],
    days: first ? backup.days : [],
  };
}
