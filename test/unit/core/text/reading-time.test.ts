import { expect, test } from 'vitest';
import { countText } from '../../../../src/core/text/reading-time';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

test.each([
  ['empty text', '', 0, 0],
  ['white space only', '  \n\t ', 0, 0],
  ['a short note rounds up to one minute', 'Learning in public works.', 4, 1],
  ['230 words is one minute', words(230), 230, 1],
  ['2300 words is ten minutes', words(2300), 2300, 10],
  ['apostrophes and hyphens stay in one word', "don't well-known", 2, 1],
  ['numbers count as words', 'In 2024 we shipped 3 things', 6, 1],
  ['Chinese counts characters', '学习'.repeat(500), 1000, 2],
  ['Japanese counts characters', 'まなぶ'.repeat(500), 1500, 3],
  ['Korean syllables count as characters', '배우다'.repeat(500), 1500, 3],
  ['mixed CJK and Latin add up', `${'学'.repeat(500)} ${words(230)}`, 730, 2],
  ['accented Latin words', 'Être à l’écoute, apprendre déjà', 5, 1],
  ['Arabic words', 'التعلم الذاتي في العمل', 4, 1],
])('%s', (_, text, wordCount, minutes) => {
  expect(countText(text)).toEqual({ wordCount, readingMinutes: minutes });
});
