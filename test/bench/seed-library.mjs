// One seeder for the benches that need a large library (popup, search, library): bench items
// and their search words are made and written inside an extension page (seed-page.mjs, bundled
// with rolldown), in large raw IndexedDB transactions, instead of sending every row from Node
// or leaving 100 000 items to the background indexer. 100 000 items take about a minute here.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'rolldown';
import { repoRoot } from '../e2e/harness.mjs';

let bundled = null;

/** seed-page.mjs as one script, built once per process. */
async function seederScript() {
  if (bundled) return bundled;
  const dir = mkdtempSync(join(tmpdir(), 'learnmark-seed-'));
  try {
    await build({
      input: join(repoRoot, 'test/bench/seed-page.mjs'),
      output: { dir, format: 'iife', entryFileNames: 'seed.js' },
      logLevel: 'silent',
    });
    bundled = readFileSync(join(dir, 'seed.js'), 'utf8');
    return bundled;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Writes `count` bench items (test/bench/realistic.mjs `makeItems` with `seed`, `words` of
 * text, `goalIds`) and, where the build has the table, their search words, from `page` (an
 * extension page). `part` > 0 gives ids and addresses of their own, so parts add up to one
 * library. Returns the bytes the search needs for them (`search_index_bytes_*`).
 */
export async function seedLibrary(page, spec) {
  if (!(await page.evaluate(() => typeof globalThis.__learnmarkSeed === 'function')))
    await page.evaluate(await seederScript());
  return page.evaluate((s) => globalThis.__learnmarkSeed(s), { now: Date.now(), ...spec });
}

/**
 * A 100 000-item library: the first 10 000 full-length (600 words) as `seedLibrary` makes them,
 * then nine parts of 10 000 with 100 words of text each, every one with its search words. The
 * shorter text keeps the profile within this shared machine's disk; the library reads no text,
 * and search reads keys only. `from: 1` adds the nine parts to 10 000 seeded already.
 */
export async function seedLibrary100k(page, { now = Date.now(), goalIds = [], from = 0 } = {}) {
  if (from === 0) await seedLibrary(page, { count: 10_000, now, goalIds });
  for (let part = Math.max(1, from); part < 10; part++)
    await seedLibrary(page, { count: 10_000, now, seed: 7 + part, words: 100, part });
}
