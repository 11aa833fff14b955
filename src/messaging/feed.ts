import type { Capture } from '../core/item/model';

/**
 * Messages of the in-feed save buttons (content scripts on LinkedIn and X → worker). Payloads
 * come from pages, so the worker validates them; the types say what a well-behaved script sends.
 */
export interface FeedMessages {
  /** Which of these post addresses are saved already (one message per batch of posts). */
  'feed-saved-check': { request: { urls: string[] }; response: { saved: string[] } };
  /**
   * Save one post, as the content script read it (validated again by the worker). The answer
   * says only whether the post is saved: never the item, its takeaway, tags or goals.
   */
  'feed-save': { request: { capture: Capture }; response: { ok: boolean } };
}

/** The messages a feed script may send. */
export type FeedMessageName = keyof FeedMessages;
