import { expect, test } from 'vitest';
import { CAPTURE_TEXT_CAP, TEXT_CAP, capText } from '../../../../src/core/text/cap';

test.each([
  ['empty', 0, 0, 0],
  ['short', 10, 10, 0],
  ['exactly the cap', TEXT_CAP, TEXT_CAP, 0],
  ['one over', TEXT_CAP + 1, TEXT_CAP, 1],
  ['what an extractor sends at most', CAPTURE_TEXT_CAP, TEXT_CAP, CAPTURE_TEXT_CAP - TEXT_CAP],
])('capText: %s', (_, length, kept, cut) => {
  const out = capText('x'.repeat(length));
  expect(out.text.length).toBe(kept);
  expect(out.cutChars).toBe(cut);
});

test('an extractor reads past the cap, so a cut can be seen', () => {
  expect(CAPTURE_TEXT_CAP).toBeGreaterThan(TEXT_CAP);
});
