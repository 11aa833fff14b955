import { oneOf } from '../one-of';
import { CATEGORIES, type ListedCategory } from './model';
import { DEFAULT_RULES, normalizePattern, type SiteRule } from './site-rules';
import { parseSchedule, type Schedule } from '../nudge/schedule';

/**
 * The person's time settings, kept in `storage.sync`. Lists hold rule patterns (see
 * site-rules.ts); limits are minutes per day.
 */
export interface TrackingSettings {
  learning: string[];
  distraction: string[];
  /** Daily budget for all distraction sites together, in minutes. */
  dailyBudgetMinutes: number;
  /** Optional per-site daily limits, by rule pattern, in minutes. */
  siteLimits: Record<string, number>;
  /** While true nothing is tracked and no nudge is shown. */
  paused: boolean;
  /** Rules that end at a set time ("this page is learning, today"), newest last. */
  timed: TimedRule[];
  /** Built-in rules the person turned off (their patterns). */
  offDefaults: string[];
  /** When the daily budget applies (and the budget outside it); null: all day, every day. */
  schedule: Schedule | null;
  /** How a spent budget is told: the card in the page, a system notification, or not at all. */
  nudgeStyle: NudgeStyle;
  /** Opt-in: learning done adds play minutes to today's budget at the person's rate. */
  earnedLeisure: EarnedLeisure | null;
  /**
   * Goals a learning site counts toward, by pattern of the learning list (`docs.getdbt.com` →
   * the id of "Data engineering"). Absent in settings from before it: no site names a goal.
   */
  siteGoals: Record<string, string[]>;
}

export const NUDGE_STYLES = ['card', 'notification', 'off'] as const;
export type NudgeStyle = (typeof NUDGE_STYLES)[number];

/** `playMinutes` of play earned for every `learningMinutes` of learning (10 → 5). */
export interface EarnedLeisure {
  learningMinutes: number;
  playMinutes: number;
}

/** A rule until a moment (epoch ms), from the nudge card's "today" choice. */
interface TimedRule extends SiteRule {
  until: number;
}

export const DEFAULT_SETTINGS: TrackingSettings = {
  learning: [],
  distraction: [],
  dailyBudgetMinutes: 30,
  siteLimits: {},
  paused: false,
  timed: [],
  offDefaults: [],
  schedule: null,
  nudgeStyle: 'card',
  earnedLeisure: null,
  siteGoals: {},
};

const MAX_BUDGET_MINUTES = 24 * 60;
const MAX_LIST_LENGTH = 500;

/** A whole number of minutes from 1 to a day, or null. */
export function validMinutes(value: unknown): number | null {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > MAX_BUDGET_MINUTES) return null;
  return n;
}

function patternList(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const out = new Set<string>();
  for (const entry of value.slice(0, MAX_LIST_LENGTH)) {
    const pattern = typeof entry === 'string' ? normalizePattern(entry) : null;
    if (pattern) out.add(pattern);
  }
  return [...out];
}

/**
 * Settings as read from storage, where anything may be (an older version, another device, a
 * hand edit): keeps what is valid, falls back to defaults for the rest.
 */
export function parseSettings(raw: unknown): TrackingSettings {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const limits: Record<string, number> = {};
  if (typeof r.siteLimits === 'object' && r.siteLimits !== null) {
    for (const [key, minutes] of Object.entries(r.siteLimits).slice(0, MAX_LIST_LENGTH)) {
      const pattern = normalizePattern(key);
      const valid = validMinutes(minutes);
      if (pattern && valid !== null) limits[pattern] = valid;
    }
  }
  const learning = patternList(r.learning);
  return {
    learning,
    // A site in both lists is learning: the person's kinder reading wins.
    distraction: patternList(r.distraction).filter((p) => !learning.includes(p)),
    dailyBudgetMinutes: validMinutes(r.dailyBudgetMinutes) ?? DEFAULT_SETTINGS.dailyBudgetMinutes,
    siteLimits: limits,
    paused: r.paused === true,
    timed: timedRules(r.timed),
    offDefaults: Array.isArray(r.offDefaults)
      ? DEFAULT_RULES.map((rule) => rule.pattern).filter((p) => (r.offDefaults as unknown[]).includes(p))
      : [],
    schedule: parseSchedule(r.schedule, validMinutes),
    nudgeStyle: oneOf(NUDGE_STYLES, r.nudgeStyle) ? r.nudgeStyle : 'card',
    earnedLeisure: parseEarnedLeisure(r.earnedLeisure),
    siteGoals: parseSiteGoals(r.siteGoals, learning),
  };
}

const MAX_GOALS_PER_SITE = 50;

