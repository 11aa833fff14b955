import type { Goal } from './model';
import { dampers, GENERIC, isUntied } from './evidence';
import { fold, haystack, matchWords, occurrences, terms, type Haystack } from '../text/match';
import { hasNoSpaceScript } from '../text/words';
import { otherLanguageTerms } from '../text/synonyms';

export interface SuggestInput {
  /** The item's id, once stored: a pair the person untied is never tied or suggested again. */
  id?: string;
  title: string | null;
  excerpt: string | null;
  text: string;
  tags: string[];
}

/**
 * How many items of the person's library contain each term (a stemmed word, or a phrase's
 * space-joined words): a word most items share ("data" in a data engineer's library) is weak
 * evidence. Computed by the database layer from the search index; absent or small libraries
 * treat every word as rare.
 */
export interface DocFrequencies {
  docs: number;
  df: ReadonlyMap<string, number>;
}

export interface GoalSuggestion {
  goalId: string;
  score: number;
  /** Clear evidence: the item is tied to this goal without asking. Otherwise only suggested. */
  tie: boolean;
  /** The goal's words the item matched, as the person wrote them, strongest first ("dbt", "SQL"). */
  matched: string[];
}

/** Below this many items, word frequencies say nothing: every word counts as rare. */
export const MIN_LIBRARY = 20;
/** Text evidence (distinct rare keywords, more for repeated ones) that ties an item without asking. */
const TEXT_TIE = 2;
/** A keyword's rarity at or above this makes a title, excerpt or tag match clear evidence. */
const RARE = 0.5;
const TEXT_SAMPLE = 20_000;

interface Fields {
  title: Haystack;
  tags: Haystack;
  excerpt: Haystack;
  text: Haystack;
}

interface GoalTerm {
  term: string;
  /** As the person wrote it, for the reason shown on the chip. */
  label: string;
  keyword: boolean;
}

/** A goal's term the item matched, with how much it counted. */
interface Match {
  term: string;
  label: string;
  weight: number;
}

/**
 * The words that stand for a goal: its keywords, each as one term (a multi-word keyword is
 * matched as a phrase, since its words alone — "data" of "data warehouse" — say little), and,
 * for suggestions only, the words of its title and those learned from items tied by hand.
 */
