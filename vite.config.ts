import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type Rolldown } from 'vite';
import manifest from './manifest.json' with { type: 'json' };

/** Scripts the worker injects with executeScript({files}): never web-accessible. */
const INJECTED = ['src/content/extract/index', 'src/content/nudge/index', 'src/content/toast/index'];
const isInjected = (name: string | null | undefined) => !!name && INJECTED.some((p) => name.includes(p));
/** A source file's absolute path, as the bundler names modules. */
const source = (file: string) => fileURLToPath(new URL(file, import.meta.url));
/** The extension pages' entries (their HTML), and the worker's. */
const PAGE_ENTRY = /\/src\/[a-z]+\/index\.html$/;
const WORKER_ENTRY = source('src/background/service-worker.ts');
/**
 * Left where the bundler puts it, outside the chunk groups: the helper that fetches a dynamic
 * import's chunks side by side (the options page's entry calls it before anything else loads,
 * so it stays out of the groups' weight). date-fns is grouped like any module: it is imported
 * one function at a time (a lint rule), so each page's chunks hold the functions it uses.
 */
const LEFT_ALONE = /preload-helper/;

/**
 * CRXJS builds a `?script&iife` import twice (an ES chunk and the IIFE file) and lists the
 * IIFE as a web-accessible resource for every site. `scripting.executeScript({files})` needs
 * neither: the unused chunk only adds weight, and the web-accessible entry would let any page
 * detect that Learnmark is installed. Remove both.
 */
function keepExtractorPrivate(): Plugin {
  return {
    name: 'learnmark:keep-extractor-private',
    enforce: 'post',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const [fileName, output] of Object.entries(bundle)) {
        const isOrphanExtractorChunk =
          output.type === 'chunk' &&
          isInjected(output.facadeModuleId) &&
          !Object.values(bundle).some((o) => o.type === 'chunk' && o.imports.includes(fileName));
        if (isOrphanExtractorChunk) delete bundle[fileName];
      }
    },
    // CRXJS writes the manifest last, so it is edited on disk once everything is written.
    writeBundle(options) {
      const path = join(options.dir ?? 'dist', 'manifest.json');
      const built = JSON.parse(readFileSync(path, 'utf8')) as { web_accessible_resources?: { resources: string[] }[] };
      built.web_accessible_resources = built.web_accessible_resources
        ?.map((entry) => ({ ...entry, resources: entry.resources.filter((r) => !isInjected(r)) }))
        .filter((entry) => entry.resources.length > 0);
      if (!built.web_accessible_resources?.length) delete built.web_accessible_resources;
      writeFileSync(path, JSON.stringify(built, null, 2));
    },
  };
}

type Chunk = Rolldown.OutputChunk;
const chunksOf = (bundle: Rolldown.OutputBundle) =>
  new Map(Object.values(bundle).flatMap((o) => (o.type === 'chunk' ? [[o.fileName, o] as const] : [])));

/** The chunks a chunk imports, transitively (and with `later`, those it imports lazily), itself included. */
function reached(chunks: Map<string, Chunk>, start: string, later: boolean): Set<string> {
  const files = new Set<string>();
  const queue = [start];
  while (queue.length) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    const chunk = chunks.get(file);
    queue.push(...(chunk?.imports ?? []), ...(later ? (chunk?.dynamicImports ?? []) : []));
  }
  return files;
}

/**
 * The options page's entry loads only what starts the page and then its shell with an import()
 * (src/options/main.tsx), so that a goal's view can start its reads before the shell's weight
 * has loaded. The shell's chunks are still named in the page's HTML (modulepreload), so the
 * browser fetches them as it parses the page, beside the entry, rather than once it has run.
 */
