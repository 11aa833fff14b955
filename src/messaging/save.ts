import type { Item, SaveVia } from '../core/item/model';
import type { GoalSuggestion } from '../core/goal/suggest';
import type { RestrictedReason } from '../core/item/url';

/** Why a page's content could not be read (its address and title are saved all the same). */
export type UnreadableReason = 'pdf' | 'script-refused' | 'timeout' | 'failed';

type SaveFailure =
  | { ok: false; reason: 'restricted'; restricted: RestrictedReason; url: string }
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
  'save-tab': { request: { tabId?: number; via: SaveVia }; response: SaveResult };
}
