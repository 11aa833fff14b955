/** A nudge shown when distraction time passes the budget (the `nudges` table of the data contract). */
export type NudgeOutcome = 'swapped' | 'more-time' | 'snoozed' | 'reclassified' | 'dismissed' | 'ignored';

export interface Nudge {
  id: string;
  at: number;
  host: string;
  trigger: 'budget';
  outcome: NudgeOutcome;
  itemId: string | null;
}
