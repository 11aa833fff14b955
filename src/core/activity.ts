/** Time tracking rows (the `activity` and `nudges` tables of the data contract). */
export type Category = 'learning' | 'distraction' | 'neutral';

export interface Activity {
  /** Local day, `yyyy-MM-dd`. */
  day: string;
  host: string;
  category: Category;
  seconds: number;
  /**
   * The same seconds by category, when a host mixes them (a saved item's page on a neutral
   * site, `linkedin.com/learning` beside the feed); `category` is then the largest share.
   */
  byCategory?: Partial<Record<Category, number>>;
}

export type NudgeOutcome = 'swapped' | 'more-time' | 'snoozed' | 'reclassified' | 'dismissed' | 'ignored';

export interface Nudge {
  id: string;
  at: number;
  host: string;
  trigger: 'budget';
  outcome: NudgeOutcome;
  itemId: string | null;
}
