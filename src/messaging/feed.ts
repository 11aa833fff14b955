import type { SaveResult } from './save';

/**
 * Messages of the in-feed save buttons (content scripts on LinkedIn and X → worker). Payloads
 * come from pages, so the worker validates them; the types say what a well-behaved script sends.
 */
export interface FeedMessages {
  /** Which of these post addresses are saved already (one message per batch of posts). */
  'feed-saved-check': { request: { urls: string[] }; response: { saved: string[] } };
  /** Save one post, read by the content script (a Capture, validated by the worker). */
  'feed-save': { request: { capture: unknown }; response: SaveResult };
}

export const FEED_MESSAGES = ['feed-saved-check', 'feed-save'] as const satisfies readonly (keyof FeedMessages)[];
