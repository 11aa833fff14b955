/** A nudge shown when distraction time passes the budget (the `nudges` table of the data contract). */
export const NUDGE_OUTCOMES = ['swapped', 'more-time', 'snoozed', 'reclassified', 'dismissed', 'ignored'] as const;
export type NudgeOutcome = (typeof NUDGE_OUTCOMES)[number];

export interface Nudge {
  id: string;
  at: number;
  host: string;
  trigger: 'budget';
  outcome: NudgeOutcome;
  itemId: string | null;
}
