import { normalizePattern } from '../core/tracking/site-rules';
import { withSiteCategory } from '../core/tracking/site-category';
import { updateSettings } from '../db/tracking-settings';
import type { HandlersFor } from '../messaging/listener';

/** The time report's category picker: one site rule, written by the worker like every write. */
export const siteCategoryHandlers: HandlersFor<'site-category'> = {
  'site-category': async ({ pattern, category }) => {
    const normal = normalizePattern(pattern);
    if (!normal) return { ok: false };
    await updateSettings((s) => withSiteCategory(s, normal, category));
    return { ok: true };
  },
};
