import type { Goal } from './model';
import { haystack, occurrences, terms, type Haystack } from '../text/match';

export interface SuggestInput {
  title: string | null;
  excerpt: string | null;
  text: string;
  tags: string[];
}

export interface GoalSuggestion {
  goalId: string;
  score: number;
}

/** A score at or above this pre-selects the best goal: a keyword in the title, or several mentions in the text. */
export const PRESELECT_SCORE = 3;
/** Below this a goal is not suggested at all. */
export const SUGGEST_SCORE = 1;
const TEXT_SAMPLE = 20_000;

interface Fields {
  title: Haystack;
  tags: Haystack;
  excerpt: Haystack;
  text: Haystack;
}

function goalTerms(goal: Goal): { term: string; weight: number }[] {
  const keywordTerms = goal.keywords.flatMap((k) => {
    const t = terms(k);
    // A multi-word keyword is matched as a phrase and by its words, the phrase counting more.
    return t.length > 1
      ? [{ term: t.join(' '), weight: 1.5 }, ...t.map((term) => ({ term, weight: 0.5 }))]
      : t.map((term) => ({ term, weight: 1 }));
  });
  const titleTerms = terms(goal.title).map((term) => ({ term, weight: 1 }));
  const seen = new Set<string>();
  return [...keywordTerms, ...titleTerms].filter(({ term }) => !seen.has(term) && seen.add(term));
}

function scoreTerm(term: string, f: Fields): number {
  const inText = occurrences(term, f.text);
  return (
    (occurrences(term, f.title) ? 3 : 0) +
    (occurrences(term, f.tags) ? 3 : 0) +
    (occurrences(term, f.excerpt) ? 1.5 : 0) +
    Math.min(2, Math.log2(1 + inText) * 0.6)
  );
}

/**
 * Ranks active goals by how well an item matches their title and keywords: a term in the
 * item's title or tags counts most, then the excerpt, then (with diminishing returns) the
 * text. Returns goals scoring at least SUGGEST_SCORE, best first; ties keep the person's order.
 */
export function suggestGoals(item: SuggestInput, goals: readonly Goal[]): GoalSuggestion[] {
  const fields: Fields = {
    title: haystack(item.title ?? ''),
    tags: haystack(item.tags.join(' ')),
    excerpt: haystack(item.excerpt ?? ''),
    text: haystack(item.text.slice(0, TEXT_SAMPLE)),
  };
  return goals
    .filter((g) => g.status === 'active')
    .map((goal) => ({
      goal,
      score: goalTerms(goal).reduce((sum, { term, weight }) => sum + weight * scoreTerm(term, fields), 0),
    }))
    .filter((s) => s.score >= SUGGEST_SCORE)
    .sort((a, b) => b.score - a.score || a.goal.order - b.goal.order)
    .map(({ goal, score }) => ({ goalId: goal.id, score: Math.round(score * 100) / 100 }));
}

/** The goal to tie a newly saved item to, if one matches clearly enough. */
export function preselectedGoal(suggestions: readonly GoalSuggestion[]): string | null {
  const best = suggestions[0];
  return best && best.score >= PRESELECT_SCORE ? best.goalId : null;
}
