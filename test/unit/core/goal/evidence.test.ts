import { describe, expect, test } from 'vitest';
import {
  answerProposal,
  dampers,
  forgetUntie,
  knownTerms,
  recordHandTie,
  recordUntie,
  strongestWords,
} from '../../../../src/core/goal/evidence';
import type { GoalEvidence } from '../../../../src/core/goal/model';
import { goal } from '../../goal-fixtures';

const ev = (over: Partial<GoalEvidence> = {}): GoalEvidence => ({
  untied: [],
  learned: [],
  proposals: [],
  dismissed: [],
  ...over,
});
const rare = () => 1;

describe('unties', () => {
  test('an untie remembers the item and the terms that matched it; each halves the term again', () => {
    const once = recordUntie(undefined, 'i-1', ['dbt', 'sql', 'dbt']);
    expect(once.untied).toEqual([{ id: 'i-1', terms: ['dbt', 'sql'] }]);
    const twice = recordUntie(once, 'i-2', ['dbt']);
    expect(dampers(goal({ id: 'g', title: 'G', evidence: twice }))).toEqual(
      new Map([
        ['dbt', 0.25],
        ['sql', 0.5],
      ]),
    );
  });

  test('untying the same item again replaces its lesson, never doubles it', () => {
    const again = recordUntie(recordUntie(undefined, 'i-1', ['dbt']), 'i-1', ['dbt']);
    expect(again.untied).toHaveLength(1);
  });

  test('tying it again takes the lesson back whole; an item never untied changes nothing', () => {
    const untied = recordUntie(ev(), 'i-1', ['dbt']);
    expect(forgetUntie(untied, 'i-1')).toEqual(ev());
    expect(forgetUntie(untied, 'i-9')).toBeNull();
    expect(forgetUntie(undefined, 'i-1')).toBeNull();
  });

  test('only the latest unties are kept', () => {
    let e = ev();
    for (let i = 0; i < 310; i++) e = recordUntie(e, `i-${i}`, ['x']);
    expect(e.untied).toHaveLength(300);
    expect(e.untied[0]!.id).toBe('i-10');
  });
});

describe('strongestWords', () => {
  const dbt = {
    title: 'How we test dbt models at Acme',
    excerpt: 'Snapshot tests for every dbt model, with Kafka in front',
    text: 'dbt dbt dbt Kafka the data models',
    tags: ['analytics'],
  };

  test.each([
    [
      'title words first; filler (“how”, “we”), general words and numbers never',
      dbt,
      new Set<string>(),
      ['dbt', 'models', 'test', 'Acme'],
    ],
    [
      'words the goal has already are left out',
      dbt,
      new Set(['dbt', 'test']),
      ['models', 'Acme', 'analytics', 'Kafka'],
    ],
    [
      'general words alone are never strong',
      { title: 'Data engineering in 2026', excerpt: null, text: '', tags: [] },
      new Set<string>(),
      [],
    ],
  ])('%s', (_, item, exclude, expected) => {
    expect(strongestWords(item, rare, exclude, 4).map((w) => w.label)).toEqual(expected);
  });

  test('a word most of the library has is not strong', () => {
    const weigh = (term: string) => (term === 'model' ? 0.1 : 1);
    expect(strongestWords(dbt, weigh, new Set(), 3).map((w) => w.label)).not.toContain('models');
  });
});

describe('hand ties and proposals', () => {
  const words = [
    { term: 'dbt', label: 'dbt', score: 4 },
    { term: 'kafka', label: 'Kafka', score: 3 },
    { term: 'snapshot', label: 'Snapshot', score: 1 },
  ];

  test.each([
    ['proposes the two strongest words not yet keywords', goal({ id: 'g', title: 'G' }), ['dbt', 'Kafka']],
    ['never a keyword it has', goal({ id: 'g', title: 'G', keywords: ['DBT'] }), ['Kafka', 'Snapshot']],
    [
      'never a word the person declined',
      goal({ id: 'g', title: 'G', evidence: ev({ dismissed: ['kafka'] }) }),
      ['dbt', 'Snapshot'],
    ],
    [
      'new proposals first, earlier ones kept up to three',
      goal({ id: 'g', title: 'G', evidence: ev({ proposals: ['Airflow', 'dbt'] }) }),
      ['dbt', 'Kafka', 'Airflow'],
    ],
  ])('%s', (_, g, expected) => {
    expect(recordHandTie(g, words).proposals).toEqual(expected);
  });

  test('a hand tie learns the item’s words once each', () => {
    const g = goal({ id: 'g', title: 'G', evidence: ev({ learned: ['dbt'] }) });
    expect(recordHandTie(g, words).learned).toEqual(['dbt', 'Kafka', 'Snapshot']);
  });

  test.each([
    ['accepted: a keyword, out of the proposals', true, ['SQL', 'dbt'], ['Kafka'], []],
    ['declined: never proposed again', false, ['SQL'], ['Kafka'], ['dbt']],
  ])('%s', (_, accept, keywords, proposals, dismissed) => {
    const g = goal({ id: 'g', title: 'G', keywords: ['SQL'], evidence: ev({ proposals: ['dbt', 'Kafka'] }) });
    const answer = answerProposal(g, 'dbt', accept, 30);
    expect(answer.keywords).toEqual(keywords);
    expect(answer.evidence).toMatchObject({ proposals, dismissed });
    expect(knownTerms({ ...g, ...answer }).has('dbt')).toBe(true);
  });

  test('no keyword beyond the limit', () => {
    const g = goal({ id: 'g', title: 'G', keywords: ['a', 'b'], evidence: ev({ proposals: ['dbt'] }) });
    expect(answerProposal(g, 'dbt', true, 2).keywords).toEqual(['a', 'b']);
  });
});
