// Goal figures for `npm run bench`: ranking one item against 50 goals, and opening a goal's
// view with 10 000 items in the database (Chromium, the built extension).
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, repoRoot, seedRows as seed } from '../e2e/harness.mjs';
import { makeItems, paragraphs, rng } from './realistic.mjs';
import { importTs } from './ts-loader.mjs';
import { runGoalEval } from '../eval/goals/eval.mjs';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export function makeGoals(n) {
  const topics = ['SQL', 'Public speaking', 'Leading a team', 'Rust', 'Kubernetes', 'Writing', 'Security', 'Product'];
  return Array.from({ length: n }, (_, i) => ({
    id: `goal-${i}`,
    title: `${topics[i % topics.length]} ${i}`,
    why: '',
    keywords: ['query planner', 'index', 'feedback', 'presentation', 'incident', 'memory'].slice(0, 1 + (i % 6)),
    weeklyMinutes: 60,
    weeklyItems: 3,
    color: '#0b5cad',
    status: 'active',
    createdAt: 0,
    updatedAt: 0,
    targetDate: null,
    order: i,
  }));
}

export async function benchSuggest(print) {
  const { suggestGoals } = await importTs(join(repoRoot, 'src/core/goal/suggest.ts'));
  const goals = makeGoals(50);
  const random = rng(3);
  const item = {
    title: 'How the query planner uses an index',
    excerpt: 'Notes on performance.',
    text: paragraphs(random, 3000),
    tags: ['postgres'],
  };
  const times = [];
  for (let i = 0; i < 60; i++) {
    const t0 = performance.now();
    suggestGoals(item, goals);
    times.push(performance.now() - t0);
  }
  print('suggest_50_goals_ms', median(times.slice(10)).toFixed(2), 'ms');
}

/** Agreement of automatic ties with the hand-labelled dev set (`npm run eval:goals`). */
export async function benchGoalTies(print) {
  const r = await runGoalEval();
  print('goal_tie_precision', r.tiePrecision.toFixed(3), 'ratio');
  print('goal_tie_recall', r.tieRecall.toFixed(3), 'ratio');
  print('goal_suggest_recall', r.suggestRecall.toFixed(3), 'ratio');
}

/**
 * The goal bench's library: 5 goals and 10 000 items tied among them; `items: false` seeds the
 * goals only (the view of a goal with nothing yet: what loading the page itself costs).
 */
export async function seedGoalLibrary(h, { items = true } = {}) {
  const page = await h.ctx.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/src/options/index.html#goals`);
  await page.getByRole('button', { name: 'New goal' }).waitFor();
  const goals = makeGoals(5);
  await seed(page, 'goals', goals);
  if (items) await seed(page, 'items', makeItems(10_000, { goalIds: goals.map((g) => g.id) }));
  await page.close();
}

/** One opening of the first goal's view: ms from navigation to the view drawn (its items, where it has any). */
export async function goalViewOpenMs(h, path = '/src/options/index.html#goals/goal-0') {
  const view = await h.ctx.newPage();
  await view.goto(`chrome-extension://${h.extensionId}${path}`);
  const mark = 'learnmark:goal-view-ready';
  await view.waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark, { timeout: 60_000 });
  const ms = await view.evaluate((name) => performance.getEntriesByName(name)[0].startTime, mark);
  await view.close();
  return ms;
}

/**
 * The floor under goalViewOpenMs: ms from navigation to the first paint of an extension page that
 * loads one small script and draws one line, marked as the goal view marks (after its paint).
 * The page is added to the loaded copy of the extension (`h.extDir`), never to a build.
 */
export async function blankPageMs(h) {
  const html = join(h.extDir, 'bench-blank.html');
  if (!existsSync(html)) {
    writeFileSync(
      html,
      '<!doctype html><meta charset="utf-8"><p>Learnmark</p><script type="module" src="/bench-blank.js"></script>',
    );
    writeFileSync(
      join(h.extDir, 'bench-blank.js'),
      "requestAnimationFrame(() => setTimeout(() => performance.mark('learnmark:goal-view-ready')));",
    );
  }
  return goalViewOpenMs(h, '/bench-blank.html');
}

/**
 * The goal's view opened straight from its address (a new tab on `#goals/goal-0`), first with
 * the goal and nothing tied to it, then with 10 000 items in the library; the ratio of the two,
 * taken in the same run, is what the library costs beyond loading the page on a loaded machine.
 */
export async function benchGoalView(print) {
  const h = await launch();
  const opened = async () => {
    const times = [];
    for (let i = 0; i < 7; i++) times.push(await goalViewOpenMs(h));
    return median(times.slice(1));
  };
  try {
    await seedGoalLibrary(h, { items: false });
    const empty = await opened();
    await seedGoalLibrary(h);
    const full = await opened();
    print('goal_view_empty_ms', Math.round(empty), 'ms');
    print('goal_view_10k_ms', Math.round(full), 'ms');
    print('goal_view_10k_ratio', (full / empty).toFixed(2), 'ratio');
  } finally {
    await h.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const print = (name, value, unit) => console.log(`bench ${name} ${value} ${unit}`);
  await benchSuggest(print);
  await benchGoalTies(print);
  await benchGoalView(print);
}
