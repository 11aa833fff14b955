import { expect, test } from 'vitest';
import { terms } from '../../../../src/core/text/match';
import { otherLanguageTerms } from '../../../../src/core/text/synonyms';

const other = (keyword: string) => otherLanguageTerms(terms(keyword).join(' '));

test.each([
  ['password manager', ['passwortmanager', 'passwort manager', 'gestionnaire de mot de passe']],
  ['Privacy', ['privatsphare', 'datenschutz', 'vie privee']],
  ['neural networks', ['neuronale netze', '神经网络']],
  ['Datenschutz', ['privacy', 'vie privee']],
])('"%s" is also found as %j, in the terms a page’s words become', (keyword, expected) => {
  expect(other(keyword)).toEqual(expect.arrayContaining(expected));
  expect(other(keyword)).not.toContain(terms(keyword).join(' '));
});

test.each(['dbt', 'data', 'Führung', 'suivi'])('"%s" has no other spelling: not listed, or too general', (word) => {
  expect(other(word)).toEqual([]);
});
