import { describe, expect, test } from 'vitest';
import {
  autoTiedGoals,
  rarity,
  suggestGoals,
  termsToWeigh,
  type DocFrequencies,
  type SuggestInput,
} from '../../../../src/core/goal/suggest';
import { goal } from '../../goal-fixtures';

const GOALS = [
  goal({ id: 'data', title: 'Get better at data engineering', keywords: ['dbt', 'SQL', 'data pipelines'], order: 0 }),
  goal({ id: 'speak', title: 'Public speaking', keywords: [], order: 1 }),
  goal({ id: 'ml', title: 'Machine learning', keywords: ['machine learning', 'neural networks'], order: 2 }),
  goal({ id: 'zh', title: '机器学习', keywords: ['神经网络'], order: 3 }),
  goal({ id: 'old', title: 'Rust', keywords: ['rust', 'borrow checker'], status: 'archived', order: 4 }),
];

const item = (over: Partial<SuggestInput>): SuggestInput => ({
  title: null,
  excerpt: null,
  text: '',
  tags: [],
  ...over,
});
const judge = (input: SuggestInput, freq?: DocFrequencies) =>
  suggestGoals(input, GOALS, freq).map((s) => `${s.goalId}:${s.tie ? 'tie' : 'suggest'}`);

describe('suggestGoals: ties only on clear evidence', () => {
  test.each([
    [
      'a keyword in the title, confirmed by the text',
      item({ title: 'dbt in a week', text: 'We model with dbt.' }),
      ['data:tie'],
    ],
    [
      'a keyword in a tag, confirmed by the text',
      item({ title: 'Notes', tags: ['SQL'], text: 'a sql join' }),
      ['data:tie'],
    ],
    [
      'a keyword in the title the text never mentions: only suggested',
      item({ title: 'Replace javascript: SQL links', text: 'abc def' }),
      ['data:suggest'],
    ],
    [
      'several distinct keywords in the text',
      item({ title: 'Weekly notes', text: 'dbt dbt and SQL, SQL' }),
      ['data:tie'],
    ],
    [
      'one keyword once in the text: only suggested',
      item({ title: 'Weekly notes', text: 'we also used SQL' }),
      ['data:suggest'],
    ],
    [
      'the goal’s title words are not keywords',
      item({ title: 'Stack Overflow data shows engineering demand', text: 'data data engineering' }),
      ['data:suggest'],
    ],
    [
      'a goal without keywords is never tied, only suggested from its title',
      item({ title: 'Public speaking for beginners' }),
      ['speak:suggest'],
    ],
    [
      'a multi-word keyword is a phrase, not its words',
      item({ title: 'Machine shop safety', text: 'learning the machine' }),
      ['ml:suggest'],
    ],
    [
      'the phrase itself ties',
      item({ title: 'Machine learning in a nutshell', text: 'neural networks and machine learning' }),
      // The Chinese goal's 神经网络 is "neural networks" in the text: only suggested, as any text match.
      ['ml:tie', 'zh:suggest'],
    ],
    // The English goal's "neural networks", written in Chinese, in the title and the text.
    [
      'Chinese text matches a Chinese keyword',
      item({ title: '用神经网络做图像分类', text: '神经网络' }),
      ['ml:tie', 'zh:tie'],
    ],
    [
      'a German page names an English keyword in its own words (compound, plural, umlaut)',
      item({ title: 'Neuronale Netze verstehen', text: 'Wie neuronale Netze lernen; Maschinelles Lernen im Alltag.' }),
      // The Chinese goal's 神经网络 is the same topic.
      ['ml:tie', 'zh:tie'],
    ],
    [
      'a French page too, accents folded',
      item({ title: 'Réseaux de neurones', text: 'Les réseaux de neurones et l’apprentissage automatique.' }),
      ['ml:tie', 'zh:tie'],
    ],
    [
      'a German word that only shares letters with a keyword is nothing',
      item({ title: 'Netzwerk und Lernen', text: 'Lernen im Netzwerk der Kollegen' }),
      [],
    ],
    [
      'a general title word alone suggests nothing (the issue’s precision case)',
      item({ title: 'Stack Overflow Jobs Data Shows ReactJS Skills in High Demand', text: 'data' }),
      [],
    ],
    ['archived goals are never suggested', item({ title: 'The Rust borrow checker', text: 'rust' }), []],
    ['no match', item({ title: 'A history of the bicycle', text: 'wheels and chains' }), []],
  ])('%s', (_, input, expected) => {
    expect(judge(input)).toEqual(expected);
  });

  test('a keyword most of the library contains is weak evidence', () => {
    const input = item({ title: 'SQL in our team', text: 'SQL everywhere' });
    expect(judge(input)).toEqual(['data:tie']);
    const common: DocFrequencies = { docs: 100, df: new Map([['sql', 90]]) };
    expect(judge(input, common)).toEqual([]);
    const rare: DocFrequencies = { docs: 100, df: new Map([['sql', 3]]) };
    expect(judge(input, rare)).toEqual(['data:tie']);
  });

  test('a suggestion says why, in the person’s own words', () => {
    const [s] = suggestGoals(item({ title: 'Notes', text: 'dbt and SQL' }), GOALS);
    expect(s!.matched).toEqual(['dbt', 'SQL']);
  });

  test('auto-tied goals are those with a tie; suggestions never are', () => {
    const s = suggestGoals(item({ title: 'dbt and machine learning', text: 'dbt, machine learning' }), GOALS);
    expect(autoTiedGoals(s).sort()).toEqual(['data', 'ml']);
    expect(autoTiedGoals(suggestGoals(item({ title: 'Public speaking' }), GOALS))).toEqual([]);
  });
});

