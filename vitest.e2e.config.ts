import { defineConfig } from 'vitest/config';

// End-to-end tests drive one real Chromium per file against the built extension (dist/): run
// the files one after another in a single forked worker, with timeouts long enough for a
// browser start and the 144-page evaluation on a 2-core machine.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 600_000,
    teardownTimeout: 30_000,
    retry: 0,
  },
});