function goalTerms(goal: Goal): GoalTerm[] {
  const seen = new Set<string>();
  const out: GoalTerm[] = [];
  const add = (phrase: string, keyword: boolean) => {
    const t = terms(phrase);
    if (keyword) {
      // Every word of a keyword counts: "machine learning" is not "machine".
      const folded = fold(phrase).trim();
      const term = hasNoSpaceScript(folded) ? t.join(' ') : matchWords(folded).join(' ');
      if (!term) return;
      if (!seen.has(term)) out.push({ term, label: phrase.trim(), keyword });
      seen.add(term);
      return;
    }
    const words = phrase.split(/\s+/);
    for (const term of t) {
      if (seen.has(term)) continue;
      seen.add(term);
      const label = words.find((w) => terms(w).includes(term)) ?? term;
      out.push({ term, label: label.replace(/[^\p{L}\p{N}+#.-]+/gu, ''), keyword });
    }
  };
  for (const k of goal.keywords) add(k, true);
  add(goal.title, false);
  for (const l of goal.evidence?.learned ?? []) add(l, false);
  return out;
}

/** 1 for a rare word, falling towards 0 as more of the library contains it (inverse document frequency). */
export function rarity(term: string, freq: DocFrequencies | undefined): number {
  if (!freq || freq.docs < MIN_LIBRARY) return 1;
  const df = freq.df.get(term) ?? 0;
  if (df === 0) return 1;
  // In one item of 20 or fewer: fully rare; in every item: no evidence at all.
  return Math.max(0, Math.min(1, Math.log(freq.docs / df) / Math.log(20)));
}

/** Scores one goal against an item's fields; null when nothing at all matched. */
function judge(
  goal: Goal,
  fields: Fields,
  freq: DocFrequencies | undefined,
): (GoalSuggestion & { terms: Match[] }) | null {
  const damp = dampers(goal);
  const plainTitleWords = new Set<string>();
  let score = 0;
  let tie = false;
  let suggest = false;
  let textEvidence = 0;
  let inTitle = false;
  let inExcerpt = false;
  const keywordsSeen = new Set<string>();
  const matched: Match[] = [];
  for (const { term, label, keyword } of goalTerms(goal)) {
    const w = rarity(term, freq) * (damp.get(term) ?? 1);
    // The term, or the same topic as a page in another language names it.
    const spellings = [term, ...otherLanguageTerms(term)];
    const found = (hay: Haystack) => spellings.reduce((n, t) => n + occurrences(t, hay), 0);
    const titled = found(fields.title) > 0 || found(fields.tags) > 0;
    const excerpted = found(fields.excerpt) > 0;
    const prominent = titled || excerpted;
    const inText = found(fields.text);
    if (!prominent && inText === 0) continue;
    if (keyword) {
      if (w >= RARE) {
        inTitle ||= titled;
        inExcerpt ||= excerpted;
        if (excerpted || inText > 0) keywordsSeen.add(term);
      }
      if (inText > 0) textEvidence += w * (inText >= 2 ? 1 : 0.6);
      // Any keyword anywhere is worth showing, unless nearly every item has it.
      if (w > 0.2) suggest = true;
    } else if (w >= RARE && prominent) {
      // A title or learned word is never a keyword, but a rare one seen plainly is worth a
      // suggestion; a general one ("data", "engineer") only along with another.
      plainTitleWords.add(term);
      if (!GENERIC.has(term)) suggest = true;
    }
    const weight = w * (keyword ? 1 : 0.5) * ((prominent ? 3 : 0) + Math.min(2, Math.log2(1 + inText) * 0.6));
    if (weight <= 0) continue;
    score += weight;
    matched.push({ term, label, weight });
  }
  if (plainTitleWords.size >= 2) suggest = true;
  // A keyword in the title or tags, which the item's body confirms (mentions a keyword too); a
  // keyword in the excerpt along with another; or several in the text.
  if (inTitle && keywordsSeen.size > 0) tie = true;
  if (inExcerpt && keywordsSeen.size >= 2) tie = true;
  if (textEvidence >= TEXT_TIE) tie = true;
  if (!tie && !suggest) return null;
  matched.sort((a, b) => b.weight - a.weight);
  return {
    goalId: goal.id,
    score: Math.round(score * 100) / 100,
    tie,
    matched: matched.map((m) => m.label),
    terms: matched,
  };
}

function fieldsOf(item: SuggestInput): Fields {
  return {
    title: haystack(item.title ?? ''),
    tags: haystack(item.tags.join(' ')),
    excerpt: haystack(item.excerpt ?? ''),
    text: haystack(item.text.slice(0, TEXT_SAMPLE)),
  };
}

/** The goal's terms that matched an item (to weigh less once the person unties it), strongest first. */
export function matchedTerms(item: SuggestInput, goal: Goal, freq?: DocFrequencies): string[] {
  return judge(goal, fieldsOf(item), freq)?.terms.map((m) => m.term) ?? [];
}

/**
 * Judges an item against the active goals. A goal's keyword in the item's title, excerpt or
 * tags, or several distinct keywords in its text, ties it (`tie`); a lone keyword in the text,
 * or a rare word of the goal's title, only suggests it — a goal's title words are never enough to
 * tie, so a goal without keywords is only ever suggested. Words most of the library shares weigh
 * little (`freq`). Best first; an exact tie keeps the person's order of goals.
 */
export function suggestGoals(item: SuggestInput, goals: readonly Goal[], freq?: DocFrequencies): GoalSuggestion[] {
  const fields = fieldsOf(item);
  return goals
    .filter((g) => g.status === 'active' && !isUntied(g, item.id))
    .map((goal) => ({ goal, s: judge(goal, fields, freq) }))
    .filter((x): x is { goal: Goal; s: NonNullable<ReturnType<typeof judge>> } => x.s !== null)
    .sort((a, b) => Number(b.s.tie) - Number(a.s.tie) || b.s.score - a.s.score || a.goal.order - b.goal.order)
    .map(({ s: { goalId, score, tie, matched } }) => ({ goalId, score, tie, matched }));
}

/** The goals a newly saved item is tied to without asking: those with clear evidence. */
export function autoTiedGoals(suggestions: readonly GoalSuggestion[]): string[] {
  return suggestions.filter((s) => s.tie).map((s) => s.goalId);
}

/** The terms whose library frequency `suggestGoals` needs for these goals. */
export function termsToWeigh(goals: readonly Goal[]): string[] {
  return [...new Set(goals.filter((g) => g.status === 'active').flatMap((g) => goalTerms(g).map((t) => t.term)))];
}
