/**
 * Search ranking: which fields a query word was found in, and how much each counts. An item
 * matching more of the query's words comes first; among those, the words' best fields decide
 * (a word in the title counts more than one deep in the text); equal scores go newest first.
 */

/** Fields with words of their own in the `fieldWords` index, each under a key prefix. */
export const RANKED_FIELDS = { title: 't:', tags: 'g:', note: 'n:', excerpt: 'e:' } as const;
type RankedField = keyof typeof RANKED_FIELDS;

/** What a query word counts in each field; `any` is the whole item's words, its text included. */
const FIELD_WEIGHTS: Record<RankedField | 'any', number> = { title: 8, tags: 6, note: 4, excerpt: 2, any: 1 };

/** For one query word: the ids of items holding it, per field. */
export type WordHits = Partial<Record<RankedField | 'any', Iterable<string>>>;

export interface Score {
  /** How many of the query's words the item has. */
  words: number;
  /** The sum over those words of the best field's weight. */
  weight: number;
}

/** The score of every item that holds at least one of the query's words. */
export function scoreHits(perWord: readonly WordHits[]): Map<string, Score> {
  const scores = new Map<string, Score>();
  for (const hits of perWord) {
    const best = new Map<string, number>();
    for (const [field, ids] of Object.entries(hits) as [RankedField | 'any', Iterable<string>][]) {
      const weight = FIELD_WEIGHTS[field];
      for (const id of ids) if ((best.get(id) ?? 0) < weight) best.set(id, weight);
    }
    for (const [id, weight] of best) {
      const score = scores.get(id) ?? { words: 0, weight: 0 };
      scores.set(id, { words: score.words + 1, weight: score.weight + weight });
    }
  }
  return scores;
}

/** Better scores first. */
export const byScore = (a: Score, b: Score) => b.words - a.words || b.weight - a.weight;

/** The scored ids of `newestFirst`, best first; equal scores keep `newestFirst`'s order. */
export function rankIds(scores: ReadonlyMap<string, Score>, newestFirst: readonly string[]): string[] {
  return newestFirst.filter((id) => scores.has(id)).sort((a, b) => byScore(scores.get(a)!, scores.get(b)!));
}

/** The scored ids in groups of equal score, best group first (each group unordered). */
export function scoreTiers(scores: ReadonlyMap<string, Score>): string[][] {
  const groups = new Map<string, { score: Score; ids: string[] }>();
  for (const [id, score] of scores) {
    const key = `${score.words}:${score.weight}`;
    const group = groups.get(key) ?? { score, ids: [] };
    group.ids.push(id);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => byScore(a.score, b.score)).map((g) => g.ids);
}
