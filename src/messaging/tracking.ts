import type { Category } from '../core/tracking/model';

/** Messages about what sites count as (pages → worker). */
export interface TrackingMessages {
  /**
   * A site's category from now on, as chosen in the time report: `pattern` is a rule pattern
   * (a registrable domain there). Time already recorded keeps its category.
   */
  'site-category': { request: { pattern: string; category: Category }; response: { ok: boolean } };
}
