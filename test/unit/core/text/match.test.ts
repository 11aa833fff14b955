import { expect, test } from 'vitest';
import { haystack, occurrences, terms, matchWords } from '../../../../src/core/text/match';

test.each([
  ['Queries and indexes', ['query', 'and', 'index']],
  ['C++, C# and Node.js.', ['c++', 'c#', 'and', 'node.j']],
  ['e-mail etiquette', ['e', 'mail', 'etiquette']],
  ['Réseau de neurones', ['reseau', 'de', 'neurone']],
  // Changed when words were given one home: a run of a no-space script is its own word, so
  // Latin words written against it are found ("React" in "学习React"); before, the whole run
  // "学习react" was one word and the goal "React" did not match.
  ['学习React开发', ['学习', 'react', '开发']],
])('matchWords(%j)', (text, expected) => {
  expect(matchWords(text)).toEqual(expected);
});

test('a Latin keyword is found in text written against Chinese', () => {
  expect(occurrences('react', haystack('我们学习React的基础'))).toBe(1);
});

// Changed when the no-space scripts were given one list: Lao, Myanmar and Khmer are written
// without spaces too, so a goal phrase in them is found inside a sentence, as Chinese is.
test.each([
  ['ລາວ', 'ພາສາລາວງາມ'],
  ['ကျောင်း', 'ကျောင်းသားများ'],
  ['រៀន', 'ខ្ញុំរៀនភាសា'],
])('a no-space phrase %j is found inside %j', (phrase, text) => {
  const [term] = terms(phrase);
  expect(occurrences(term!, haystack(text))).toBe(1);
});
