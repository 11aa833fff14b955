// What the person sees after a save that has no popup to show it in (the shortcut, the context
// menu, a feed button): a toast in the page with Edit, or a notification where no script of
// ours may run; and, when nothing was stored, why.
import browser, { type Tabs } from 'webextension-polyfill';
import { statusLabel } from '../core/capture/load-outcome';
import { normalizeUrl, restrictedReason } from '../core/item/url';
import type { HandlersFor } from '../messaging/listener';
import { UNREADABLE_MESSAGE_KEYS, type SaveResult } from '../messaging/save';
import type { SavedToast } from '../messaging/toast';
import { notifySaveProblem } from '../platform/notify';
import { markSaveStep } from '../platform/save-timing';
import { activeTab, tabById } from '../platform/tabs';
import { injectSaveToast, notifySaved, openItemEditor, SAVED_NOTIFICATION_PREFIX } from '../platform/toast';
import { postInView } from './feed-post';
import { readAheadForSave, saveTabOnce, type SaveRequest } from './save';

const t = (key: string, substitutions?: string[]) => browser.i18n.getMessage(key, substitutions) || key;

type Saved = Extract<SaveResult, { ok: true }>;

/** What a refused save from the shortcut or context menu says, or null when there is nothing to say. */
function refusalMessage(result: SaveResult): string | null {
  if (result.ok) return null;
  switch (result.reason) {
    case 'not-loaded':
      return result.failure.kind === 'http-error'
        ? t('loadFailedStatus', [statusLabel(result.failure.status)])
        : t('loadFailedErrorPage');
    case 'feed':
      return t('feedPageRefused');
    case 'restricted':
      return t('saveRefusedRestricted');
    case 'tab-closed':
      return t('saveTabClosed');
    case 'storage-full':
      return t('saveStorageFull');
    default:
      return t('saveFailed');
  }
}

/** What only the address was kept for, in the popup's words ("…the page didn't load…"), or null. */
const keptOnlyTheLink = (result: Saved) => (result.unreadable ? t(UNREADABLE_MESSAGE_KEYS[result.unreadable]) : null);

/** The toast's counts: goals the item was tied to at once, and goals only suggested. */
function toastData(result: Saved): SavedToast {
  const tied = result.item.goalIds;
  return {
    resaved: result.firstSavedAt !== null,
    detail: keptOnlyTheLink(result),
    tied: tied.length,
    suggested: result.suggestions.filter((s) => !tied.includes(s.goalId)).length,
    title: result.item.title?.trim() || result.item.url,
  };
}

/** The item saved last from each tab, for the toast's Edit (the toast names no item). */
const savedInTab = (tabId: number) => `savedInTab:${tabId}`;
/** The page refused last in each tab, for the toast's offer (the toast names no page nor post). */
const refusedInTab = (tabId: number) => `refusedInTab:${tabId}`;
/** A refusal whose toast offers something: the page it was in, and the post offered there, if one. */
type Refused = { url: string; via: SaveRequest['via']; post?: string };

/**
 * Confirms a save in the tab it came from: the toast, or, where the browser lets no script of
 * ours run (the store, a PDF viewer, an error page), a notification whose click edits.
 */
export async function confirmSaved(result: Saved, tabId: number): Promise<void> {
  // In session storage: the worker may stop between the save and the click on Edit.
  await browser.storage.session.set({ [savedInTab(tabId)]: result.item.id });
  try {
    await injectSaveToast(tabId, toastData(result));
  } catch {
    const message = [t('toastSaved'), result.item.title ?? result.item.url, keptOnlyTheLink(result)]
      .filter(Boolean)
      .join(' · ');
    await notifySaved(result.item.id, t('extName'), message).catch(() => undefined);
  }
}

/** What the toast offers after a refusal, as the popup would: the link of a page that did not load, the post in view on a feed. */
async function offerFor(result: SaveResult, request: SaveRequest) {
  if (result.ok || request.tab === undefined) return null;
  if (result.reason === 'not-loaded') return { label: t('saveLinkAnyway'), quote: null, refused: { url: result.url } };
  if (result.reason !== 'feed') return null;
  const post = await postInView(request.tab);
  if (!post) return null;
  const label = post.author ? t('postInViewAsk', [post.author]) : t('postInViewAskNoAuthor');
  return { label, quote: post.words, refused: { url: result.url, post: post.url } };
}

/**
 * Says in the tab's toast why a save stored nothing, as the popup would, with what the popup
 * offers instead ("Save the link anyway", the post in view); a notification where no script of
 * ours may run (the browser's pages, its error page) or the tab is gone.
 */
