// The import graph of src/, read from the files' import specifiers (no bundler, no parser):
// enough to find cycles and to see what a module depends on.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const SOURCE = /\.(ts|tsx)$/;
// `import x from '…'`, `import type … from '…'`, `export … from '…'`, `import '…'`, `import('…')`.
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"\n]+)['"]/g;

/** The files under `dir` whose name matches `pattern` (TypeScript sources by default). */
export function sourceFiles(dir: string, pattern = SOURCE): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path, pattern);
    return pattern.test(name) ? [path] : [];
  });
}

/** Comments may quote imports (`e.g. import x from './y'`); only code counts. */
const withoutComments = (code: string) => code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');

function resolveRelative(from: string, specifier: string): string | null {
  const base = resolve(dirname(from), specifier.replace(/\?.*$/, ''));
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

export interface ImportGraph {
  /** File (relative to the root) → the source files it imports, relative too. */
  edges: Map<string, string[]>;
  /** Relative imports that point at no file: `file: specifier`. */
  unresolved: string[];
}

/** Every relative import between source files under `dir` (packages are leaves, left out). */
export function importGraph(dir: string, root = process.cwd()): ImportGraph {
  const edges = new Map<string, string[]>();
  const unresolved: string[] = [];
  for (const file of sourceFiles(dir)) {
    const targets: string[] = [];
    for (const [, specifier] of withoutComments(readFileSync(file, 'utf8')).matchAll(SPECIFIER)) {
      if (!specifier!.startsWith('.')) continue;
      const target = resolveRelative(file, specifier!);
      if (!target) unresolved.push(`${relative(root, file)}: ${specifier}`);
      else if (SOURCE.test(target)) targets.push(relative(root, target));
    }
    edges.set(relative(root, file), [...new Set(targets)]);
  }
  return { edges, unresolved };
}

/** Each cycle once, as the path that closes it (`a → b → a`), found by depth-first search. */
export function cycles(edges: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const done = new Set<string>();
  const onPath: string[] = [];
  const visit = (node: string) => {
    const at = onPath.indexOf(node);
    if (at >= 0) return void found.push([...onPath.slice(at), node]);
    if (done.has(node)) return;
    onPath.push(node);
    for (const next of edges.get(node) ?? []) visit(next);
    onPath.pop();
    done.add(node);
  };
  for (const node of [...edges.keys()].sort()) visit(node);
  return found;
}
