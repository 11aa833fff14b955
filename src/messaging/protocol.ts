import type { Item, SaveVia } from '../core/item';
import type { GoalSuggestion } from '../core/suggest-goals';
import type { RestrictedReason } from '../core/url';
import { DATA_MESSAGES, type DataMessages } from './data-protocol';
import { FEED_MESSAGES, type FeedMessages } from './feed-protocol';
import { GOAL_MESSAGES, type GoalMessages } from './goal-protocol';
import { TRACKER_MESSAGES, type TrackerMessages } from './tracker-protocol';

/** Why a page's content could not be read (its address and title are saved all the same). */
export type UnreadableReason = 'pdf' | 'script-refused' | 'timeout' | 'failed';

export type SaveFailure =
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
export const SAVE_MESSAGES = ['save-tab'] as const satisfies readonly (keyof SaveMessages)[];

/**
 * Every message in the extension, by name, with what it carries and what it answers: the
 * union of each concern's map. Add a concern's map here and its names to MESSAGE_NAMES.
 */
export type Protocol = SaveMessages & GoalMessages & TrackerMessages & DataMessages & FeedMessages;

export type MessageName = keyof Protocol;
export type Request<N extends MessageName> = Protocol[N]['request'];
export type Response<N extends MessageName> = Protocol[N]['response'];

export interface Envelope<N extends MessageName = MessageName> {
  type: N;
  payload: Request<N>;
}

export const MESSAGE_NAMES: readonly MessageName[] = [
  ...SAVE_MESSAGES,
  ...GOAL_MESSAGES,
  ...TRACKER_MESSAGES,
  ...DATA_MESSAGES,
  ...FEED_MESSAGES,
];

export function isEnvelope(value: unknown): value is Envelope {
  if (typeof value !== 'object' || value === null) return false;
  const { type } = value as { type?: unknown };
  return typeof type === 'string' && (MESSAGE_NAMES as readonly string[]).includes(type);
}
