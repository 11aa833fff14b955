import { describe, expect, test } from 'vitest';
import { classify, normalizePattern } from '../../../../src/core/tracking/site-rules';
import {
  defaultRules,
  parseManagedRules,
  parseSettings,
  personRules,
  withPattern,
  DEFAULT_SETTINGS,
} from '../../../../src/core/tracking/settings';

describe('classify', () => {
  const none = { managed: [], person: [] };
  test.each([
    ['developer.mozilla.org', '/en-US/docs/Web', none, 'learning', 'default'],
    ['www.coursera.org', '/learn/sql', none, 'learning', 'default'],
    ['www.linkedin.com', '/learning/sql-basics', none, 'learning', 'default'],
    ['www.linkedin.com', '/learningfoo', none, 'neutral', null],
    ['www.linkedin.com', '/feed/', none, 'neutral', 'default'],
    ['x.com', '/home', none, 'neutral', null],
    ['www.farmville.com', '/play', none, 'distraction', 'default'],
    ['games.poki.com', '/', none, 'distraction', 'default'],
    ['notpoki.com', '/', none, 'neutral', null],
    ['stackoverflow.com', '/questions/1', none, 'neutral', null],
    [
      'farmville.com',
      '/',
      { managed: [], person: [{ pattern: 'farmville.com', category: 'learning' as const }] },
      'learning',
      'person',
    ],
    [
      'x.com',
      '/',
      { managed: [], person: [{ pattern: 'x.com', category: 'distraction' as const }] },
      'distraction',
      'person',
    ],
    [
      'x.com',
      '/',
      {
        managed: [{ pattern: 'x.com', category: 'learning' as const }],
        person: [{ pattern: 'x.com', category: 'distraction' as const }],
      },
      'learning',
      'managed',
    ],
    [
      'www.youtube.com',
      '/watch',
      {
        managed: [],
        person: [
          { pattern: 'youtube.com', category: 'distraction' as const },
          { pattern: 'youtube.com/watch', category: 'learning' as const },
        ],
      },
      'learning',
      'person',
    ],
  ])('%s%s', (host, path, layers, category, source) => {
    expect(classify(host, path, layers)).toEqual({ category, source });
  });
});

describe('patterns and settings', () => {
  test.each([
    ['farmville.com', 'farmville.com'],
    ['  https://www.Poki.com/games/ ', 'poki.com/games'],
    ['linkedin.com/learning/', 'linkedin.com/learning'],
    ['http://example.org', 'example.org'],
    ['', null],
    ['not a site', null],
    ['javascript:alert(1)', null],
    ['chrome://settings', null],
    ['localhost', 'localhost'],
  ])('normalizePattern(%j) = %j', (input, expected) => {
    expect(normalizePattern(input)).toBe(expected);
  });

  test('stored settings are validated field by field', () => {
    expect(
      parseSettings({
        learning: ['Docs.example.org/', 7, 'bad site'],
        distraction: ['poki.com', 'docs.example.org'],
        dailyBudgetMinutes: -3,
        siteLimits: { 'poki.com': 10, 'x.com': 'lots' },
        paused: 'yes',
        offDefaults: ['poki.com', 'unknown.example', 7],
        timed: [
          { pattern: 'Poki.com/games/x/', category: 'learning', until: 5 },
          { pattern: 'poki.com', category: 'learning', until: 'tomorrow' },
          { pattern: 'bad site', category: 'learning', until: 5 },
          { pattern: 'poki.com', category: 'fun', until: 5 },
        ],
        nudgeStyle: 'loud',
        earnedLeisure: { learningMinutes: 10, playMinutes: 0 },
      }),
    ).toEqual({
      learning: ['docs.example.org'],
      distraction: ['poki.com'],
      dailyBudgetMinutes: 30,
      siteLimits: { 'poki.com': 10 },
      paused: false,
      timed: [{ pattern: 'poki.com/games/x', category: 'learning', until: 5 }],
      offDefaults: ['poki.com'],
      schedule: null,
      nudgeStyle: 'card',
      earnedLeisure: null,
      siteGoals: {},
    });
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(
      parseSettings({ nudgeStyle: 'notification', earnedLeisure: { learningMinutes: '10', playMinutes: 5 } }),
    ).toMatchObject({ nudgeStyle: 'notification', earnedLeisure: { learningMinutes: 10, playMinutes: 5 } });
  });

  test.each([
    ['settings from before site goals: none', {}, {}],
    ['a learning site names goals', { 'docs.getdbt.com': ['g1', 'g2'] }, { 'docs.getdbt.com': ['g1', 'g2'] }],
    [
      'the pattern is normalised as the lists are',
      { 'https://www.Docs.getdbt.com/': ['g1'] },
      { 'docs.getdbt.com': ['g1'] },
    ],
    ['a site not on the learning list keeps no goals', { 'poki.com': ['g1'] }, {}],
    [
      'a built-in learning site keeps its goals as an override',
      { 'developer.mozilla.org': ['g1'] },
      { 'developer.mozilla.org': ['g1'] },
    ],
    ['a built-in rule with a path names none', { 'linkedin.com/learning': ['g1'] }, {}],
    [
      'ids are deduplicated, non-strings and empties dropped',
      { 'docs.getdbt.com': ['g1', 'g1', 3, ''] },
      { 'docs.getdbt.com': ['g1'] },
    ],
    ['no goals left: no entry', { 'docs.getdbt.com': [] }, {}],
    ['not a map: none', ['docs.getdbt.com'], {}],
  ])('siteGoals (backups and storage pass here): %s', (_, siteGoals, expected) => {
    const s = parseSettings({ learning: ['docs.getdbt.com'], distraction: ['poki.com'], siteGoals });
    expect(s.siteGoals).toEqual(expected);
  });

  test('"this is learning" moves a site from one list to the other', () => {
    const s = withPattern({ ...DEFAULT_SETTINGS, distraction: ['poki.com'] }, 'poki.com', 'learning');
    expect([s.learning, s.distraction]).toEqual([['poki.com'], []]);
    expect(personRules(s, 0)).toEqual([{ pattern: 'poki.com', category: 'learning' }]);
  });

  test('a built-in rule turned off no longer classifies; the others still do', () => {
    const s = { ...DEFAULT_SETTINGS, offDefaults: ['farmville.com'] };
    const layers = { managed: [], person: personRules(s, 0), defaults: defaultRules(s) };
    expect(classify('farmville.com', '/', layers).category).toBe('neutral');
    expect(classify('poki.com', '/', layers).category).toBe('distraction');
    expect(defaultRules(DEFAULT_SETTINGS)).toHaveLength(defaultRules(s).length + 1);
  });

  test('managed rules keep only valid entries', () => {
    expect(
      parseManagedRules([
        { pattern: 'Intranet.example/Learn', category: 'learning' },
        { pattern: 'x.com', category: 'bad' },
        null,
        'x',
      ]),
    ).toEqual([{ pattern: 'intranet.example/learn', category: 'learning' }]);
    expect(parseManagedRules({})).toEqual([]);
  });
});
