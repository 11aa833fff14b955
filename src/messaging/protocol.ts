import type { DataMessages } from './data';
import type { FeedMessages } from './feed';
import type { GoalMessages } from './goals';
import type { HighlightMessages } from './highlights';
import type { ReviewMessages } from './review';
import type { LibraryMessages } from './library';
import type { NudgeMessages } from './nudge';
import type { SaveMessages } from './save';
import type { ToastMessages } from './toast';
import type { TrackingMessages } from './tracking';
import type { LogMessages } from './log';
import type { SyncMessages } from './sync';

/**
 * Every message in the extension, by name, with what it carries and what it answers: the
 * union of each concern's map, and the only list of messages there is. The worker's handler
 * object is typed over it (messaging/runtime.ts: Handlers), so a message added here without a
 * handler does not compile.
 */
type Protocol = SaveMessages &
  GoalMessages &
  NudgeMessages &
  DataMessages &
  FeedMessages &
  HighlightMessages &
  ReviewMessages &
  LibraryMessages &
  ToastMessages &
  TrackingMessages &
  LogMessages &
  SyncMessages;

export type MessageName = keyof Protocol;
export type Request<N extends MessageName> = Protocol[N]['request'];
export type Response<N extends MessageName> = Protocol[N]['response'];

export interface Envelope<N extends MessageName = MessageName> {
  type: N;
  payload: Request<N>;
}

/**
 * Sends a typed message to the worker and returns its typed answer; `K` narrows the messages a
 * sender may send. Pages and the nudge card use messaging/runtime.ts's; the feed script, which
 * runs on every LinkedIn and X page and is kept free of the polyfill, builds its own on
 * `chrome.runtime.sendMessage`.
 */
export type Send<K extends MessageName = MessageName> = <N extends K>(
  type: N,
  payload: Request<N>,
) => Promise<Response<N>>;
