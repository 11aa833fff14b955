import { describe, expect, test } from 'vitest';
import { preselectedGoal, suggestGoals, type SuggestInput } from '../../../../src/core/goal/suggest';
import { goal } from '../../goal-fixtures';

const GOALS = [
  goal({ id: 'sql', title: 'Get better at SQL', keywords: ['database', 'query planner', 'indexes'], order: 0 }),
  goal({ id: 'speak', title: 'Public speaking', keywords: ['presentation', 'talk', 'storytelling'], order: 1 }),
  goal({ id: 'lead', title: 'Leading a team', keywords: ['management', 'one-on-one', 'feedback'], order: 2 }),
  goal({ id: 'ml-fr', title: 'Apprentissage automatique', keywords: ['réseau de neurones', 'modèle'], order: 3 }),
  goal({ id: 'zh', title: '机器学习', keywords: ['神经网络'], order: 4 }),
  goal({ id: 'old', title: 'Rust', keywords: ['rust', 'borrow checker'], status: 'archived', order: 5 }),
];

const item = (over: Partial<SuggestInput>): SuggestInput => ({
  title: null,
  excerpt: null,
  text: '',
  tags: [],
  ...over,
});

describe('suggestGoals', () => {
  test.each([
    ['a keyword in the title', item({ title: 'How the Postgres query planner uses indexes' }), ['sql'], 'sql'],
    ['the goal’s own word in the title, any case', item({ title: 'Ten sql habits' }), ['sql'], 'sql'],
    ['plural and singular meet', item({ title: 'Better presentations in 10 minutes' }), ['speak'], 'speak'],
    ['a tag the person added', item({ title: 'Notes', tags: ['Feedback'] }), ['lead'], 'lead'],
    [
      'several mentions in the text only: suggested, not pre-selected',
      item({ title: 'Weekly notes', text: 'database '.repeat(3) }),
      ['sql'],
      null,
    ],
    ['no match', item({ title: 'A history of the bicycle', text: 'wheels and chains' }), [], null],
    [
      'French text without accents still matches',
      item({ title: 'Entrainer un reseau de neurones', text: 'un modele simple' }),
      ['ml-fr'],
      'ml-fr',
    ],
    [
      'Chinese text matches a Chinese goal',
      item({ title: '用神经网络做图像分类', text: '机器学习入门' }),
      ['zh'],
      'zh',
    ],
    ['archived goals are never suggested', item({ title: 'The Rust borrow checker explained' }), [], null],
    ['filler words in a goal title do not match', item({ title: 'How to get better at anything' }), [], null],
  ])('%s', (_, input, ranked, preselected) => {
    const suggestions = suggestGoals(input, GOALS);
    expect(suggestions.map((s) => s.goalId)).toEqual(ranked);
    expect(preselectedGoal(suggestions)).toBe(preselected);
  });

  test('ambiguity between two goals: both suggested, the stronger first and pre-selected', () => {
    const suggestions = suggestGoals(
      item({ title: 'Giving a talk about database indexes', text: 'storytelling for engineers' }),
      GOALS,
    );
    expect(suggestions.map((s) => s.goalId)).toEqual(['sql', 'speak']);
    expect(suggestions[0]!.score).toBeGreaterThan(suggestions[1]!.score);
    expect(preselectedGoal(suggestions)).toBe('sql');
  });

  test('an exact tie keeps the person’s order of goals', () => {
    const tied = [
      goal({ id: 'b', title: 'Kotlin', order: 1 }),
      goal({ id: 'a', title: 'Kotlin coroutines', keywords: [], order: 0 }),
    ];
    expect(suggestGoals(item({ title: 'Kotlin' }), tied).map((s) => s.goalId)).toEqual(['a', 'b']);
  });

  test('no goals, no suggestions', () => {
    expect(suggestGoals(item({ title: 'Anything' }), [])).toEqual([]);
    expect(preselectedGoal([])).toBeNull();
  });
});
