import type { Goal } from '../core/goal/model';
import {
  answerProposal,
  forgetUntie,
  knownTerms,
  recordHandTie,
  recordUntie,
  strongestWords,
} from '../core/goal/evidence';
import { KEYWORDS_MAX } from '../core/goal/model';
import { matchedTerms, MIN_LIBRARY, rarity, termsToWeigh, type DocFrequencies } from '../core/goal/suggest';
import { terms } from '../core/text/match';
import { validateGoal, type GoalDraft, type GoalErrors } from '../core/goal/validate';
import type { Item } from '../core/item/model';
import { cleanTags } from '../core/item/tags';
import type { LearnmarkDb } from './db';
import { countHolders } from './search';

export type GoalSaveResult = { ok: true; goal: Goal } | { ok: false; errors: GoalErrors };

/** What deleting a goal took away, so that it can be put back exactly (undo). */
export interface DeletedGoal {
  goal: Goal;
  itemIds: string[];
}

export async function listGoals(database: LearnmarkDb): Promise<Goal[]> {
  return database.goals.orderBy('order').toArray();
}

export async function activeGoals(database: LearnmarkDb): Promise<Goal[]> {
  return (await listGoals(database)).filter((g) => g.status === 'active');
}

/**
 * Creates or updates a goal after checking it against the others, inside one transaction so
 * two pages saving at once cannot both take the same name: the later write sees the earlier.
 */
export function saveGoal(
  database: LearnmarkDb,
  draft: GoalDraft,
  ctx: { now: number; newId: () => string },
): Promise<GoalSaveResult> {
  return database.transaction('rw', database.goals, async () => {
    const all = await database.goals.toArray();
    const existing = draft.id ? (all.find((g) => g.id === draft.id) ?? null) : null;
    const result = validateGoal(draft, all, { ...ctx, existing });
    if (result.ok) await database.goals.put(result.goal);
    return result;
  });
}

/** Deletes a goal and unties its items in one transaction; the items themselves are kept. */
export function deleteGoal(database: LearnmarkDb, id: string): Promise<DeletedGoal | null> {
  return database.transaction('rw', database.goals, database.items, async () => {
    const goal = await database.goals.get(id);
    if (!goal) return null;
    const tied = await database.items.where('goalIds').equals(id).toArray();
    await database.items.bulkPut(tied.map((item) => ({ ...item, goalIds: item.goalIds.filter((g) => g !== id) })));
    await database.goals.delete(id);
    return { goal, itemIds: tied.map((i) => i.id) };
  });
}

/** Undoes a deletion: the goal comes back and is tied again to the items that still exist. */
export function restoreGoal(database: LearnmarkDb, deleted: DeletedGoal): Promise<Goal> {
  return database.transaction('rw', database.goals, database.items, async () => {
    await database.goals.put(deleted.goal);
    const items = (await database.items.bulkGet(deleted.itemIds)).filter((i): i is Item => !!i);
    await database.items.bulkPut(
      items.map((item) =>
        item.goalIds.includes(deleted.goal.id) ? item : { ...item, goalIds: [...item.goalIds, deleted.goal.id] },
      ),
    );
    return deleted.goal;
  });
}

/** Puts goals in the given order; goals not named keep their place after them. */
export function reorderGoals(database: LearnmarkDb, ids: string[], now: number): Promise<Goal[]> {
  return database.transaction('rw', database.goals, async () => {
    const all = await listGoals(database);
    const named = ids.map((id) => all.find((g) => g.id === id)).filter((g): g is Goal => !!g);
    const rest = all.filter((g) => !ids.includes(g.id));
    const ordered = [...named, ...rest].map((g, order) => (g.order === order ? g : { ...g, order, updatedAt: now }));
    await database.goals.bulkPut(ordered);
    return ordered;
  });
}

export function itemsForGoal(database: LearnmarkDb, goalId: string): Promise<Item[]> {
  return database.items.where('goalIds').equals(goalId).toArray();
}

/** Sets an item's goals and tags; unknown goal ids are dropped, tags are trimmed and unique. */
export function updateItemTags(
  database: LearnmarkDb,
  itemId: string,
  change: { goalIds?: string[]; tags?: string[] },
  now: number,
): Promise<Item | null> {
  return database.transaction('rw', database.items, database.goals, async () => {
    const item = await database.items.get(itemId);
    if (!item) return null;
    const known = new Set((await database.goals.toArray()).map((g) => g.id));
    const goalIds = change.goalIds ? [...new Set(change.goalIds)].filter((id) => known.has(id)) : item.goalIds;
    const tags = change.tags ? cleanTags(change.tags) : item.tags;
    const updated = { ...item, goalIds, tags, updatedAt: now };
    await database.items.put(updated);
    await learnFromTies(database, updated, item.goalIds, now);
    return updated;
  });
}

/**
 * How many items contain each term (a goal's stemmed word or phrase), from the search index:
 * a phrase counts the items having its rarest word, a stem the items having a word it begins.
 * Bounded: a term counted in half the library is common enough to stop counting.
 */
export async function documentFrequencies(database: LearnmarkDb, termList: readonly string[]): Promise<DocFrequencies> {
  const docs = await database.items.count();
  const df = new Map<string, number>();
  if (docs < MIN_LIBRARY) return { docs, df };
  const cap = Math.ceil(docs / 2) + 1;
  const countWord = (word: string) => countHolders(database, word, cap);
  for (const term of termList) {
    const words = term.split(' ').filter(Boolean);
    let least = Infinity;
    for (const word of words) least = Math.min(least, await countWord(word));
    df.set(term, Number.isFinite(least) ? least : 0);
  }
  return { docs, df };
}

