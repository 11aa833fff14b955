import type { Category } from './model';
import { DEFAULT_RULES } from './site-rules';
import type { TrackingSettings } from './settings';

/**
 * The settings with `pattern` in `category` from now on, as the time report's category picker
 * sets it: out of both lists first; a built-in rule for the same pattern is switched off when
 * it says otherwise and back on when it agrees; neutral is the absence of a listed rule. Its
 * per-site limit goes when it stops being a distraction, its goals when it stops being learning.
 */
export function withSiteCategory(settings: TrackingSettings, pattern: string, category: Category): TrackingSettings {
  const builtIn = DEFAULT_RULES.find((r) => r.pattern === pattern);
  const offDefaults = settings.offDefaults.filter((p) => p !== pattern);
  const next: TrackingSettings = {
    ...settings,
    learning: settings.learning.filter((p) => p !== pattern),
    distraction: settings.distraction.filter((p) => p !== pattern),
    // A choice made here is for good: "today" rules from the card for the same pattern end.
    timed: settings.timed.filter((r) => r.pattern !== pattern),
    offDefaults: builtIn && builtIn.category !== category ? [...offDefaults, pattern] : offDefaults,
  };
  if (category !== 'distraction') {
    const { [pattern]: _, ...siteLimits } = settings.siteLimits;
    next.siteLimits = siteLimits;
  }
  if (category !== 'learning') {
    // Only a learning site counts toward goals.
    const { [pattern]: _, ...siteGoals } = settings.siteGoals;
    next.siteGoals = siteGoals;
  }
  if (category !== 'neutral' && builtIn?.category !== category) next[category] = [...next[category], pattern];
  return next;
}
