import type { Tabs } from 'webextension-polyfill';
import { buildItem, itemUrl } from '../core/item/build';
import { preselectedGoal, suggestGoals, type GoalSuggestion } from '../core/goal/suggest';
import type { Capture, SaveVia } from '../core/item/model';
import { looksLikePdf, restrictedReason } from '../core/item/url';
import { db, type LearnmarkDb } from '../db/db';
import { activeGoals } from '../db/goals';
import { isQuotaError, upsertItem } from '../db/items';
import type { SaveResult, UnreadableReason } from '../messaging/save';
import { flashBadge } from '../platform/badge';
import { ExtractError, extractFromTab } from '../platform/scripting';
import type { HandlersFor } from '../messaging/runtime';
import { activeTab, tabById } from '../platform/tabs';
import { now } from '../platform/clock';

export interface SaveRequest {
  tab: Tabs.Tab | undefined;
  via: SaveVia;
  /** The selected text, for "Save selection as a quote". */
  quote?: string | null;
  /** A link in the page, for "Save link": saved by its address and text, never fetched. */
  link?: { url: string; text: string | null } | null;
}

/** What the save flow needs from outside, so tests can run it against fakes. */
export interface SaveDeps {
  database: () => LearnmarkDb;
  extract: (tabId: number) => Promise<Capture>;
  badge: (kind: 'saved' | 'problem', tabId?: number) => Promise<void>;
  now: () => number;
  newId: () => string;
}

export const defaultSaveDeps: SaveDeps = {
  database: db,
  extract: extractFromTab,
  badge: flashBadge,
  now,
  newId: () => crypto.randomUUID(),
};

/**
 * The one save path behind the popup button, the shortcut, the context menu and (later)
 * the feed buttons: read the page, build the item, write it in one transaction, and show
 * the outcome on the toolbar icon.
 */
export async function saveTab(request: SaveRequest, deps: SaveDeps = defaultSaveDeps): Promise<SaveResult> {
  const { tab, via, link } = request;
  if (!tab || tab.id === undefined) return { ok: false, reason: 'no-tab', detail: 'No tab to save' };
  const badge = (kind: 'saved' | 'problem') => deps.badge(kind, tab.id).catch(() => undefined);

  const targetUrl = link?.url ?? tab.url ?? '';
  const restricted = link ? (itemUrl(null, link.url) ? null : 'not-web') : restrictedReason(tab.url);
  if (restricted) {
    await badge('problem');
    return { ok: false, reason: 'restricted', restricted, url: targetUrl };
  }

  let capture: Capture | null = null;
  let unreadable: UnreadableReason | null = null;
  if (!link && looksLikePdf(targetUrl)) unreadable = 'pdf';
  else if (!link) {
    try {
      capture = await deps.extract(tab.id);
    } catch (error) {
      unreadable = error instanceof ExtractError ? error.reason : 'failed';
    }
  }

  const url = itemUrl(capture, targetUrl);
  if (!url) {
    await badge('problem');
    return { ok: false, reason: 'restricted', restricted: 'not-web', url: targetUrl };
  }
  const now = deps.now();
  try {
    const database = deps.database();
    const goals = await activeGoals(database);
    let suggestions: GoalSuggestion[] = [];
    const outcome = await upsertItem(database, url, (existing) => {
      const item = buildItem({
        capture,
        tabUrl: targetUrl,
        tabTitle: link ? link.text : (tab.title ?? null),
        via,
        quote: request.quote ?? null,
        now,
        newId: deps.newId,
        existing,
      });
      suggestions = suggestGoals(item, goals);
      // A new item is tied to its clearest goal at once (so a shortcut save is tied too); a
      // re-save keeps the goals the person chose.
      const best = existing ? null : preselectedGoal(suggestions);
      return best ? { ...item, goalIds: [best] } : item;
    });
    await badge(unreadable ? 'problem' : 'saved');
    return { ok: true, ...outcome, unreadable, suggestions };
  } catch (error) {
    await badge('problem');
    if (isQuotaError(error)) return { ok: false, reason: 'storage-full', detail: String(error) };
    return { ok: false, reason: 'error', detail: String((error as Error)?.message ?? error) };
  }
}

export const saveHandlers: HandlersFor<'save-tab'> = {
  'save-tab': async ({ tabId, via }) =>
    saveTab({ tab: tabId === undefined ? await activeTab() : await tabById(tabId), via }),
};
