import {
  DISMISSED_MAX,
  KEYWORD_MAX_CHARS,
  LEARNED_MAX,
  PROPOSALS_MAX,
  UNTIED_MAX,
  type Goal,
  type GoalEvidence,
} from './model';
import { fold, matchWords, terms } from '../text/match';
import { eachWord } from '../text/words';

/**
 * What a person's own choices teach about a goal. Untying an item from a goal means that pair is
 * never tied nor suggested again, and each of the goal's words that had matched it weighs half as
 * much for that goal from then on; tying it again takes the lesson back. Tying by hand learns the
 * item's strongest words (suggestion-only evidence) and proposes them as keywords, never adding one
 * without the person's click.
 */

/**
 * Words too general to stand for a goal alone: a title such as "Get better at data engineering"
 * says "data" and "engineer", which half of any working library mentions.
 */
export const GENERIC = new Set(
  'data engineer developer development design work team people manage management lead business product system new tech technology code software skill career job growth project process tool year week day way time thing guide tip best top world company startup online public personal professional'.split(
    ' ',
  ),
);

/** Function words the goal phrases' filler list leaves in, but no one would take as a keyword. */
const FILLER = new Set(
  'we you they he she it this that these those what why when where which who whom whose our us its there here was were has have had not no all any some one two will would should could just than then so but if after before over under vs via very most much many also only still even each every other such own same like use using used'.split(
    ' ',
  ),
);

const emptyEvidence = (): GoalEvidence => ({ untied: [], learned: [], proposals: [], dismissed: [] });

/** How much each of a goal's terms still weighs: halved for every untie it caused. */
export function dampers(goal: Goal): Map<string, number> {
  const out = new Map<string, number>();
  for (const { terms: list } of goal.evidence?.untied ?? [])
    for (const term of list) out.set(term, (out.get(term) ?? 1) / 2);
  return out;
}

export function isUntied(goal: Goal, itemId: string | undefined): boolean {
  return itemId !== undefined && (goal.evidence?.untied.some((u) => u.id === itemId) ?? false);
}

/** The person untied `itemId` from the goal; `matched` are the goal's terms that had matched it. */
export function recordUntie(
  evidence: GoalEvidence | undefined,
  itemId: string,
  matched: readonly string[],
): GoalEvidence {
  const ev = evidence ?? emptyEvidence();
  const untied = [
    ...ev.untied.filter((u) => u.id !== itemId),
    { id: itemId, terms: [...new Set(matched)].slice(0, 20) },
  ];
  return { ...ev, untied: untied.slice(-UNTIED_MAX) };
}

/** Tied again after an untie: the lesson is taken back whole (so Undo leaves no trace). */
export function forgetUntie(evidence: GoalEvidence | undefined, itemId: string): GoalEvidence | null {
  if (!evidence?.untied.some((u) => u.id === itemId)) return null;
  return { ...evidence, untied: evidence.untied.filter((u) => u.id !== itemId) };
}

export interface ItemWords {
  title: string | null;
  excerpt: string | null;
  text: string;
  tags: readonly string[];
}

export interface StrongWord {
  term: string;
  /** As the item writes it ("dbt", "Kafka"), for the proposal and the keyword it may become. */
  label: string;
  score: number;
}

/** The distinct words of a text, each with the term it matches as and its first spelling. */
function labelled(text: string, into: Map<string, string>): Set<string> {
  const seen = new Set<string>();
  eachWord(
    text,
    (word) => {
      const label = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}+#]+$/gu, '');
      const [term] = terms(label);
      if (!term || matchWords(label).length !== 1) return;
      seen.add(term);
      if (!into.has(term)) into.set(term, label);
    },
    { technical: true },
  );
  return seen;
}

/**
 * An item's strongest words: in its title, tags or excerpt, rare in the library (`weigh` gives a
 * term's rarity, 0–1), not filler nor too general, not a number; best first.
 */
export function strongestWords(
  item: ItemWords,
  weigh: (term: string) => number,
  exclude: ReadonlySet<string>,
  limit = 5,
): StrongWord[] {
  const labels = new Map<string, string>();
  const inTitle = labelled(item.title ?? '', labels);
  const inTags = labelled(item.tags.join(' '), labels);
  const inExcerpt = labelled(item.excerpt ?? '', labels);
  const body = matchWords(item.text.slice(0, 20_000));
  const counts = new Map<string, number>();
  for (const w of body) counts.set(w, (counts.get(w) ?? 0) + 1);
  const out: StrongWord[] = [];
  for (const [term, label] of labels) {
    if (exclude.has(term) || GENERIC.has(term) || FILLER.has(term) || term.length < 2 || /^\d+$/.test(term)) continue;
    if (label.length > KEYWORD_MAX_CHARS) continue;
    const rare = weigh(term);
    if (rare < 0.5) continue;
    const place = (inTitle.has(term) ? 3 : 0) + (inTags.has(term) ? 2 : 0) + (inExcerpt.has(term) ? 1 : 0);
    const score = rare * (place + Math.min(2, Math.log2(1 + (counts.get(term) ?? 0)) * 0.6));
    out.push({ term, label, score: Math.round(score * 100) / 100 });
  }
  return out.sort((a, b) => b.score - a.score || a.label.localeCompare(b.label)).slice(0, limit);
}

/** The terms a goal already has as keywords, or the person declined, so never proposed. */
export function knownTerms(goal: Goal): Set<string> {
  const out = new Set<string>();
  for (const phrase of [...goal.keywords, ...(goal.evidence?.dismissed ?? [])]) {
    const list = terms(phrase);
    if (list.length === 1) out.add(list[0]!);
    out.add(matchWords(fold(phrase)).join(' '));
  }
  return out;
}

/** A hand tie: the item's strong words are learned, and the best ones proposed as keywords. */
export function recordHandTie(goal: Goal, strong: readonly StrongWord[], proposeCount = 2): GoalEvidence {
  const ev = goal.evidence ?? emptyEvidence();
  const learnedTerms = new Set(ev.learned.flatMap((l) => terms(l)));
  const learned = [...ev.learned, ...strong.filter((s) => !learnedTerms.has(s.term)).map((s) => s.label)].slice(
    -LEARNED_MAX,
  );
  const known = knownTerms(goal);
  const fresh = strong
    .filter((s) => !known.has(s.term))
    .slice(0, proposeCount)
    .map((s) => s.label);
  const pending = ev.proposals.filter((p) => !fresh.some((f) => fold(f) === fold(p)));
  return { ...ev, learned, proposals: [...fresh, ...pending].slice(0, PROPOSALS_MAX) };
}

/**
 * The person's answer to "Add 'dbt' as a keyword?": accepted, it becomes a keyword (up to the
 * keyword limit); declined, it is never proposed again. Either way it leaves the proposals.
 */
export function answerProposal(
  goal: Goal,
  keyword: string,
  accept: boolean,
  maxKeywords: number,
): Pick<Goal, 'keywords' | 'evidence'> {
  const ev = goal.evidence ?? emptyEvidence();
  const same = (a: string) => fold(a) === fold(keyword);
  const proposals = ev.proposals.filter((p) => !same(p));
  const keywords =
    accept && !goal.keywords.some(same) && goal.keywords.length < maxKeywords
      ? [...goal.keywords, keyword]
      : goal.keywords;
  const dismissed = accept ? ev.dismissed : [...ev.dismissed.filter((d) => !same(d)), keyword].slice(-DISMISSED_MAX);
  return { keywords, evidence: { ...ev, proposals, dismissed } };
}
