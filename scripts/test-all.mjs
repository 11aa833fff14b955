#!/usr/bin/env node
// `npm test`: lint, type check, unit tests, build, end-to-end tests (including the extraction
// evaluation), in that order. Lint, type check and build count as one test each; Vitest tests
// count one by one. Every step runs even after a failure, so the count is complete. The last
// line is `N passed, N failed`; the exit code is non-zero when anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const resultsDir = join(root, 'test-results');
mkdirSync(resultsDir, { recursive: true });

let passed = 0;
let failed = 0;
const report = [];

const run = (cmd, args) => {
  console.log(`\n$ ${cmd} ${args.join(' ')}`);
  return spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: process.env }).status === 0;
};

/** A step that counts as one test. */
function single(name, commands) {
  let ok = true;
  for (const [cmd, ...args] of commands) ok = run(cmd, args) && ok;
  if (ok) passed++;
  else failed++;
  report.push(`${ok ? 'ok  ' : 'FAIL'} ${name}`);
  return ok;
}

/**
 * A Vitest run that counts its tests one by one, from its JSON report. A file that failed
 * without any failed test (an error in a hook or at import) counts as one failure, and so does a
 * run that failed without writing a report.
 */
function vitest(name, args) {
  const out = join(resultsDir, `${name}.json`);
  rmSync(out, { force: true });
  const ok = run('npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile=${out}`]);
  let p = 0;
  let f = 0;
  if (existsSync(out)) {
    const json = JSON.parse(readFileSync(out, 'utf8'));
    p = json.numPassedTests ?? 0;
    f = json.numFailedTests ?? 0;
    for (const file of json.testResults ?? []) {
      const failedInside = (file.assertionResults ?? []).some((a) => a.status === 'failed');
      if (file.status === 'failed' && !failedInside) f++;
    }
  }
  if (!ok && f === 0) f = 1;
  passed += p;
  failed += f;
  report.push(`${f ? 'FAIL' : 'ok  '} ${name}: ${p} passed, ${f} failed`);
}

single('lint', [
  ['npx', 'eslint', '.'],
  ['npx', 'prettier', '--check', '.'],
]);
single('typecheck', [['npx', 'tsc', '--noEmit']]);
vitest('unit', []);
single('eval:goals', [['node', 'test/eval/goals/eval.mjs']]);
const built = single('build', [['npx', 'vite', 'build']]);
if (built) vitest('e2e', ['--config', 'vitest.e2e.config.ts']);
else {
  // A stale or half-written dist/ must not pass for this code: count the end-to-end run as failed.
  failed++;
  report.push('FAIL e2e: not run, the build failed');
}

console.log(`\n${report.join('\n')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
