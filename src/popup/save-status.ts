import { statusLabel, type LoadFailure } from '../core/capture/load-outcome';
import { isFeedPage } from '../core/social/feed-pages';
import { restrictedReason, type RestrictedReason } from '../core/item/url';
import { UNREADABLE_MESSAGE_KEYS, type SaveResult } from '../messaging/save';
import { formatDate, t } from '../ui/i18n';

type SaveState = 'saved' | 'resaved' | 'restricted' | 'not-loaded' | 'error';

export interface SaveStatus {
  state: SaveState;
  message: string;
  detail: string | null;
}

const RESTRICTED_KEYS: Record<RestrictedReason, string> = {
  'not-web': 'restrictedNotWeb',
  'browser-page': 'restrictedBrowserPage',
  'web-store': 'restrictedWebStore',
  file: 'restrictedFile',
};

/** "This page didn't load (404 Not Found), so there is nothing to save yet." */
function describeLoadFailure(failure: LoadFailure): string {
  return failure.kind === 'http-error' ? t('loadFailedStatus', statusLabel(failure.status)) : t('loadFailedErrorPage');
}

/**
 * Why the page in the tab cannot be saved from here, known from its address before any click:
 * the browser's own pages, files, and feeds (whose posts have their own Save buttons).
 */
export function unsaveableReason(url: string | undefined): string | null {
  const restricted = restrictedReason(url);
  if (restricted) return t(RESTRICTED_KEYS[restricted]);
  return isFeedPage(url) ? t('feedPageRefused') : null;
}

/** What the popup says after a save, in the person's words rather than the worker's. */
export function describeSave(result: SaveResult): SaveStatus {
  if (result.ok) {
    const detail = result.unreadable ? t(UNREADABLE_MESSAGE_KEYS[result.unreadable]) : null;
    if (result.firstSavedAt !== null) {
      return { state: 'resaved', message: t('saveResaved', formatDate(result.firstSavedAt)), detail };
    }
    return { state: 'saved', message: t('saveSaved'), detail };
  }
  switch (result.reason) {
    case 'restricted':
      return { state: 'restricted', message: t(RESTRICTED_KEYS[result.restricted]), detail: null };
    case 'feed':
      return { state: 'restricted', message: t('feedPageRefused'), detail: null };
    case 'not-loaded':
      return { state: 'not-loaded', message: describeLoadFailure(result.failure), detail: null };
    case 'no-tab':
      return { state: 'error', message: t('saveNoTab'), detail: null };
    case 'tab-closed':
      return { state: 'error', message: t('saveTabClosed'), detail: null };
    case 'storage-full':
      return { state: 'error', message: t('saveStorageFull'), detail: null };
    default:
      return { state: 'error', message: t('saveFailed'), detail: result.detail };
  }
}
