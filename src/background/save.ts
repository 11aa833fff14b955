import type { Tabs } from 'webextension-polyfill';
import { buildItem, itemUrl } from '../core/item/build';
import { autoTiedGoals, suggestGoals, termsToWeigh, type GoalSuggestion } from '../core/goal/suggest';
import type { Capture, SaveVia } from '../core/item/model';
import { isBrowserErrorPage, loadDecision, type LoadFailure } from '../core/capture/load-outcome';
import { isFeedPage } from '../core/social/feed-pages';
import { displayAddress, looksLikePdf, restrictedReason } from '../core/item/url';
import { db, type LearnmarkDb } from '../db/db';
import { activeGoals, documentFrequencies } from '../db/goals';
import { isQuotaError, upsertItem } from '../db/items';
import { indexPending } from '../db/search-index';
import type { SaveResult, UnreadableReason } from '../messaging/save';
import { flashBadge } from '../platform/badge';
import { ExtractError, extractFromTab, readAheadInTab } from '../platform/scripting';
import { tabById } from '../platform/tabs';
import { now } from '../platform/clock';
import { markSaveStep } from '../platform/save-timing';
import { rereadPost } from './feed-post';
import { afterReply } from './save-follow-ups';

export interface SaveRequest {
  tab: Tabs.Tab | undefined;
  via: SaveVia;
  /** The selected text, for "Save selection as a quote". */
  quote?: string | null;
  /** A link in the page, for "Save link": saved by its address and text, never fetched. */
  link?: { url: string; text: string | null } | null;
  /** Keep the link although the page did not load (the person chose "Save the link anyway"). */
  anyway?: boolean;
  /** On a feed page: the permalink of the post offered to save instead (read again first). */
  post?: string | null;
}

/** What storing a capture needs from outside, so tests can run it against fakes. */
export interface StoreDeps {
  database: () => LearnmarkDb;
  badge: (kind: 'saved' | 'problem', tabId?: number) => Promise<void>;
  now: () => number;
  newId: () => string;
  /** Runs work the answer need not wait for, once it has gone (background/save-follow-ups.ts). */
  later: (task: () => Promise<unknown>) => void;
}

/** What the save flow needs from outside: storing, and reading the page from its tab. */
export interface SaveDeps extends StoreDeps {
  extract: (tabId: number) => Promise<Capture>;
  /** Whether the tab is still open (a page that could not be read may have been closed). */
  tabOpen: (tabId: number) => Promise<boolean>;
  /** A post of a feed tab, read again and checked (background/feed-post.ts); null when it is not one. */
  feedPost: (tab: Tabs.Tab, key: string) => Promise<Capture | null>;
}

export const defaultSaveDeps: SaveDeps = {
  database: db,
  extract: extractFromTab,
  tabOpen: async (tabId) => (await tabById(tabId)) !== undefined,
  feedPost: rereadPost,
  badge: flashBadge,
  now,
  newId: () => crypto.randomUUID(),
  later: (task) => afterReply(task, 'searchIndex'),
};

/** A page to store: what was read of it (or why nothing was), and the tab it was saved from. */
interface PageCapture {
  tabId: number;
  /** The address the browser reports (the tab's, or the saved link's): used when nothing was read. */
  pageUrl: string;
  pageTitle: string | null;
  capture: Capture | null;
  unreadable: UnreadableReason | null;
  via: SaveVia;
  quote: string | null;
  /** Why the page did not load, when the person kept its link anyway. */
  loadFailure?: LoadFailure | null;
}

/**
 * The save path behind the popup button, the shortcut and the context menu: read the page
 * (nothing for a link or a PDF), then store what was read.
 */
export async function saveTab(request: SaveRequest, deps: SaveDeps = defaultSaveDeps): Promise<SaveResult> {
  const { tab, via, link } = request;
  if (!tab || tab.id === undefined) return { ok: false, reason: 'no-tab', detail: 'No tab to save' };

  const pageUrl = link?.url ?? tab.url ?? '';
  const restricted = link ? (itemUrl(null, link.url) ? null : 'not-web') : restrictedReason(tab.url);
  if (restricted) {
    await quietly(deps.badge('problem', tab.id));
    return { ok: false, reason: 'restricted', restricted, url: pageUrl };
  }

  // A feed is many posts: the toolbar saves none of them, only the post offered from it.
  if (!link && via !== 'feed-button' && isFeedPage(pageUrl)) {
    const capture = request.post ? await deps.feedPost(tab, request.post) : null;
    if (capture) return storePost(tab.id, pageUrl, capture, via, deps);
    await quietly(deps.badge('problem', tab.id));
    return { ok: false, reason: 'feed', url: pageUrl };
  }

  let capture: Capture | null = null;
  let unreadable: UnreadableReason | null = null;
  let failure: LoadFailure | null = null;
  if (!link && looksLikePdf(pageUrl)) unreadable = 'pdf';
  else if (!link) {
    try {
      capture = await deps.extract(tab.id);
      const decision = loadDecision({ status: capture.httpStatus ?? null, errorPage: false });
      if (!decision.save) failure = decision.failure;
    } catch (error) {
      // Closed while it was being read: there is no page left to keep, not even its address.
      if (!(await deps.tabOpen(tab.id))) return { ok: false, reason: 'tab-closed', url: pageUrl };
      if (isBrowserErrorPage(tab.url, error instanceof Error ? error.message : String(error))) {
        failure = { kind: 'error-page' };
      } else unreadable = error instanceof ExtractError ? error.reason : 'failed';
    }
  }
  if (failure) {
    if (!request.anyway) {
      await quietly(deps.badge('problem', tab.id));
      return { ok: false, reason: 'not-loaded', failure, url: pageUrl };
    }
    // Kept on purpose: its address and title only, never the error page's text.
    capture = null;
    unreadable = 'not-loaded';
  }
  // A page that did not load titles itself after the error ("Page not found | …"): a kept link
  // is named by its address instead, so the library says which page it is.
  const pageTitle = link ? link.text : failure ? displayAddress(pageUrl) : (tab.title ?? null);
  return storeCapture(
    { tabId: tab.id, pageUrl, pageTitle, capture, unreadable, via, quote: request.quote ?? null, loadFailure: failure },
    deps,
  );
}

