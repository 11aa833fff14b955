/**
 * Search ranking: which field a query word was found in, and how much each counts. An item
 * matching more of the query's words comes first; among those, the words' best fields decide
 * (a word in the title counts more than one deep in the text); equal scores go newest first.
 */

/**
 * The fields search covers, best first. The `words` table keeps each of an item's words once,
 * under the best field it is in, as the field's position then the word (`0planner`: title).
 */
export const WORD_FIELDS = ['title', 'tags', 'note', 'highlights', 'excerpt', 'text'] as const;
export type WordField = (typeof WORD_FIELDS)[number];

/** What a query word counts in each field: a highlight (its text or note) between takeaway and excerpt. */
const FIELD_WEIGHTS: Record<WordField, number> = { title: 8, tags: 6, note: 4, highlights: 3, excerpt: 2, text: 1 };

/** A word as stored under a field: the field's position, then the word. */
export const fieldEntry = (field: WordField, word: string) => `${WORD_FIELDS.indexOf(field)}${word}`;

/** For one query word: the ids of items holding it, per field. */
export type WordHits = Partial<Record<WordField, Iterable<string>>>;

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
    for (const [field, ids] of Object.entries(hits) as [WordField, Iterable<string>][]) {
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
const byScore = (a: Score, b: Score) => b.words - a.words || b.weight - a.weight;

/** The scored ids of `newestFirst`, best first; equal scores keep `newestFirst`'s order. */
export function rankIds(scores: ReadonlyMap<string, Score>, newestFirst: readonly string[]): string[] {
  return newestFirst.filter((id) => scores.has(id)).sort((a, b) => byScore(scores.get(a)!, scores.get(b)!));
}

/**
 * The `limit` best of scored ids whose saving times are known, best first, equal scores
 * newest first: a partial selection, so ranking 10 000 candidates sorts only the page.
 */
export function bestIds(
  scores: ReadonlyMap<string, Score>,
  savedAt: ReadonlyMap<string, number>,
  limit: number,
): string[] {
  const order = (a: string, b: string) =>
    byScore(scores.get(a)!, scores.get(b)!) || (savedAt.get(b) ?? 0) - (savedAt.get(a) ?? 0);
  const page: string[] = [];
  for (const id of scores.keys()) {
    if (page.length === limit && order(id, page[limit - 1]!) >= 0) continue;
    let i = page.length;
    while (i > 0 && order(id, page[i - 1]!) < 0) i--;
    page.splice(i, 0, id);
    if (page.length > limit) page.pop();
  }
  return page;
}
