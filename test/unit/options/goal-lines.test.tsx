// @vitest-environment jsdom
// A goal's one-line summaries say one as one: "1 item a week", "1 of 1 week met" (chrome.i18n has
// no plural rules, so each singular is a message of its own). Under the fake browser a message
// reads as its key and its substitutions.
import { render } from 'preact';
import { expect, test, vi } from 'vitest';
import { GoalPaceLine, targetSummary } from '../../../src/options/sections/goal-lines';
import { goal } from '../goal-fixtures';
import { renderRoot } from '../ui/render-root';

vi.mock('webextension-polyfill', () => ({
  default: {
    i18n: {
      getMessage: (key: string, subs?: string | string[]) => [key, ...[subs ?? []].flat()].join(' '),
      getUILanguage: () => 'en',
    },
  },
}));
const rootOf = renderRoot();

test.each([
  [{ weeklyItems: 1 }, 'goalTargetItemsOne'],
  [{ weeklyItems: 3 }, 'goalTargetItems 3'],
  [{ weeklyMinutes: 60, weeklyItems: 1 }, 'goalTargetMinutes 60 · goalTargetItemsOne'],
  [{}, 'goalNoTarget'],
])('targets %j → %s', (targets, line) => {
  expect(targetSummary(goal({ id: 'g', title: 'G', ...targets }))).toBe(line);
});

test.each([
  [{ weeks: 1, met: 1, state: 'on-track' as const }, 'goalPaceOnTrackOneWeek 1'],
  [{ weeks: 1, met: 0, state: 'behind' as const }, 'goalPaceBehindOneWeek 0'],
  [{ weeks: 4, met: 3, state: 'on-track' as const }, 'goalPaceOnTrack 3 4'],
  [{ weeks: 4, met: 1, state: 'behind' as const }, 'goalPaceBehind 1 4'],
  [{ weeks: 0, met: 0, state: 'starting' as const }, 'goalPaceStarting'],
])('pace %j → %s', (pace, line) => {
  render(<GoalPaceLine goal={goal({ id: 'g', title: 'G' })} pace={pace} />, rootOf());
  expect(rootOf().querySelector('[data-testid=goal-pace]')?.textContent).toBe(line);
});
