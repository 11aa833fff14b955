import { addDays } from 'date-fns/addDays';
import { startOfDay } from 'date-fns/startOfDay';
import { normalizePattern } from './site-rules';
import { withPattern, type TrackingSettings } from './settings';

/**
 * "This is learning for me", as the person chose it on the nudge card: just this page or the
 * whole site, for today (until local midnight) or always.
 */
export const LEARNING_WHATS = ['page', 'site'] as const;
export const LEARNING_UNTILS = ['today', 'always'] as const;
export interface LearningScope {
  what: (typeof LEARNING_WHATS)[number];
  until: (typeof LEARNING_UNTILS)[number];
}
/** What the card offered before this choice existed: the whole site, for good. */
export const WHOLE_SITE_ALWAYS: LearningScope = { what: 'site', until: 'always' };

/** What a choice changed, kept with the nudge so Undo puts the settings back exactly. */
export interface LearningChange {
  pattern: string;
  /** When a "today" rule ends (local midnight, epoch ms); null for "always". */
  until: number | null;
  /** Whether the pattern was already on the person's lists before (then Undo leaves it there). */
  wasLearning: boolean;
  wasDistraction: boolean;
}

/** The next local midnight after `now`: a "today" rule ends there (a 23- or 25-hour day too). */
export const endOfToday = (now: number): number => startOfDay(addDays(now, 1)).getTime();

/**
 * The rule pattern a choice names: the site's host, or the host and the page's path (which
 * covers that page and what is below it, never the rest of the site). A site's home page is
 * the site.
 */
export function learningPattern(host: string, path: string, what: LearningScope['what']): string | null {
  if (what === 'site') return normalizePattern(host);
  return normalizePattern(`${host}${path}`);
}

/** Applies a choice to the settings, and says what it changed (for Undo). */
export function applyLearningChoice(
  settings: TrackingSettings,
  pattern: string,
  until: LearningScope['until'],
  now: number,
): { settings: TrackingSettings; change: LearningChange } {
  const change: LearningChange = {
    pattern,
    until: until === 'today' ? endOfToday(now) : null,
    wasLearning: settings.learning.includes(pattern),
    wasDistraction: settings.distraction.includes(pattern),
  };
  const live = settings.timed.filter((r) => r.until > now && r.pattern !== pattern);
  if (change.until === null)
    return { settings: withPattern({ ...settings, timed: live }, pattern, 'learning'), change };
  return {
    settings: { ...settings, timed: [...live, { pattern, category: 'learning', until: change.until }] },
    change,
  };
}

/** Puts the settings back as they were before `change` (whatever else changed since stays). */
export function undoLearningChoice(settings: TrackingSettings, change: LearningChange): TrackingSettings {
  if (change.until !== null) {
    return {
      ...settings,
      timed: settings.timed.filter((r) => !(r.pattern === change.pattern && r.until === change.until)),
    };
  }
  const learning = change.wasLearning ? settings.learning : settings.learning.filter((p) => p !== change.pattern);
  const distraction =
    change.wasDistraction && !settings.distraction.includes(change.pattern)
      ? [...settings.distraction, change.pattern]
      : settings.distraction;
  return { ...settings, learning, distraction };
}
