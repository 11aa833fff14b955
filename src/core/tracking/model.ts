/** Time tracking rows (the `activity` table of the data contract). */
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
