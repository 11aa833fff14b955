import { httpUrl } from '../item/url';
import type { Category } from './model';

/**
 * A site rule: a host (`farmville.com`, which also covers its subdomains) or a host and path
 * prefix (`linkedin.com/learning`), and the category it gives to pages it matches.
 */
export interface SiteRule {
  pattern: string;
  category: Category;
}

/** Where a rule came from, highest precedence first. */
export type RuleSource = 'managed' | 'person' | 'default';

/** Course and documentation sites. Stack Overflow is left neutral: it is often a detour. */
const DEFAULT_LEARNING = [
  'developer.mozilla.org',
  'docs.python.org',
  'learn.microsoft.com',
  'coursera.org',
  'edx.org',
  'khanacademy.org',
  'udemy.com',
  'pluralsight.com',
  'freecodecamp.org',
  'w3schools.com',
  'linkedin.com/learning',
];
/** Browser-game sites. Social networks are not here on purpose: they are learning sources too. */
const DEFAULT_DISTRACTION = [
  'farmville.com',
  'zynga.com',
  'miniclip.com',
  'poki.com',
  'crazygames.com',
  'friv.com',
  'kongregate.com',
];

export const DEFAULT_RULES: readonly SiteRule[] = [
  ...DEFAULT_LEARNING.map((pattern) => ({ pattern, category: 'learning' as const })),
  ...DEFAULT_DISTRACTION.map((pattern) => ({ pattern, category: 'distraction' as const })),
  // The feed is neutral even when someone marks the rest of LinkedIn otherwise by default.
  { pattern: 'linkedin.com/feed', category: 'neutral' },
];

/**
 * Turns what a person typed (`https://www.Poki.com/games/`, `poki.com`) into a rule pattern,
 * or null when it names no host. `www.` is dropped: a rule for a host covers its subdomains.
 */
export function normalizePattern(input: string): string | null {
  const text = input.trim().toLowerCase();
  if (!text) return null;
  const url = httpUrl(/^[a-z][a-z0-9+.-]*:\/\//.test(text) ? text : `https://${text}`);
  if (!url) return null;
  const host = url.hostname.replace(/^www\./, '').replace(/\.$/, '');
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host) && host !== 'localhost') return null;
  const path = url.pathname.replace(/\/+$/, '');
  return path ? `${host}${path}` : host;
}

/** Host of a rule pattern (`linkedin.com/learning` → `linkedin.com`). */
export const patternHost = (pattern: string): string => pattern.split('/')[0] ?? pattern;

/** How specific the match of `pattern` on (host, path) is, or -1 when it does not match. */
function matchLength(pattern: string, host: string, path: string): number {
  const slash = pattern.indexOf('/');
  const ruleHost = slash < 0 ? pattern : pattern.slice(0, slash);
  const rulePath = slash < 0 ? '' : pattern.slice(slash);
  if (host !== ruleHost && !host.endsWith(`.${ruleHost}`)) return -1;
  // A path prefix matches whole segments: `/learning` covers `/learning/x`, not `/learningfoo`.
  if (rulePath && path !== rulePath && !path.startsWith(`${rulePath}/`)) return -1;
  return pattern.length;
}

/** The most specific rule of one list matching the page, or null. */
export function matchRule(rules: readonly SiteRule[], host: string, path: string): SiteRule | null {
  let best: SiteRule | null = null;
  let bestLength = -1;
  for (const rule of rules) {
    const length = matchLength(rule.pattern, host, path);
    if (length > bestLength) [best, bestLength] = [rule, length];
  }
  return best;
}

export interface RuleLayers {
  managed: readonly SiteRule[];
  person: readonly SiteRule[];
  defaults?: readonly SiteRule[];
}

/**
 * The category of a page: the organisation's rules first, then the person's, then defaults;
 * the first layer with a match decides (so a person's rule beats a more specific default, and
 * nobody but the organisation can override the organisation). Everything else is neutral.
 */
export function classify(
  host: string,
  path: string,
  layers: RuleLayers,
): { category: Category; source: RuleSource | null } {
  const { category, source } = deciding(host, path, layers);
  return { category, source };
}

/** What `classify` says and the pattern of the rule that decided it (null: no rule, neutral). */
export function deciding(
  host: string,
  path: string,
  layers: RuleLayers,
): { category: Category; source: RuleSource | null; pattern: string | null } {
  const order: [RuleSource, readonly SiteRule[]][] = [
    ['managed', layers.managed],
    ['person', layers.person],
    ['default', layers.defaults ?? DEFAULT_RULES],
  ];
  const h = host.toLowerCase().replace(/^www\./, '');
  for (const [source, rules] of order) {
    const rule = matchRule(rules, h, path);
    if (rule) return { category: rule.category, source, pattern: rule.pattern };
  }
  return { category: 'neutral', source: null, pattern: null };
}
