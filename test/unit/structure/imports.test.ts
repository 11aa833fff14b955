// No module under src/ imports itself through others. A cycle makes load order decide what a
// module sees (an import that is still undefined), and two files that need each other are one
// concern in two places. Type-only imports count: they tie the files together just the same.
import { describe, expect, test } from 'vitest';
import { cycles, importGraph } from './import-graph';

const graph = importGraph('src');

test('every relative import under src/ points at a file', () => {
  expect(graph.unresolved, 'imports that resolve to no file').toEqual([]);
});

test('no import cycle anywhere under src/', () => {
  expect(graph.edges.size).toBeGreaterThan(100);
  const found = cycles(graph.edges).map((path) => path.join(' → '));
  expect(found, 'import cycles (each shown as the path that closes it)').toEqual([]);
});

describe('the cycle finder', () => {
  const graphOf = (pairs: Record<string, string[]>) => new Map(Object.entries(pairs));

  test('finds a cycle through several files, and a file importing itself', () => {
    expect(cycles(graphOf({ a: ['b'], b: ['c'], c: ['a'], d: ['d'] }))).toEqual([
      ['a', 'b', 'c', 'a'],
      ['d', 'd'],
    ]);
  });

  test('a file imported from two places is not a cycle', () => {
    expect(cycles(graphOf({ a: ['b', 'c'], b: ['c'], c: [] }))).toEqual([]);
  });
});
