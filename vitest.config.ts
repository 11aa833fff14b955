import { defineConfig, type Plugin } from 'vitest/config';

/**
 * In unit tests a CRXJS `?script` import is just a file name, as in the built extension, named
 * after the script's folder (`assets/extract.js`, `assets/toast.js`) so tests can tell them apart.
 */
const crxScriptStub: Plugin = {
  name: 'crx-script-stub',
  enforce: 'pre',
  resolveId: (id) => (id.includes('?script') ? `\0crx-script:${id}` : null),
  load: (id) =>
    id.startsWith('\0crx-script:')
      ? `export default "assets/${/([\w-]+)\/index\.ts\?/.exec(id)?.[1] ?? 'script'}.js";`
      : null,
};

export default defineConfig({
  plugins: [crxScriptStub],
  test: {
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    environment: 'node',
    setupFiles: ['test/unit/setup.ts'],
    // A zone with daylight-saving changes, so week and midnight logic is tested across them.
    env: { TZ: 'Europe/London' },
    // A few tests read 20 000-row files or zip bombs: seconds on a busy 2-core machine. Time is
    // never asserted (the bench measures it); this only keeps a slow run from failing.
    testTimeout: 30_000,
  },
});
