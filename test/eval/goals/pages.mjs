// Reads the dev evaluation pages as the extension stores them (jsdom + the generic extractor +
// buildItem, as test/eval/jsdom-eval.mjs does), for the goal-tie evaluation.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { rolldown } from 'rolldown';
import { JSDOM, VirtualConsole } from 'jsdom';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const evalDir = process.env.LEARNMARK_EVAL_DIR ?? resolve(root, '../shared/eval');
export const DEV_DIRS = ['readability', 'news', 'social'].map((d) => join(evalDir, 'dev', d));

/** Bundles TypeScript sources for Node (rolldown ships with Vite and strips types). */
async function bundle(entries) {
  const dir = mkdtempSync(join(tmpdir(), 'lm-goals-'));
  const built = await rolldown({ input: entries, platform: 'node', logLevel: 'silent' });
  await built.write({ dir, format: 'esm', entryFileNames: '[name].mjs' });
  const load = async () => {
    const out = {};
    for (const name of Object.keys(entries)) out[name] = await import(pathToFileURL(join(dir, `${name}.mjs`)).href);
    return out;
  };
  return { dir, load };
}

export async function loadModules(entries) {
  return (await bundle(entries)).load();
}

/**
 * Every dev page as a stored item (id, title, excerpt, text, tags). Reading 144 pages in jsdom
 * takes minutes on a busy machine, so the result is kept in .tmp/ under a hash of the pages and
 * of the bundled code that reads them: any change to either reads them again.
 */
export async function readPages() {
  const modules = await bundle({
    generic: join(root, 'src/content/extract/generic.ts'),
    build: join(root, 'src/core/item/build.ts'),
  });
  const hash = createHash('sha256');
  for (const file of readdirSync(modules.dir).sort()) hash.update(file).update(readFileSync(join(modules.dir, file)));
  const addTree = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) addTree(path);
      else hash.update(path).update(readFileSync(path));
    }
  };
  for (const dir of DEV_DIRS) addTree(dir);
  const cache = join(root, '.tmp', `goal-eval-pages-${hash.digest('hex').slice(0, 16)}.json`);
  if (existsSync(cache)) return JSON.parse(readFileSync(cache, 'utf8'));
  const pages = await extractPages(await modules.load());
  mkdirSync(dirname(cache), { recursive: true });
  writeFileSync(cache, JSON.stringify(pages));
  return pages;
}

async function extractPages({ generic, build }) {
  const pages = [];
  for (const dir of DEV_DIRS) {
    for (const id of readdirSync(dir).sort()) {
      const page = join(dir, id);
      if (!existsSync(join(page, 'expected.json'))) continue;
      const { url } = JSON.parse(readFileSync(join(page, 'expected.json'), 'utf8'));
      const html = readFileSync(join(page, 'source.html'), 'utf8');
      const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
      try {
        const capture = generic.extractGeneric(dom.window.document, url, {});
        const item = build.buildItem({
          capture,
          tabUrl: url,
          tabTitle: dom.window.document.title || url.replace(/^https?:\/\//, ''),
          via: 'popup',
          now: 0,
          newId: () => id,
        });
        pages.push({ id, title: item.title, excerpt: item.excerpt, text: item.text, tags: item.tags });
      } catch {
        // A page the extractor cannot read is not a library item.
      } finally {
        dom.window.close();
      }
    }
  }
  return pages;
}
