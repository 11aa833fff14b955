#!/usr/bin/env node
// Fast offline evaluation of the generic extractor: loads each eval page's source.html in jsdom
// at its expected URL, runs extractGeneric, stores it through buildItem (as the worker does) and
// scores with shared/eval/score.mjs. For iteration speed only: the authoritative eval runs the
// real save path in Chromium.
//
//   node test/eval/jsdom-eval.mjs [--verbose] [--only SUBSTRING] [--out results.jsonl]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { rolldown } from 'rolldown';
import { JSDOM, VirtualConsole } from 'jsdom';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const evalDir = process.env.LEARNMARK_EVAL_DIR ?? resolve(root, '../shared/eval');
const dirs = ['readability', 'news', 'social'].map((d) => join(evalDir, 'dev', d));
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
const out = args.includes('--out')
  ? args[args.indexOf('--out') + 1]
  : join(mkdtempSync(join(tmpdir(), 'lm-eval-')), 'results.jsonl');

// Bundle the TypeScript sources for Node (rolldown ships with Vite and strips types).
const outDir = mkdtempSync(join(tmpdir(), 'lm-bundle-'));
const bundle = await rolldown({
  input: { generic: join(root, 'src/content/extract/generic.ts'), build: join(root, 'src/core/item/build.ts') },
  platform: 'node',
  logLevel: 'silent',
});
await bundle.write({ dir: outDir, format: 'esm', entryFileNames: '[name].mjs' });
const { extractGeneric } = await import(pathToFileURL(join(outDir, 'generic.mjs')).href);
const { buildItem } = await import(pathToFileURL(join(outDir, 'build.mjs')).href);

const lines = [];
for (const dir of dirs) {
  for (const id of readdirSync(dir).sort()) {
    if (only && !id.includes(only)) continue;
    const page = join(dir, id);
    if (!existsSync(join(page, 'expected.json'))) continue;
    const { url } = JSON.parse(readFileSync(join(page, 'expected.json'), 'utf8'));
    const html = readFileSync(join(page, 'source.html'), 'utf8');
    const started = performance.now();
    let row;
    try {
      // No scripts, no resources: like a page whose scripts already ran, as saved.
      const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
      const capture = extractGeneric(dom.window.document, url, {});
      const item = buildItem({
        capture,
        tabUrl: url,
        // Chromium titles an untitled tab with its address without the scheme.
        tabTitle: dom.window.document.title || url.replace(/^https?:\/\//, ''),
        via: 'popup',
        now: 0,
        newId: () => id,
      });
      const { kind, title, author, siteName, publishedAt, lang, canonicalUrl, handle, excerpt, text } = item;
      row = { id, kind, title, author, siteName, publishedAt, lang, canonicalUrl, handle, excerpt, text, error: null };
      dom.window.close();
    } catch (err) {
      row = { id, error: String(err?.stack ?? err) };
      console.error(id, row.error);
    }
    row.saveMs = Math.round(performance.now() - started);
    lines.push(JSON.stringify(row));
  }
}
writeFileSync(out, lines.join('\n') + '\n');
console.error(`results: ${out}`);
const scoreArgs = [join(evalDir, 'score.mjs'), out, ...dirs, ...(verbose ? ['--verbose'] : [])];
process.stdout.write(execFileSync(process.execPath, scoreArgs, { encoding: 'utf8' }));
