import type { Envelope, MessageName, Request, Response } from './protocol';

/** Sends a typed message to the worker and returns its typed answer (`K`: the messages allowed). */
export type Send<K extends MessageName = MessageName> = <N extends K>(
  type: N,
  payload: Request<N>,
) => Promise<Response<N>>;

/**
 * A typed `send` over a way of posting an envelope. Pages and the nudge card use the polyfill's
 * (messaging/runtime.ts); the feed script, which runs on every LinkedIn and X page and is kept
 * free of the polyfill, passes `chrome.runtime.sendMessage` itself.
 */
export function sendThrough(post: (envelope: Envelope) => Promise<unknown>): Send {
  return async (type, payload) => (await post({ type, payload } as Envelope)) as Response<typeof type>;
}
