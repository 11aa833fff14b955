// Loads a TypeScript module of src/ into a Node benchmark: rolldown (Vite's bundler, already
// installed) bundles it to a temporary ES module, which is then imported.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'rolldown';

export async function importTs(entry) {
  const dir = mkdtempSync(join(tmpdir(), 'learnmark-bench-'));
  try {
    await build({ input: entry, output: { dir, format: 'esm', entryFileNames: 'entry.mjs' }, logLevel: 'silent' });
    return await import(pathToFileURL(join(dir, 'entry.mjs')).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
