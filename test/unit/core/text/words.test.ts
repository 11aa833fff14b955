import { expect, test } from 'vitest';
import { compoundParts, eachWord, hasNoSpaceScript, words } from '../../../../src/core/text/words';

test.each([
  ['', []],
  ['  \n\t ', []],
  ['Learning in public', ['Learning', 'in', 'public']],
  ["don't stop, well-known snake_case", ["don't", 'stop', 'well-known', 'snake_case']],
  ['’quoted’ -dash', ['quoted’', 'dash']],
  ['c++ c# node.js, end.', ['c', 'c', 'node', 'js', 'end']],
  ['In 2024: 3 things', ['In', '2024', '3', 'things']],
  ['Être à l’écoute', ['Être', 'à', 'l’écoute']],
  ['e\u0301cole', ['e\u0301cole']],
  ['التعلم الذاتي', ['التعلم', 'الذاتي']],
  ['学习React和Vue', ['学习', 'React', '和', 'Vue']],
  ['ラーメン・うどん', ['ラーメン・うどん']],
  ['배우다 공부', ['배우다', '공부']],
  ['ภาษาไทย123', ['ภาษาไทย', '123']],
  ['ພາສາລາວ', ['ພາສາລາວ']],
  ['မြန်မာ', ['မြန်မာ']],
  ['ភាសាខ្មែរ', ['ភាសាខ្មែរ']],
  ['山﨑', ['山﨑']],
])('words(%j)', (text, expected) => {
  expect(words(text)).toEqual(expected);
});

test.each([
  ['c++ and c#', ['c++', 'and', 'c#']],
  ['node.js, end.', ['node.js', 'end.']],
  ['e-mail', ['e-mail']],
])('words(%j, technical)', (text, expected) => {
  expect(words(text, { technical: true })).toEqual(expected);
});

test('the search index set keeps Lao, Myanmar, Khmer and compatibility ideographs as spaced letters', () => {
  expect(words('ພາສາ 山﨑 ไทย', { set: 'searchIndex' })).toEqual(['ພາສາ', '山', '﨑', 'ไทย']);
});

test('eachWord tells runs of no-space scripts from spaced words, in order', () => {
  const seen: [string, boolean][] = [];
  eachWord('学习 React 开发', (word, run) => seen.push([word, run]));
  expect(seen).toEqual([
    ['学习', true],
    ['React', false],
    ['开发', true],
  ]);
});

test.each([
  ['hello world', false],
  ['', false],
  ['Привет', false],
  ['日本', true],
  ['ひらがな', true],
  ['カタカナ', true],
  ['한국어', true],
  ['ไทย', true],
  ['ລາວ', true],
  ['မြန်မာ', true],
  ['ខ្មែរ', true],
  ['豈', true],
  ['mixed 中', true],
])('hasNoSpaceScript(%j) = %s', (text, expected) => {
  expect(hasNoSpaceScript(text)).toBe(expected);
});

test.each([
  ['e-mail', ['e', 'mail']],
  ["don't", ['don', 't']],
  ['snake__case', ['snake', 'case']],
  ['rock-', ['rock']],
  ['plain', ['plain']],
])('compoundParts(%j)', (word, expected) => {
  expect(compoundParts(word)).toEqual(expected);
});