/** The built-in learning sites (hosts, not host and path) that may name goals, by override. */
const DEFAULT_GOAL_SITES = DEFAULT_RULES.filter((r) => r.category === 'learning' && !r.pattern.includes('/')).map(
  (r) => r.pattern,
);

/** Whether a built-in learning site can name goals: its row on the Sites page offers them. */
export const isDefaultGoalSite = (pattern: string) => DEFAULT_GOAL_SITES.includes(pattern);

/**
 * The learning rules whose time may count toward goals: the person's learning sites and the
 * built-in ones left on, hosts only (time is kept per host, so a path rule cannot name a share).
 */
export function goalSiteRules(settings: { learning: readonly string[]; offDefaults?: readonly string[] }): SiteRule[] {
  const off = settings.offDefaults ?? [];
  const patterns = new Set([...settings.learning, ...DEFAULT_GOAL_SITES.filter((p) => !off.includes(p))]);
  return [...patterns].filter((p) => !p.includes('/')).map((pattern) => ({ pattern, category: 'learning' }));
}

/**
 * Goal ids by learning pattern: only patterns still on the learning list, or built-in learning
 * sites (whose goals are an override kept here), keep their goals.
 */
function parseSiteGoals(raw: unknown, learning: readonly string[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return out;
  for (const [key, ids] of Object.entries(raw).slice(0, MAX_LIST_LENGTH)) {
    const pattern = normalizePattern(key);
    if (!pattern || !(learning.includes(pattern) || isDefaultGoalSite(pattern)) || !Array.isArray(ids)) continue;
    const clean = [
      ...new Set(ids.filter((id): id is string => typeof id === 'string' && id.length > 0 && id.length <= 100)),
    ];
    if (clean.length) out[pattern] = clean.slice(0, MAX_GOALS_PER_SITE);
  }
  return out;
}

function parseEarnedLeisure(raw: unknown): EarnedLeisure | null {
  const { learningMinutes, playMinutes } = (raw ?? {}) as Record<string, unknown>;
  const learning = validMinutes(learningMinutes);
  const play = validMinutes(playMinutes);
  return learning !== null && play !== null ? { learningMinutes: learning, playMinutes: play } : null;
}

function timedRules(value: unknown): TimedRule[] {
  if (!Array.isArray(value)) return [];
  const rules: TimedRule[] = [];
  for (const entry of value.slice(-MAX_LIST_LENGTH)) {
    const { pattern, category, until } = (entry ?? {}) as Record<string, unknown>;
    const normal = typeof pattern === 'string' ? normalizePattern(pattern) : null;
    if (normal && oneOf(CATEGORIES, category) && typeof until === 'number' && Number.isFinite(until)) {
      rules.push({ pattern: normal, category, until });
    }
  }
  return rules;
}

/**
 * The person's rules at `now`: the timed rules still running first (so "this site is learning,
 * today" wins over the same site on a list), then the lists.
 */
export function personRules(settings: TrackingSettings, now: number): SiteRule[] {
  return [
    ...settings.timed.filter((r) => r.until > now).map(({ pattern, category }) => ({ pattern, category })),
    ...settings.learning.map((pattern) => ({ pattern, category: 'learning' as const })),
    ...settings.distraction.map((pattern) => ({ pattern, category: 'distraction' as const })),
  ];
}

/** The built-in rules the person keeps on. */
export function defaultRules(settings: TrackingSettings): SiteRule[] {
  return DEFAULT_RULES.filter((rule) => !settings.offDefaults.includes(rule.pattern));
}

/** Rules from an organisation's policy (`storage.managed`), validated; bad entries are dropped. */
export function parseManagedRules(raw: unknown): SiteRule[] {
  if (!Array.isArray(raw)) return [];
  const rules: SiteRule[] = [];
  for (const entry of raw.slice(0, MAX_LIST_LENGTH)) {
    const { pattern, category } = (entry ?? {}) as { pattern?: unknown; category?: unknown };
    const normal = typeof pattern === 'string' ? normalizePattern(pattern) : null;
    if (normal && oneOf(CATEGORIES, category)) rules.push({ pattern: normal, category });
  }
  return rules;
}

/** Moves a pattern to one list (removing it from the other), for "this is learning for me". */
export function withPattern(settings: TrackingSettings, pattern: string, list: ListedCategory): TrackingSettings {
  const other = list === 'learning' ? 'distraction' : 'learning';
  return {
    ...settings,
    [list]: settings[list].includes(pattern) ? settings[list] : [...settings[list], pattern],
    [other]: settings[other].filter((p) => p !== pattern),
  };
}
