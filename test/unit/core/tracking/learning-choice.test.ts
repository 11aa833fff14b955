// "This is learning for me" from the nudge card: this page or the whole site, today or always,
// and its Undo. TZ is Europe/London (vitest.config.ts), so days of 23 and 25 hours are covered.
import { describe, expect, test } from 'vitest';
import {
  applyLearningChoice,
  endOfToday,
  learningPattern,
  undoLearningChoice,
} from '../../../../src/core/tracking/learning-choice';
import { classify } from '../../../../src/core/tracking/site-rules';
import { DEFAULT_SETTINGS, personRules, type TrackingSettings } from '../../../../src/core/tracking/settings';

const local = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min).getTime();
const categoryAt = (settings: TrackingSettings, host: string, path: string, now: number) =>
  classify(host, path, { managed: [], person: personRules(settings, now) }).category;

describe('endOfToday: a "today" rule ends at the next local midnight', () => {
  test.each([
    ['an ordinary afternoon', local(2026, 11, 25, 15), local(2026, 11, 26)],
    ['a minute before midnight', local(2026, 11, 25, 23, 59), local(2026, 11, 26)],
    ['just after midnight (a whole day left)', local(2026, 11, 25, 0, 1), local(2026, 11, 26)],
    ['the day clocks go back (25 hours)', local(2026, 10, 25, 0, 30), local(2026, 10, 26)],
    ['the day clocks go forward (23 hours)', local(2026, 3, 29, 0, 30), local(2026, 3, 30)],
  ])('%s', (_, now, expected) => {
    expect(endOfToday(now)).toBe(expected);
  });

  test('the 25-hour day really lasts 25 hours', () => {
    expect(endOfToday(local(2026, 10, 25, 0, 0)) - local(2026, 10, 25, 0, 0)).toBe(25 * 3_600_000);
  });
});

describe('learningPattern', () => {
  test.each([
    ['farmville.com', '/play/farm-2', 'page', 'farmville.com/play/farm-2'],
    ['farmville.com', '/play/farm-2/', 'page', 'farmville.com/play/farm-2'],
    ['farmville.com', '/play/farm-2', 'site', 'farmville.com'],
    ['farmville.com', '/', 'page', 'farmville.com'],
    ['www.poki.com', '/en/g/chess', 'page', 'poki.com/en/g/chess'],
  ] as const)('%s %s, %s → %s', (host, path, what, expected) => {
    expect(learningPattern(host, path, what)).toBe(expected);
  });
});

describe('this page vs the whole site, today vs always', () => {
  const NOW = local(2026, 11, 25, 15);
  const TONIGHT = local(2026, 11, 26);
  // farmville.com is a default distraction site.
  const cases = [
    // [what, until, pattern, page's category now, other page now, page tomorrow, other page tomorrow]
    ['page', 'today', 'farmville.com/play', 'learning', 'distraction', 'distraction', 'distraction'],
    ['page', 'always', 'farmville.com/play', 'learning', 'distraction', 'learning', 'distraction'],
    ['site', 'today', 'farmville.com', 'learning', 'learning', 'distraction', 'distraction'],
    ['site', 'always', 'farmville.com', 'learning', 'learning', 'learning', 'learning'],
  ] as const;
  test.each(cases)('%s, %s', (what, until, pattern, pageNow, otherNow, pageLater, otherLater) => {
    const chosen = learningPattern('farmville.com', '/play', what)!;
    expect(chosen).toBe(pattern);
    const { settings, change } = applyLearningChoice(DEFAULT_SETTINGS, chosen, until, NOW);
    expect(change.until).toBe(until === 'today' ? TONIGHT : null);
    const at = (path: string, now: number) => categoryAt(settings, 'farmville.com', path, now);
    expect([at('/play', NOW), at('/news', NOW)]).toEqual([pageNow, otherNow]);
    // A minute before midnight it still holds; at midnight a "today" choice has ended.
    expect(at('/play', TONIGHT - 60_000)).toBe('learning');
    expect([at('/play', TONIGHT), at('/news', TONIGHT)]).toEqual([pageLater, otherLater]);

    // Undo puts everything back as it was.
    const undone = undoLearningChoice(settings, change);
    expect(undone).toEqual(DEFAULT_SETTINGS);
    expect(categoryAt(undone, 'farmville.com', '/play', NOW)).toBe('distraction');
  });

  test('"today" wins over the same site on the person\'s distraction list, and its Undo restores it', () => {
    const before = { ...DEFAULT_SETTINGS, distraction: ['chess.example'] };
    const { settings, change } = applyLearningChoice(before, 'chess.example', 'today', NOW);
    expect(categoryAt(settings, 'chess.example', '/', NOW)).toBe('learning');
    expect(categoryAt(settings, 'chess.example', '/', TONIGHT)).toBe('distraction');
    expect(undoLearningChoice(settings, change)).toEqual(before);
  });

  test('"always" moves a site off the distraction list; Undo puts it back, and keeps later changes', () => {
    const before = { ...DEFAULT_SETTINGS, distraction: ['chess.example'], learning: ['docs.example'] };
    const { settings, change } = applyLearningChoice(before, 'chess.example', 'always', NOW);
    expect([settings.learning, settings.distraction]).toEqual([['docs.example', 'chess.example'], []]);
    const later = { ...settings, dailyBudgetMinutes: 45 };
    expect(undoLearningChoice(later, change)).toEqual({ ...before, dailyBudgetMinutes: 45 });
  });

  test('rules that have ended are dropped when the next choice is written', () => {
    const yesterday = applyLearningChoice(DEFAULT_SETTINGS, 'poki.com', 'today', NOW - 86_400_000).settings;
    expect(yesterday.timed).toHaveLength(1);
    const today = applyLearningChoice(yesterday, 'farmville.com/play', 'today', NOW).settings;
    expect(today.timed).toEqual([{ pattern: 'farmville.com/play', category: 'learning', until: TONIGHT }]);
  });
});
