#!/usr/bin/env node
// `npm run eval:goals`: how well automatic goal ties agree with a person's own, on the dev
// evaluation pages against the goals in goals.json, labelled by hand in labels.json.
//
// Every page is read as the extension stores it and judged by suggestGoals, with word
// frequencies taken from the pages themselves (the person's library). Prints auto-tie precision
// and recall, and suggestion recall (a positive tied or at least suggested), and exits non-zero
// below the floors.
//
//   node test/eval/goals/eval.mjs [--verbose]
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadModules, readPages, root } from './pages.mjs';

export const TIE_PRECISION_FLOOR = 0.95;
export const SUGGEST_RECALL_FLOOR = 0.8;
/**
 * The larger set (with the pairs labelled later) is held to the same precision and to the
 * suggestion recall reached on it: 0.724 (21 of 29) since a goal's keywords are also found as
 * German, French, Spanish and Chinese pages name them (core/text/synonyms.ts); 0.655 before.
 */
export const ALL_SUGGEST_RECALL_FLOOR = 0.72;
const here = dirname(fileURLToPath(import.meta.url));

/**
 * `all`: also the pairs labelled later (labels.json `added`, goals marked `added`), printed on a
 * line of their own with floors of their own, so the first line stays comparable.
 */
export async function runGoalEval({ log = () => {}, all = false } = {}) {
  const every = JSON.parse(readFileSync(join(here, 'goals.json'), 'utf8')).map((g, order) => ({
    why: '',
    weeklyMinutes: null,
    weeklyItems: null,
    color: '#0b5cad',
    status: 'active',
    createdAt: 0,
    updatedAt: 0,
    targetDate: null,
    order,
    ...g,
  }));
  const goals = every.filter((g) => all || !g.added);
  const labels = JSON.parse(readFileSync(join(here, 'labels.json'), 'utf8'));
  const positives = { ...labels.positives };
  if (all) for (const [page, pairs] of Object.entries(labels.added)) positives[page] = { ...positives[page], ...pairs };
  const [{ suggest, match }, pages] = await Promise.all([
    loadModules({ suggest: join(root, 'src/core/goal/suggest.ts'), match: join(root, 'src/core/text/match.ts') }),
    readPages(),
  ]);
  const ids = new Set(pages.map((p) => p.id));
  for (const id of Object.keys(positives))
    if (!ids.has(id)) throw new Error(`labels.json names ${id}, which is not a dev page`);

  // Document frequencies over the library, as the database layer computes them.
  const hays = pages.map((p) => match.haystack([p.title, p.excerpt, p.tags.join(' '), p.text].join(' ')));
  const df = new Map();
  for (const term of suggest.termsToWeigh(goals))
    df.set(term, hays.filter((h) => match.occurrences(term, h) > 0).length);
  const freq = { docs: pages.length, df };

  let tp = 0;
  let fp = 0;
  let suggestedPositives = 0;
  let positiveCount = 0;
  let suggestedNegatives = 0;
  for (const page of pages) {
    const judged = suggest.suggestGoals(page, goals, freq);
    for (const goal of goals) {
      const truth = Boolean(positives[page.id]?.[goal.id]);
      const s = judged.find((j) => j.goalId === goal.id);
      if (truth) positiveCount++;
      if (s?.tie && truth) tp++;
      else if (s?.tie) fp++;
      if (truth && s) suggestedPositives++;
      if (!truth && s && !s.tie) suggestedNegatives++;
      if ((s?.tie ?? false) !== truth || (truth && !s) || (s && !s.tie))
        log(
          `${truth ? 'yes' : 'no '} ${s ? (s.tie ? 'TIED     ' : 'suggested') : 'nothing  '} ${goal.id.padEnd(11)} ${page.id} (${s?.matched.join(', ') ?? ''})`,
        );
    }
  }
  return {
    pages: pages.length,
    goals: goals.length,
    positives: positiveCount,
    tiePrecision: tp + fp ? tp / (tp + fp) : 1,
    tieRecall: positiveCount ? tp / positiveCount : 1,
    suggestRecall: positiveCount ? suggestedPositives / positiveCount : 1,
    suggestedNegatives,
    tied: tp + fp,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const verbose = process.argv.includes('--verbose');
  const r = await runGoalEval({ log: verbose ? (line) => console.log(line) : undefined });
  const f = (x) => x.toFixed(3);
  const line = (name, x) =>
    console.log(
      `${name} ${x.pages} pages × ${x.goals} goals, ${x.positives} positive pairs: ` +
        `auto-tie precision ${f(x.tiePrecision)} (${x.tied} tied), auto-tie recall ${f(x.tieRecall)}, ` +
        `suggestion recall ${f(x.suggestRecall)} (${x.suggestedNegatives} negative pairs suggested)`,
    );
  line('eval:goals', r);
  const all = await runGoalEval({ all: true });
  line('eval:goals with the pairs labelled later', all);
  const failures = [];
  if (r.tiePrecision < TIE_PRECISION_FLOOR) failures.push(`auto-tie precision below ${TIE_PRECISION_FLOOR}`);
  if (r.suggestRecall < SUGGEST_RECALL_FLOOR) failures.push(`suggestion recall below ${SUGGEST_RECALL_FLOOR}`);
  if (all.tiePrecision < TIE_PRECISION_FLOOR)
    failures.push(`auto-tie precision on the larger set below ${TIE_PRECISION_FLOOR}`);
  if (all.suggestRecall < ALL_SUGGEST_RECALL_FLOOR)
    failures.push(`suggestion recall on the larger set below ${ALL_SUGGEST_RECALL_FLOOR}`);
  for (const f of failures) console.error(`FAIL ${f}`);
  process.exit(failures.length ? 1 : 0);
}
