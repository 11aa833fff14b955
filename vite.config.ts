import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import manifest from './manifest.json' with { type: 'json' };

/** Scripts the worker injects with executeScript({files}): never web-accessible. */
const INJECTED = ['src/content/extract/index', 'src/content/nudge/index', 'src/content/toast/index'];
const isInjected = (name: string | null | undefined) => !!name && INJECTED.some((p) => name.includes(p));

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

export default defineConfig({
  plugins: [preact(), crx({ manifest }), keepExtractorPrivate()],
  build: {
    // Pages and the worker load their own chunks: no preload polyfill needed in an extension.
    modulePreload: { polyfill: false },
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
    },
  },
  server: { port: 5173, strictPort: true, cors: { origin: /chrome-extension:\/\// } },
});
