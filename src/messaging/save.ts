import type { Item, SaveVia } from '../core/item/model';
import type { GoalSuggestion } from '../core/goal/suggest';
import type { RestrictedReason } from '../core/item/url';
import type { LoadFailure } from '../core/capture/load-outcome';

/** Why a page's content could not be read (its address and title are saved all the same). */
export type UnreadableReason = 'pdf' | 'script-refused' | 'timeout' | 'failed' | 'not-loaded';

/**
 * What a save that kept only the address says about it, as a message key: one wording for the
 * popup and the page's toast ("Only the link was kept: the page didn't load when you saved it.").
 */
export const UNREADABLE_MESSAGE_KEYS: Record<UnreadableReason, string> = {
  pdf: 'unreadablePdf',
  'script-refused': 'unreadableRefused',
  timeout: 'unreadableTimeout',
  failed: 'unreadableFailed',
  'not-loaded': 'unreadableNotLoaded',
};

type SaveFailure =
  | { ok: false; reason: 'restricted'; restricted: RestrictedReason; url: string }
  /** The page did not load (an HTTP error, the browser's error page): nothing to learn from. */
  | { ok: false; reason: 'not-loaded'; failure: LoadFailure; url: string }
  /** A feed, home, profile or search page: its posts are saved one by one, from the feed. */
  | { ok: false; reason: 'feed'; url: string }
  /** The tab was closed before its page could be read: nothing was stored. */
  | { ok: false; reason: 'tab-closed'; url: string }
  | { ok: false; reason: 'no-tab' | 'storage-full' | 'error'; detail: string };

export type SaveResult =
  | {
      ok: true;
      item: Item;
      /** Set when the page was already saved: when it was first saved. */
      firstSavedAt: number | null;
      /** Set when the page could not be read: why. The address and tab title were saved. */
      unreadable: UnreadableReason | null;
      /** Active goals the item matches, best first (the best may already be in item.goalIds). */
      suggestions: GoalSuggestion[];
    }
  | SaveFailure;

/** Messages of the save flow (popup and shortcut → worker). */
export interface SaveMessages {
  /** Save the given tab (or the active tab of the last focused window). */
  'save-tab': {
    /**
     * `anyway`: keep the link although the page did not load ("Save the link anyway").
     * `post`: on a feed, the permalink of the post offered by `post-in-view`, read again.
     */
    request: { tabId?: number; via: SaveVia; anyway?: boolean; post?: string };
    response: SaveResult;
  };
  /**
   * The popup opened on this tab: have its page read ahead of a save (a save on click then
   * answers from it while the page is unchanged). `ok`: read and kept.
   */
  'save-read-ahead': { request: { tabId: number }; response: { ok: boolean } };
  /** On a feed page (never saved itself): the post most in view there, to offer instead. */
  'post-in-view': { request: { tabId: number }; response: { post: PostOffer | null } };
}

/** A post offered for saving: its permalink, author and first words, read again by the worker. */
export interface PostOffer {
  url: string;
  author: string | null;
  words: string;
}