describe('suggestGoals: what the person’s ties taught', () => {
  const sql = item({ title: 'dbt in a week', text: 'We model with dbt and SQL.' });
  test('an untied item is never tied nor suggested to that goal again; other items still are', () => {
    const taught = goal({
      ...GOALS[0]!,
      evidence: { untied: [{ id: 'i-1', terms: ['dbt'] }], learned: [], proposals: [], dismissed: [] },
    });
    expect(suggestGoals({ ...sql, id: 'i-1' }, [taught])).toEqual([]);
    expect(suggestGoals({ ...sql, id: 'i-2' }, [taught]).map((s) => s.goalId)).toEqual(['data']);
  });

  test.each([
    ['no untie', [], 'tie'],
    ['one untie halves dbt: still a tie with SQL beside it', [['dbt']], 'tie'],
    ['two unties of dbt: a lone dbt only suggests', [['dbt'], ['dbt']], 'suggest'],
  ])('the words of an untie weigh less for that goal: %s', (_, untiedTerms, expected) => {
    const untied = untiedTerms.map((terms, i) => ({ id: `old-${i}`, terms }));
    const taught = goal({ ...GOALS[0]!, evidence: { untied, learned: [], proposals: [], dismissed: [] } });
    const lone = item({ id: 'new', title: 'dbt in a week', text: 'We model with dbt, dbt and dbt.' });
    const [s] = suggestGoals(lone, [taught]);
    expect(s ? (s.tie ? 'tie' : 'suggest') : 'none').toBe(expected);
  });

  test.each([
    ['a learned word in the title', item({ title: 'Stage fright: breathing before a keynote' }), ['speak:suggest']],
    ['a learned word only once in the text: nothing', item({ title: 'Notes', text: 'a keynote' }), []],
    ['a general title word alone: nothing', item({ title: 'The data team’s offsite' }), []],
  ])('a goal without keywords is suggested from its hand-tied items’ words: %s', (_, input, expected) => {
    const speaking = goal({
      id: 'speak',
      title: 'Public speaking',
      evidence: { untied: [], learned: ['keynote', 'stage'], proposals: [], dismissed: [] },
    });
    const data = goal({ id: 'data', title: 'Get better at data engineering', order: 1 });
    expect(suggestGoals(input, [speaking, data]).map((s) => `${s.goalId}:${s.tie ? 'tie' : 'suggest'}`)).toEqual(
      expected,
    );
  });
});

describe('rarity', () => {
  test.each([
    ['no frequencies', undefined, 1],
    ['a small library says nothing', { docs: 10, df: new Map([['x', 10]]) }, 1],
    ['in one item of twenty', { docs: 100, df: new Map([['x', 5]]) }, 1],
    ['in every item', { docs: 100, df: new Map([['x', 100]]) }, 0],
  ])('%s', (_, freq, expected) => {
    expect(rarity('x', freq)).toBeCloseTo(expected, 5);
  });

  test('the terms to weigh are the active goals’ keywords and title words', () => {
    expect(termsToWeigh(GOALS)).toEqual(
      expect.arrayContaining(['dbt', 'sql', 'data pipeline', 'machine learn', 'public']),
    );
    expect(termsToWeigh(GOALS)).not.toContain('rust');
  });
});
