#!/usr/bin/env node
// `npm run test:e2e [-- vitest args]`: builds dist/ (unless --no-build), then runs the end-to-end
// tests (test/e2e/**/*.e2e.ts) in Chromium with vitest.e2e.config.ts.
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const run = (cmd, cmdArgs) => spawnSync(cmd, cmdArgs, { cwd: root, stdio: 'inherit' }).status ?? 1;

if (!args.includes('--no-build') && run('npx', ['vite', 'build', '--logLevel', 'warn']) !== 0) {
  console.error('test:e2e: the build failed, so there is no extension to test.');
  process.exit(1);
}
process.exit(
  run('npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts', ...args.filter((a) => a !== '--no-build')]),
);
