import { expect, test } from 'vitest';
import type { Category } from '../../../../src/core/tracking/model';
import { classify, deciding } from '../../../../src/core/tracking/site-rules';
import {
  DEFAULT_SETTINGS,
  defaultRules,
  personRules,
  type TrackingSettings,
} from '../../../../src/core/tracking/settings';
import { withSiteCategory } from '../../../../src/core/tracking/site-category';

const NOW = Date.UTC(2026, 10, 25, 12);
const categoryOf = (s: TrackingSettings, host: string) =>
  classify(host, '/', { managed: [], person: personRules(s, NOW), defaults: defaultRules(s) }).category;

test.each<[string, Partial<TrackingSettings>, string, Category, Partial<TrackingSettings>]>([
  ['a neutral site made a distraction', {}, 'example.com', 'distraction', { distraction: ['example.com'] }],
  ['a neutral site made learning', {}, 'example.com', 'learning', { learning: ['example.com'] }],
  [
    'a listed distraction made learning loses its limit',
    { distraction: ['poker.net'], siteLimits: { 'poker.net': 10 } },
    'poker.net',
    'learning',
    { learning: ['poker.net'], distraction: [], siteLimits: {} },
  ],
  [
    'a listed site made neutral leaves both lists',
    { learning: ['example.com'] },
    'example.com',
    'neutral',
    { learning: [], distraction: [] },
  ],
  ['a built-in game site made neutral is switched off', {}, 'poki.com', 'neutral', { offDefaults: ['poki.com'] }],
  [
    'a built-in learning subdomain made neutral is switched off',
    {},
    'developer.mozilla.org',
    'neutral',
    { offDefaults: ['developer.mozilla.org'] },
  ],
  [
    'a built-in game site made learning is switched off and listed',
    {},
    'poki.com',
    'learning',
    { offDefaults: ['poki.com'], learning: ['poki.com'] },
  ],
  [
    'a switched-off built-in site given its own category back is switched on again, not listed',
    { offDefaults: ['poki.com'], learning: ['poki.com'] },
    'poki.com',
    'distraction',
    { offDefaults: [], learning: [], distraction: [] },
  ],
  [
    'a "today" rule from the card for the same site ends',
    { timed: [{ pattern: 'poki.com', category: 'learning', until: NOW + 3_600_000 }] },
    'poki.com',
    'distraction',
    { timed: [] },
  ],
])('%s', (_, start, pattern, category, expected) => {
  const next = withSiteCategory({ ...DEFAULT_SETTINGS, ...start }, pattern, category);
  expect(next).toMatchObject(expected);
  expect(categoryOf(next, pattern)).toBe(category);
  expect(categoryOf(next, `games.${pattern}`)).toBe(category);
});

test.each([
  ['developer.mozilla.org', { category: 'learning', source: 'default', pattern: 'developer.mozilla.org' }],
  ['www.poki.com', { category: 'distraction', source: 'default', pattern: 'poki.com' }],
  ['games.poki.com', { category: 'distraction', source: 'default', pattern: 'poki.com' }],
  ['mozilla.org', { category: 'neutral', source: null, pattern: null }],
])('the rule deciding %s, which the time report changes', (host, expected) => {
  expect(deciding(host, '/', { managed: [], person: [] })).toEqual(expected);
});

test.each<[Category, Record<string, string[]>]>([
  ['learning', { 'docs.getdbt.com': ['g1'], 'airflow.apache.org': ['g2'] }],
  ['distraction', { 'airflow.apache.org': ['g2'] }],
  ['neutral', { 'airflow.apache.org': ['g2'] }],
])('a learning site that names goals, set to %s, keeps them only as learning', (category, siteGoals) => {
  const start = {
    ...DEFAULT_SETTINGS,
    learning: ['docs.getdbt.com', 'airflow.apache.org'],
    siteGoals: { 'docs.getdbt.com': ['g1'], 'airflow.apache.org': ['g2'] },
  };
  expect(withSiteCategory(start, 'docs.getdbt.com', category).siteGoals).toEqual(siteGoals);
});
