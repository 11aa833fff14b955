/** Time tracking rows (the `activity` table of the data contract). */
export const CATEGORIES = ['learning', 'distraction', 'neutral'] as const;
export type Category = (typeof CATEGORIES)[number];
/** The categories the person keeps a list of sites for (everything else is neutral). */
export type ListedCategory = Exclude<Category, 'neutral'>;

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
