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
      ['ml:tie'],
    ],
    ['Chinese text matches a Chinese keyword', item({ title: '用神经网络做图像分类', text: '神经网络' }), ['zh:tie']],
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