/**
 * What the person's own tie or untie of one item teaches its goals (core/goal/evidence.ts), in
 * the caller's transaction (items and goals): an untied pair is never suggested again and its
 * words weigh less for that goal; a hand tie learns the item's strong words and proposes them
 * as keywords; a tie that undoes an untie takes that lesson back and teaches nothing new.
 */
export async function learnFromTies(database: LearnmarkDb, item: Item, before: readonly string[], now: number) {
  const untied = before.filter((id) => !item.goalIds.includes(id));
  const tied = item.goalIds.filter((id) => !before.includes(id));
  if (untied.length + tied.length === 0) return;
  const goals = (await database.goals.bulkGet([...untied, ...tied])).filter((g): g is Goal => !!g);
  if (goals.length === 0) return;
  const words = [item.title, item.excerpt, item.tags.join(' ')].join(' ');
  const freq = await documentFrequencies(database, [...new Set([...termsToWeigh(goals), ...terms(words)])]);
  const changed: Goal[] = [];
  for (const goal of goals) {
    if (untied.includes(goal.id)) {
      // Judged as if still active, so a paused goal learns the same.
      const matched = matchedTerms(item, { ...goal, status: 'active' }, freq);
      changed.push({ ...goal, evidence: recordUntie(goal.evidence, item.id, matched), updatedAt: now });
      continue;
    }
    const taken = forgetUntie(goal.evidence, item.id);
    if (taken) {
      changed.push({ ...goal, evidence: taken, updatedAt: now });
      continue;
    }
    const strong = strongestWords(item, (term) => rarity(term, freq), knownTerms(goal));
    if (strong.length > 0) changed.push({ ...goal, evidence: recordHandTie(goal, strong), updatedAt: now });
  }
  await database.goals.bulkPut(changed);
}

/** One item's goals before and after a bulk action or its Undo. */
export interface TieChange {
  before: readonly string[];
  after: Item;
}

/**
 * What a bulk tie or untie (the library's bulk bar) or its Undo teaches, in the caller's
 * transaction (items and goals): each item a bulk untie takes from a goal teaches it as one
 * untie does, and each item tied to it again (a bulk tie, or Undo of the untie) takes that lesson
 * back. A bulk tie learns no words (a selection is not an item picked for its words), and Undo
 * of a bulk tie teaches nothing. Word weights are read once for the whole selection.
 */
export async function learnFromBulkTies(
  database: LearnmarkDb,
  changes: readonly TieChange[],
  now: number,
  { teachUnties }: { teachUnties: boolean },
) {
  const untied = new Map<string, Item[]>();
  const retied = new Map<string, string[]>();
  const push = <T>(map: Map<string, T[]>, key: string, value: T) => map.set(key, [...(map.get(key) ?? []), value]);
  for (const { before, after } of changes) {
    if (teachUnties) for (const id of before) if (!after.goalIds.includes(id)) push(untied, id, after);
    for (const id of after.goalIds) if (!before.includes(id)) push(retied, id, after.id);
  }
  if (untied.size + retied.size === 0) return;
  const goals = (await database.goals.bulkGet([...new Set([...untied.keys(), ...retied.keys()])])).filter(
    (g): g is Goal => !!g,
  );
  // Judged as if still active, so a paused goal learns the same.
  const asActive = goals.filter((g) => untied.has(g.id)).map((g): Goal => ({ ...g, status: 'active' }));
  const freq = asActive.length ? await documentFrequencies(database, termsToWeigh(asActive)) : undefined;
  const changed: Goal[] = [];
  for (const goal of goals) {
    let evidence = goal.evidence;
    for (const id of retied.get(goal.id) ?? []) evidence = forgetUntie(evidence, id) ?? evidence;
    for (const item of untied.get(goal.id) ?? [])
      evidence = recordUntie(evidence, item.id, matchedTerms(item, { ...goal, status: 'active' }, freq));
    if (evidence !== goal.evidence) changed.push({ ...goal, evidence, updatedAt: now });
  }
  await database.goals.bulkPut(changed);
}

/**
 * "Not this goal" on a suggested goal's chip: the same lesson as an untie (never tied nor
 * suggested again for that item, its matched words weigh half), for an item that was never tied.
 * `undo` takes it back. A goal the item is tied to is left alone: that is an untie. Answers the
 * goal as it now is, or null when the item or goal is gone.
 */
export function dismissSuggestion(
  database: LearnmarkDb,
  { itemId, goalId, undo = false }: { itemId: string; goalId: string; undo?: boolean },
  now: number,
): Promise<Goal | null> {
  return database.transaction('rw', database.items, database.goals, async () => {
    const [item, goal] = await Promise.all([database.items.get(itemId), database.goals.get(goalId)]);
    if (!item || !goal) return null;
    if (undo) {
      const evidence = forgetUntie(goal.evidence, itemId);
      if (!evidence) return goal;
      const updated = { ...goal, evidence, updatedAt: now };
      await database.goals.put(updated);
      return updated;
    }
    if (item.goalIds.includes(goalId)) return goal;
    await learnFromBulkTies(database, [{ before: [goalId], after: item }], now, { teachUnties: true });
    return (await database.goals.get(goalId)) ?? null;
  });
}

/** "Add 'dbt' as a keyword?" answered: added, or never asked again. */
export function answerKeywordProposal(
  database: LearnmarkDb,
  change: { goalId: string; keyword: string; accept: boolean },
  now: number,
): Promise<Goal | null> {
  return database.transaction('rw', database.goals, async () => {
    const goal = await database.goals.get(change.goalId);
    if (!goal) return null;
    const updated = { ...goal, ...answerProposal(goal, change.keyword, change.accept, KEYWORDS_MAX), updatedAt: now };
    await database.goals.put(updated);
    return updated;
  });
}
