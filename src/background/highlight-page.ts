import browser, { type Menus, type Tabs } from 'webextension-polyfill';
import { CONTEXT_CHARS } from '../core/highlight/anchor';
import { pageHighlightDraft } from '../core/highlight/model';
import { normalizeUrl } from '../core/item/url';
import { db } from '../db/db';
import { addHighlight, highlightsOf } from '../db/highlights';
import type { SaveResult } from '../messaging/save';
import { now } from '../platform/clock';
import { notifyHighlighted } from '../platform/notify';
import { selectionQuoteInTab } from '../platform/scripting';
import type { SaveRequest } from './save';

export interface HighlightPageDeps {
  quoteOf: (tabId: number, frameId: number | undefined) => Promise<Parameters<typeof pageHighlightDraft>[1] | null>;
  notify: (title: string, message: string) => Promise<void>;
}

const defaultDeps: HighlightPageDeps = {
  quoteOf: (tabId, frameId) => selectionQuoteInTab(tabId, frameId, CONTEXT_CHARS),
  notify: notifyHighlighted,
};

const t = (key: string) => browser.i18n.getMessage(key) || key;

/**
 * "Highlight in Learnmark" on a selection in a live page: the selection's text-quote selector
 * (computed in the page) becomes a highlight of that page's item, the page being saved first
 * when it is not yet; a notification confirms it. A passage the item already has is not added
 * twice. Answers the save's result, or the item's when it was saved before.
 */
export async function highlightFromPage(
  info: Menus.OnClickData,
  tab: Tabs.Tab | undefined,
  save: (request: SaveRequest) => Promise<SaveResult>,
  deps: HighlightPageDeps = defaultDeps,
): Promise<SaveResult> {
  const url = normalizeUrl(tab?.url ?? '');
  const known = url ? await db().items.where('url').equals(url).first() : undefined;
  const saved = known ? null : await save({ tab, via: 'context-menu' });
  if (saved && !saved.ok) return saved;
  const item = known ?? (saved as Extract<SaveResult, { ok: true }>).item;
  const asked = tab?.id === undefined ? null : await deps.quoteOf(tab.id, info.frameId).catch(() => null);
  const draft =
    (asked && pageHighlightDraft(item.id, asked)) ??
    (info.selectionText ? pageHighlightDraft(item.id, { exact: info.selectionText }) : null);
  if (draft) {
    const have = await highlightsOf(db(), item.id);
    if (!have.some((h) => h.exact === draft.exact))
      await addHighlight(db(), draft, { id: crypto.randomUUID(), now: now() });
    await deps
      .notify(t('highlightedTitle'), `“${draft.exact.replace(/\s+/g, ' ').slice(0, 200)}”`)
      .catch(() => undefined);
  }
  return saved ?? { ok: true, item, firstSavedAt: item.savedAt, unreadable: null, suggestions: [] };
}
