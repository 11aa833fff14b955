import { describe, expect, test } from 'vitest';
import {
  DEFAULT_TEXT_SIZE,
  PROGRESS_KEPT,
  parseProgress,
  parseTextSize,
  stepTextSize,
  textParagraphs,
  withProgress,
} from '../../../../src/core/reader/prefs';

describe('text size', () => {
  test.each([
    [18, 1, 20],
    [18, -1, 16],
    [26, 1, 26],
    [14, -1, 14],
    [17, 1, 20], // not a size: from the default
  ] as const)('%i stepped %i is %i', (size, step, want) => expect(stepTextSize(size, step)).toBe(want));
  test.each([[undefined], ['18'], [1e9], [null]])('%s is the default', (raw) =>
    expect(parseTextSize(raw)).toBe(DEFAULT_TEXT_SIZE),
  );
});

describe('reading progress', () => {
  test('kept per item, clamped, damaged entries dropped', () => {
    const map = parseProgress({ a: { at: 1, fraction: 0.5 }, b: { at: 1, fraction: 7 }, c: 'x', d: { fraction: 0.1 } });
    expect(map).toEqual({ a: { at: 1, fraction: 0.5 } });
    expect(withProgress(map, 'e', 1.5, 2)).toEqual({ a: { at: 1, fraction: 0.5 }, e: { at: 2, fraction: 1 } });
    expect(parseProgress([1])).toEqual({});
  });
  test('only the most recently read items are kept', () => {
    let map = {};
    for (let i = 0; i <= PROGRESS_KEPT; i++) map = withProgress(map, `i${i}`, 0.5, i);
    expect(Object.keys(map)).toHaveLength(PROGRESS_KEPT);
    expect(map).not.toHaveProperty('i0');
    expect(map).toHaveProperty(`i${PROGRESS_KEPT}`);
  });
});

test('stored text becomes paragraphs at blank lines', () => {
  expect(textParagraphs('One\nline two\n\n  \n\nThree  \n\n')).toEqual(['One\nline two', 'Three']);
});
