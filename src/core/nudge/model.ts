/** A nudge shown when distraction time passes the budget (the `nudges` table of the data contract). */
export const NUDGE_OUTCOMES = ['swapped', 'more-time', 'snoozed', 'reclassified', 'dismissed', 'ignored'] as const;
export type NudgeOutcome = (typeof NUDGE_OUTCOMES)[number];

import type { LearningChange } from '../tracking/learning-choice';

export interface Nudge {
  id: string;
  at: number;
  host: string;
  trigger: 'budget';
  outcome: NudgeOutcome;
  itemId: string | null;
  /** What "this is learning for me" changed in the settings, so Undo can put it back. */
  learning?: LearningChange;
  /** When the person first stopped looking at the site after it (another site, idle, away). */
  leftAt?: number;
  /** The better option offered was the day's review (`swapped` then opened the review). */
  offer?: 'review';
}