function preloadOptionsShell(): Plugin {
  const shell = source('src/options/shell.tsx');
  const tooHeavy = /[\\/]node_modules[\\/](dexie|valibot)[\\/]|[\\/]src[\\/]messaging[\\/]/;
  const optionsMain = source('src/options/main.tsx');
  return {
    name: 'learnmark:preload-options-shell',
    apply: 'build',
    // Importing the options page's entry chunk runs the page (it drew the options page into the
    // popup once, through a chunk both shared): no other page may reach it, at once or later.
    generateBundle(_options, bundle) {
      const chunks = chunksOf(bundle);
      const options = [...chunks.values()].find((c) => c.moduleIds.includes(optionsMain));
      for (const page of chunks.values()) {
        if (!page.isEntry || page === options || !page.facadeModuleId?.endsWith('/index.html')) continue;
        if (options && reached(chunks, page.fileName, true).has(options.fileName))
          throw new Error(`${page.facadeModuleId} reaches the options page's entry chunk, which would run the page`);
      }
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle || !ctx.path.endsWith('/src/options/index.html')) return html;
        const chunks = chunksOf(ctx.bundle);
        const root = [...chunks.values()].find((c) => c.moduleIds.includes(shell));
        if (!root) throw new Error('options shell chunk not found');
        const files = reached(chunks, root.fileName, false);
        // What a goal's view needs before its first draw (optionsFirstDrawChunks): never these.
        const heavy = [...files].filter((file) => chunks.get(file)?.moduleIds.some((id) => tooHeavy.test(id)));
        if (heavy.length)
          throw new Error(`the options page's shell loads Dexie or valibot at once: ${heavy.join(', ')}`);
        return [...files]
          .filter((file) => !html.includes(file))
          .map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` },
            injectTo: 'head' as const,
          }));
      },
    },
  };
}

type ModuleInfos = { getModuleInfo: (id: string) => Rolldown.ModuleInfo | null };

/** The entries (pages' HTML, the worker, content scripts) that load a module, at once or later. */
function entriesLoading(id: string, ctx: ModuleInfos): Set<string> {
  const found = new Set<string>();
  const seen = new Set([id]);
  const queue = [id];
  while (queue.length) {
    const info = ctx.getModuleInfo(queue.pop()!);
    if (!info) continue;
    const up = [...info.importers, ...info.dynamicImporters];
    if (info.isEntry || !up.length) found.add(info.id);
    for (const next of up.filter((u) => !seen.has(u))) {
      seen.add(next);
      queue.push(next);
    }
  }
  return found;
}

/** What modules load before they run: themselves and their static imports, transitively. */
function staticImports(ids: string[], ctx: ModuleInfos): Set<string> {
  const found = new Set<string>();
  const queue = [...ids];
  while (queue.length) {
    const id = queue.pop()!;
    if (found.has(id)) continue;
    found.add(id);
    queue.push(...(ctx.getModuleInfo(id)?.importedIds ?? []));
  }
  return found;
}

/**
 * The popup's first draw, in as few files as it can be. Left to itself, the bundler cuts the
 * modules that entries share into one chunk for each set of entries (pages, lazy parts, the
 * worker) that uses them, and the popup fetched 26 files before it could draw (46 once the
 * options page loaded its sections lazily), each a round trip through the browser. So what
 * the popup loads at once goes into two chunks: `pages`, what only extension pages use, and
 * `pages-worker`, what the worker also loads at once. What a content script uses is left
 * where the bundler puts it, so the content scripts' bundle is what it was, and the worker's
 * holds the same modules as before.
 */
function popupChunks() {
  const rootsOf = new Map<string, Set<string>>();
  let loadsAtOnce: { popup: Set<string>; worker: Set<string> } | undefined;
  const roots = entriesLoading;
  /** What an entry imports before it runs: its static imports, transitively. */
  const atOnce = (entry: string, ctx: ModuleInfos) => staticImports([entry], ctx);
  return (id: string, ctx: ModuleInfos): string | null => {
    loadsAtOnce ??= { popup: atOnce(source('src/popup/index.html'), ctx), worker: atOnce(WORKER_ENTRY, ctx) };
    if (!loadsAtOnce.popup.has(id) || LEFT_ALONE.test(id)) return null;
    let users = rootsOf.get(id);
    if (!users) rootsOf.set(id, (users = roots(id, ctx)));
    // Scripts the worker injects are built on their own (IIFE files): they share no chunk.
    const others = [...users].filter((r) => !PAGE_ENTRY.test(r) && !isInjected(r));
    if (!others.length) return users.size > 1 ? 'pages' : null;
    return others.length === 1 && others[0] === WORKER_ENTRY && loadsAtOnce.worker.has(id) ? 'pages-worker' : null;
  };
}

/**
 * A goal's view opened by its address draws before Dexie, valibot and the messaging code have
 * loaded (its live reads load after its first draw: src/options/sections/GoalView.tsx). Left to
 * popupChunks, Preact and the pure modules the view draws with share chunks with those (`pages`
 * imports `pages-worker`, which holds Dexie), so the view waited for them. What the options
 * page's shell and the goals section load at once goes here first (a higher priority), in four
 * chunks by who else loads it: `light-pages-worker` (the worker too), `light-pages` (other
 * pages too: the popup at once, other pages at once or later), `options-first` (the options page
 * only). A page may load a few kB it draws later (the popup: the item summary its lists draw),
 * where a chunk of its own cost the goal's view a file more before its first draw (a file costs
 * a page about 2 ms here, whatever its size). The page's entry stays its own chunk: it starts
 * the view's reads before these load.
 * The options page's HTML names them all (preloadOptionsShell), and that plugin fails the build
 * if any of them imports Dexie or valibot.
 */
function optionsFirstDrawChunks() {
  const roots = ['src/options/shell.tsx', 'src/options/sections/GoalsRoute.tsx'].map(source);
  let sets: { first: Set<string>; entry: Set<string> } | undefined;
  const atOnce = staticImports;
  const optionsEntry = source('src/options/index.html');
  /** Who loads a module, at once or later: the options page only, other pages too, the worker too, or another entry (a content script). */
  const users = (id: string, ctx: ModuleInfos): 'options' | 'pages' | 'worker' | 'other' => {
    // Scripts the worker injects are built on their own (IIFE files): they share no chunk.
    const entries = [...entriesLoading(id, ctx)].filter((e) => !isInjected(e));
    if (entries.some((e) => e !== WORKER_ENTRY && !PAGE_ENTRY.test(e))) return 'other';
    if (entries.includes(WORKER_ENTRY)) return 'worker';
    return entries.every((e) => e === optionsEntry) ? 'options' : 'pages';
  };
  return (id: string, ctx: ModuleInfos): string | null => {
    sets ??= {
      first: atOnce(roots, ctx),
      entry: atOnce([optionsEntry], ctx),
    };
    if (!sets.first.has(id) || sets.entry.has(id) || LEFT_ALONE.test(id)) return null;
    const by = users(id, ctx);
    if (by === 'other') return null;
    if (by === 'worker') return 'light-pages-worker';
    // Never in a chunk another page loads: options-first imports the options page's entry, which runs it.
    return by === 'options' ? 'options-first' : 'light-pages';
  };
}

export default defineConfig({
  plugins: [preact(), crx({ manifest }), keepExtractorPrivate(), preloadOptionsShell()],
  build: {
    // Pages and the worker load their own chunks: no preload polyfill needed in an extension.
    // A page's HTML names the chunks its script imports, so they load side by side. A lazy
    // import names none: Vite's helper would add a <link rel=modulepreload> to the page for
    // each of its chunks, at a cost of milliseconds each on the page's main thread (measured in
    // the popup, whose lists and search are imported while its week is read), to save a round
    // trip to the extension's own files. Its CSS, if any, is still added.
    modulePreload: {
      polyfill: false,
      resolveDependencies: (_file, deps, { hostType }) =>
        hostType === 'html' ? deps : deps.filter((d) => d.endsWith('.css')),
    },
    target: 'chrome120',
    emptyOutDir: true,
    sourcemap: false,
    // Extension pages the manifest does not name are built as inputs of their own.
    rolldownOptions: {
      input: {
        welcome: 'src/welcome/index.html',
        library: 'src/library/index.html',
        reader: 'src/reader/index.html',
        review: 'src/review/index.html',
        edit: 'src/edit/index.html',
      },
      preserveEntrySignatures: 'allow-extension',
      output: {
        codeSplitting: {
          // A module taken into a group leaves its imports where they were: what it imports is
          // used by at least the same entries, so no chunk outside a group imports one inside.
          groups: [
            { name: popupChunks(), debugName: 'popup', includeDependenciesRecursively: false },
            {
              name: optionsFirstDrawChunks(),
              debugName: 'options-first-draw',
              priority: 1,
              includeDependenciesRecursively: false,
            },
          ],
        },
      },
    },
  },
  server: { port: 5173, strictPort: true, cors: { origin: /chrome-extension:\/\// } },
});