async function explainRefusal(result: SaveResult, request: SaveRequest, message: string): Promise<void> {
  // Gone, or one of the browser's own pages: no script of ours may run there.
  const scriptable = !result.ok && result.reason !== 'tab-closed' && !restrictedReason(request.tab?.url);
  const tabId = scriptable ? request.tab?.id : undefined;
  if (tabId !== undefined) {
    const offer = await offerFor(result, request);
    if (offer) {
      const refused: Refused = { ...offer.refused, via: request.via };
      await browser.storage.session.set({ [refusedInTab(tabId)]: refused });
    }
    try {
      await injectSaveToast(tabId, { refused: message, offer: offer?.label ?? null, quote: offer?.quote ?? null });
      return;
    } catch {
      await browser.storage.session.remove(refusedInTab(tabId));
    }
  }
  await notifySaveProblem(t('saveNotSavedTitle'), message);
}

/**
 * A feed button's save that stored nothing: why, in that feed's toast (which replaces a
 * confirmation still shown there), as the shortcut's refusals are told; the button itself only
 * says "Not saved".
 */
export async function explainFeedFailure(result: SaveResult, tab: Tabs.Tab): Promise<void> {
  const message = refusalMessage(result);
  if (message) await explainRefusal(result, { tab, via: 'feed-button' }, message);
}

export interface TellDeps {
  save: (request: SaveRequest) => Promise<{ result: SaveResult; joined: boolean }>;
  refuse: (result: SaveResult, request: SaveRequest, message: string) => Promise<void>;
  confirm: (result: Saved, tabId: number) => Promise<void>;
}

const defaultTellDeps: TellDeps = { save: saveTabOnce, refuse: explainRefusal, confirm: confirmSaved };

/**
 * Saves for the keyboard shortcut and the context menu, and tells the person: once per save
 * (a second press while the first save runs adds nothing), in the page or a notification.
 * A confirmation that cannot be shown does not fail the save.
 */
export async function saveAndTell(request: SaveRequest, deps: TellDeps = defaultTellDeps): Promise<SaveResult> {
  const { result, joined } = await deps.save(request);
  if (joined) return result;
  if (result.ok && request.tab?.id !== undefined) await deps.confirm(result, request.tab.id).catch(() => undefined);
  const message = refusalMessage(result);
  if (message) await deps.refuse(result, request, message).catch(() => undefined);
  return result;
}

/** A click on the notification that confirmed a save: the editor for that item. */
export async function onSavedNotificationClick(id: string): Promise<void> {
  if (!id.startsWith(SAVED_NOTIFICATION_PREFIX)) return;
  await openItemEditor(id.slice(SAVED_NOTIFICATION_PREFIX.length));
  await browser.notifications.clear(id);
}

export const saveHandlers: HandlersFor<'save-tab' | 'save-read-ahead' | 'toast-edit' | 'toast-accept'> = {
  'save-tab': async ({ tabId, via, anyway, post }) => {
    markSaveStep('received');
    const tab = tabId === undefined ? await activeTab() : await tabById(tabId);
    markSaveStep('tab');
    const request = { tab, via, anyway: anyway === true, post: post ?? null };
    // The popup shows the outcome itself. Other ways are confirmed in the page: end-to-end
    // tests ask this way for what the shortcut does, as headless Chromium cannot press it.
    const result = via === 'popup' ? (await saveTabOnce(request)).result : await saveAndTell(request);
    markSaveStep('replied');
    return result;
  },
  // The popup opened on this tab: the access its opening gives (activeTab) lets the page be read.
  'save-read-ahead': async ({ tabId }) => ({ ok: await readAheadForSave(await tabById(tabId)) }),
  // Edit in the toast: the item saved last from the sender's own tab, nothing the page names;
  // once per save, so a page that forged the message could not open window after window.
  'toast-edit': async (_request, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return { ok: false };
    const key = savedInTab(tabId);
    const itemId = (await browser.storage.session.get(key))[key];
    if (typeof itemId !== 'string') return { ok: false };
    await browser.storage.session.remove(key);
    await openItemEditor(itemId);
    return { ok: true };
  },
  // The toast's offer: for the page refused last in the sender's own tab, once, and only while
  // the tab still shows it (a page that navigated keeps nothing of the old one). A post is read
  // again, as from the popup.
  'toast-accept': async (_request, sender) => {
    const tab = sender.tab;
    if (tab?.id === undefined) return { ok: false };
    const key = refusedInTab(tab.id);
    const refused = (await browser.storage.session.get(key))[key] as Refused | undefined;
    await browser.storage.session.remove(key);
    if (!refused || !tab.url || normalizeUrl(tab.url) !== normalizeUrl(refused.url)) return { ok: false };
    const offered = refused.post ? { post: refused.post } : { anyway: true };
    const result = await saveAndTell({ tab, via: refused.via, ...offered });
    return { ok: result.ok };
  },
};
