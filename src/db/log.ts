import { newestDayFirst } from '../core/log/entries';
import type { LogDraft, LogEntry } from '../core/log/model';
import { logLeisure } from '../core/nudge/earned-leisure';
import type { EarnedLeisure } from '../core/tracking/settings';
import type { LearnmarkDb } from './db';
import { applyLeisureChanges } from './earned-leisure';

/** Entries on local days `fromDay` ≤ day < `toDay` (`yyyy-MM-dd`), for the week and its comparison. */
export function logEntriesBetween(database: LearnmarkDb, fromDay: string, toDay: string): Promise<LogEntry[]> {
  return database.logEntries.where('day').between(fromDay, toDay, true, false).toArray();
}

/** A goal's entries, newest day first. */
export async function logEntriesForGoal(database: LearnmarkDb, goalId: string): Promise<LogEntry[]> {
  return (await database.logEntries.where('goalIds').equals(goalId).toArray()).sort(newestDayFirst);
}

/** The latest entries, newest day first (the popup's list, with Edit and Delete). */
export function recentLogEntries(database: LearnmarkDb, limit: number): Promise<LogEntry[]> {
  return database.logEntries.orderBy('day').reverse().limit(limit).toArray();
}

/**
 * Adds an entry (no `id`) or replaces one (its `id`); goals that do not exist are dropped.
 * Null when the entry to change is gone. With earned leisure on, an entry tied to a goal earns
 * play (an edit adjusts it), in the same transaction.
 */
export function saveLogEntry(
  database: LearnmarkDb,
  draft: LogDraft & { id?: string },
  ctx: { now: number; newId: () => string; leisureRate?: EarnedLeisure | null },
): Promise<LogEntry | null> {
  return database.transaction('rw', database.logEntries, database.goals, database.days, async () => {
    const existing = draft.id ? await database.logEntries.get(draft.id) : undefined;
    if (draft.id && !existing) return null;
    const known = new Set(await database.goals.toCollection().primaryKeys());
    const entry: LogEntry = {
      title: draft.title,
      kind: draft.kind,
      minutes: draft.minutes,
      day: draft.day,
      note: draft.note,
      goalIds: [...new Set(draft.goalIds)].filter((id) => known.has(id)),
      id: existing?.id ?? ctx.newId(),
      createdAt: existing?.createdAt ?? ctx.now,
      updatedAt: ctx.now,
    };
    await database.logEntries.put(entry);
    await applyLeisureChanges(database, [logLeisure(existing, entry, ctx.leisureRate ?? null)]);
    return entry;
  });
}

/** Removes an entry (and the play it earned) and answers it, so Undo can put it back as it was. */
export function deleteLogEntry(database: LearnmarkDb, id: string): Promise<LogEntry | null> {
  return database.transaction('rw', database.logEntries, database.days, async () => {
    const found = await database.logEntries.get(id);
    if (found) await database.logEntries.delete(id);
    await applyLeisureChanges(database, [logLeisure(found, null, null)]);
    return found ?? null;
  });
}

/**
 * Undo of a delete or an edit: the entry as it was, tied to the goals that still exist, with
 * the play it earned.
 */
export function restoreLogEntry(
  database: LearnmarkDb,
  entry: LogEntry,
  leisureRate: EarnedLeisure | null = null,
): Promise<LogEntry> {
  return database.transaction('rw', database.logEntries, database.goals, database.days, async () => {
    const known = new Set(await database.goals.toCollection().primaryKeys());
    const before = await database.logEntries.get(entry.id);
    const back = { ...entry, goalIds: entry.goalIds.filter((id) => known.has(id)) };
    await database.logEntries.put(back);
    await applyLeisureChanges(database, [logLeisure(before, back, leisureRate)]);
    return back;
  });
}
