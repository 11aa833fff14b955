import { expect, test } from 'vitest';
import type { Nudge, NudgeOutcome } from '../../../../src/core/nudge/model';
import { budgetDecision, playLeft, type BudgetInput } from '../../../../src/core/nudge/budget';

const NOW = Date.UTC(2026, 10, 25, 15, 0);
const nudge = (minutesAgo: number, outcome: NudgeOutcome, host = 'poki.com'): Nudge => ({
  id: `${host}-${minutesAgo}`,
  at: NOW - minutesAgo * 60_000,
  host,
  trigger: 'budget',
  outcome,
  itemId: null,
});
const base: BudgetInput = {
  host: 'poki.com',
  path: '/',
  siteSeconds: 0,
  totalSeconds: 0,
  dailyBudgetMinutes: 30,
  siteLimits: {},
  nudgesToday: [],
  now: NOW,
};

test.each<[string, Partial<BudgetInput>, ReturnType<typeof budgetDecision>]>([
  [
    'within the shared budget: check again when it runs out',
    { siteSeconds: 600, totalSeconds: 1500 },
    { due: false, reason: 'within-budget', spentSeconds: 1500, checkAgainInMs: 300_000 },
  ],
  [
    'the shared budget is spent across sites',
    { siteSeconds: 60, totalSeconds: 1800 },
    { due: true, spentSeconds: 1800 },
  ],
  [
    'a per-site limit is judged by that site alone',
    { siteSeconds: 600, totalSeconds: 600, siteLimits: { 'poki.com': 10 } },
    { due: true, spentSeconds: 600 },
  ],
  [
    'a per-site limit on another site does not apply',
    { siteSeconds: 600, totalSeconds: 600, siteLimits: { 'miniclip.com': 5 } },
    { due: false, reason: 'within-budget', spentSeconds: 600, checkAgainInMs: 1_200_000 },
  ],
  [
    'not today: silent until midnight',
    { totalSeconds: 5000, nudgesToday: [nudge(60, 'snoozed')] },
    { due: false, reason: 'snoozed', spentSeconds: 5000, checkAgainInMs: null },
  ],
  [
    'this is learning: silent too',
    { totalSeconds: 5000, nudgesToday: [nudge(60, 'reclassified')] },
    { due: false, reason: 'snoozed', spentSeconds: 5000, checkAgainInMs: null },
  ],
  [
    'one nudge per ten minutes, whatever the budget',
    { totalSeconds: 5000, nudgesToday: [nudge(4, 'ignored')] },
    { due: false, reason: 'too-soon', spentSeconds: 5000, checkAgainInMs: 360_000 },
  ],
  [
    'ten minutes after a dismissed nudge, nudge again',
    { totalSeconds: 5000, nudgesToday: [nudge(10, 'dismissed')] },
    { due: true, spentSeconds: 5000 },
  ],
  [
    'five more minutes adds five minutes',
    { totalSeconds: 1800 + 120, nudgesToday: [nudge(12, 'more-time')] },
    { due: false, reason: 'within-budget', spentSeconds: 1920, checkAgainInMs: 180_000 },
  ],
  [
    'five more minutes, spent',
    { totalSeconds: 1800 + 300, nudgesToday: [nudge(12, 'more-time')] },
    { due: true, spentSeconds: 2100 },
  ],
  [
    'five more minutes clicked on three cards: each adds five, each counted',
    {
      totalSeconds: 1800 + 900 - 60,
      nudgesToday: [nudge(40, 'more-time'), nudge(25, 'more-time'), nudge(12, 'more-time')],
    },
    { due: false, reason: 'within-budget', spentSeconds: 2640, checkAgainInMs: 60_000 },
  ],
  [
    'five more minutes asked on another site adds nothing here',
    { totalSeconds: 1800 + 120, nudgesToday: [nudge(12, 'more-time', 'miniclip.com')] },
    { due: true, spentSeconds: 1920 },
  ],
  [
    'not today on another site does not silence this one',
    { totalSeconds: 5000, nudgesToday: [nudge(60, 'snoozed', 'miniclip.com')] },
    { due: true, spentSeconds: 5000 },
  ],
  [
    'earned leisure adds to the shared budget',
    { totalSeconds: 1800 + 60, earnedSeconds: 120 },
    { due: false, reason: 'within-budget', spentSeconds: 1860, checkAgainInMs: 60_000 },
  ],
  ['earned leisure, spent too', { totalSeconds: 1800 + 120, earnedSeconds: 120 }, { due: true, spentSeconds: 1920 }],
  [
    'earned leisure does not lift a per-site limit',
    { siteSeconds: 600, totalSeconds: 600, siteLimits: { 'poki.com': 10 }, earnedSeconds: 600 },
    { due: true, spentSeconds: 600 },
  ],
])('%s', (_, input, expected) => {
  expect(budgetDecision({ ...base, ...input })).toEqual(expected);
});

test.each<[string, Partial<BudgetInput> & { earnedSeconds?: number }, ReturnType<typeof playLeft>]>([
  ['none played: the whole budget', {}, { leftSeconds: 1800, earnedSeconds: 0, moreOn: [] }],
  ['20 of 30 minutes played', { totalSeconds: 1200 }, { leftSeconds: 600, earnedSeconds: 0, moreOn: [] }],
  [
    'earned play adds to it',
    { totalSeconds: 1200, earnedSeconds: 300 },
    { leftSeconds: 900, earnedSeconds: 300, moreOn: [] },
  ],
  [
    'each "five more minutes" adds five, on its own site only',
    { totalSeconds: 1800, nudgesToday: [nudge(3, 'more-time'), nudge(1, 'more-time')] },
    { leftSeconds: 0, earnedSeconds: 0, moreOn: [{ host: 'poki.com', seconds: 600 }] },
  ],
  [
    'two sites with five more minutes each: each has its own, none is shared',
    {
      totalSeconds: 1800 + 120,
      nudgesToday: [
        nudge(9, 'more-time', 'miniclip.com'),
        nudge(3, 'more-time'),
        nudge(1, 'more-time'),
        nudge(2, 'snoozed', 'friv.com'),
      ],
    },
    {
      leftSeconds: 0,
      earnedSeconds: 0,
      moreOn: [
        { host: 'poki.com', seconds: 480 },
        { host: 'miniclip.com', seconds: 180 },
      ],
    },
  ],
  [
    'five more minutes within the budget: the site keeps five over the rest',
    { totalSeconds: 1200, nudgesToday: [nudge(1, 'more-time', 'miniclip.com')] },
    { leftSeconds: 600, earnedSeconds: 0, moreOn: [{ host: 'miniclip.com', seconds: 300 }] },
  ],
  [
    'five more minutes played out: nothing extra left there',
    { totalSeconds: 1800 + 300, nudgesToday: [nudge(6, 'more-time')] },
    { leftSeconds: 0, earnedSeconds: 0, moreOn: [] },
  ],
  ['spent: none left, never less', { totalSeconds: 4000 }, { leftSeconds: 0, earnedSeconds: 0, moreOn: [] }],
  [
    'outside a schedule with no budget there: none applies',
    { schedule: { days: [1], from: 9 * 60, to: 17 * 60, outsideMinutes: null } },
    null,
  ],
])('play left: %s', (_, over, expected) => {
  expect(playLeft({ ...base, earnedSeconds: 0, ...over })).toEqual(expected);
});