/**
 * Stores a page as an item, whoever read it (the extractor in saveTab, a feed button's
 * content script): build the item, suggest goals, write it in one transaction, and answer;
 * the outcome on the toolbar icon and the item's words for search follow the answer.
 */
export async function storeCapture(page: PageCapture, deps: StoreDeps = defaultSaveDeps): Promise<SaveResult> {
  const { capture, pageUrl, unreadable } = page;
  const url = itemUrl(capture, pageUrl);
  if (!url) {
    await quietly(deps.badge('problem', page.tabId));
    return { ok: false, reason: 'restricted', restricted: 'not-web', url: pageUrl };
  }
  const now = deps.now();
  try {
    const database = deps.database();
    const goals = await activeGoals(database);
    const freq = await documentFrequencies(database, termsToWeigh(goals));
    markSaveStep('goals-read');
    let suggestions: GoalSuggestion[] = [];
    const outcome = await upsertItem(database, url, (existing) => {
      const item = buildItem({
        capture,
        tabUrl: pageUrl,
        tabTitle: page.pageTitle,
        via: page.via,
        quote: page.quote,
        now,
        newId: deps.newId,
        existing,
      });
      suggestions = suggestGoals(item, goals, freq);
      // A new item is tied at once to the goals it clearly matches (so a shortcut save is tied
      // too); the others are only suggested; a re-save keeps the goals the person chose.
      const autoTied = existing ? [] : autoTiedGoals(suggestions);
      const tied = autoTied.length ? { ...item, goalIds: autoTied } : item;
      // A link kept although its page did not load says so; a page saved before keeps its state.
      return page.loadFailure && !existing ? { ...tied, loadFailure: page.loadFailure } : tied;
    });
    markSaveStep('written');
    // The item is stored, its words queued in the same transaction: the answer goes now, and
    // the icon's mark and the words for search follow it.
    deps.later(async () => {
      await quietly(deps.badge(unreadable ? 'problem' : 'saved', page.tabId));
      await indexPending(database);
    });
    return { ok: true, ...outcome, unreadable, suggestions };
  } catch (error) {
    await quietly(deps.badge('problem', page.tabId));
    if (isQuotaError(error)) return { ok: false, reason: 'storage-full', detail: String(error) };
    return { ok: false, reason: 'error', detail: String((error as Error)?.message ?? error) };
  }
}

/**
 * A post read from a feed page: stored, unless saved already, when the first capture stands
 * (a page could forge a saved post's id with text of its own; see background/feed.ts).
 */
async function storePost(tabId: number, pageUrl: string, capture: Capture, via: SaveVia, deps: StoreDeps) {
  const key = itemUrl(capture, pageUrl);
  const existing = key ? await deps.database().items.where('url').equals(key).first() : undefined;
  if (!existing) {
    const page = { tabId, pageUrl, pageTitle: null, capture, unreadable: null, via, quote: null };
    return storeCapture(page, deps);
  }
  await quietly(deps.badge('saved', tabId));
  return { ok: true as const, item: existing, firstSavedAt: existing.savedAt, unreadable: null, suggestions: [] };
}

/**
 * Has the page in the popup's tab read ahead of a save (platform/scripting.ts `readAheadInTab`),
 * only where a save would read it: never one of the browser's pages, a feed or a PDF.
 */
export async function readAheadForSave(
  tab: Tabs.Tab | undefined,
  readAhead: (tabId: number) => Promise<boolean> = readAheadInTab,
): Promise<boolean> {
  if (tab?.id === undefined || !tab.url) return false;
  if (restrictedReason(tab.url) || isFeedPage(tab.url) || looksLikePdf(tab.url)) return false;
  return readAhead(tab.id);
}

/** The icon is a hint: a tab closed before the badge is set does not fail the save. */
const quietly = (badge: Promise<void>) => badge.catch(() => undefined);

/** Saves in progress, by tab and what is saved from it: a second ask joins the first. */
const running = new Map<string, Promise<SaveResult>>();

/**
 * saveTab, once at a time per page: a second save of the same page while the first is still
 * running (a double key press, the popup and the shortcut) gets the first one's result, and
 * `joined` says so, so that the person sees one confirmation for one item.
 */
export async function saveTabOnce(
  request: SaveRequest,
  deps: SaveDeps = defaultSaveDeps,
): Promise<{ result: SaveResult; joined: boolean }> {
  const { tab, link, quote, anyway, post } = request;
  const key = JSON.stringify([tab?.id, link?.url ?? post ?? tab?.url, quote ?? null, anyway === true]);
  const pending = running.get(key);
  if (pending) return { result: await pending, joined: true };
  const started = saveTab(request, deps);
  running.set(key, started);
  try {
    return { result: await started, joined: false };
  } finally {
    running.delete(key);
  }
}
