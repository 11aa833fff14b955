// The worker's side of the protocol: the one onMessage listener, which checks every message's
// sender and payload before the handler named by its type runs. Pages and content scripts
// import messaging/runtime.ts (send) instead, so none of this is in their bundles.
import browser, { type Runtime } from 'webextension-polyfill';
import type { MessageName, Request, Response } from './protocol';
import { checkPayload } from './schemas';
import { SENDERS, senderRefusal } from './senders';

/**
 * How the worker answers one message. Every entry of the handler object has this shape, and
 * `dispatch` is the one place that calls it: a per-message sender policy would be a field
 * beside the function here (`{ from, handle }`), checked in `dispatch`.
 */
type Handler<N extends MessageName> = (payload: Request<N>, sender: Runtime.MessageSender) => Promise<Response<N>>;

/** One handler per message of the protocol: a message without one does not compile. */
export type Handlers = { [N in MessageName]: Handler<N> };
/** The handlers of one concern (a file under background/), merged into one object at start-up. */
export type HandlersFor<K extends MessageName> = Pick<Handlers, K>;

/**
 * Only this extension's own pages and content scripts may talk to the worker: a message
 * from another extension or a web page (externally_connectable) is dropped unanswered.
 */
function isOwnSender(sender: Runtime.MessageSender, ownId: string): boolean {
  return sender.id === ownId;
}

/**
 * Answers one message from our own sender with the handler named by its `type`. A message
 * no handler is named for is a bug in our code (a page newer than the worker, a typo cast
 * past the types): it is rejected with an error naming it, and logged, never dropped silently.
 */
function dispatch(
  handlers: Handlers,
  message: unknown,
  sender: Runtime.MessageSender,
  extensionOrigin: string,
): Promise<unknown> {
  const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
  if (typeof type !== 'string' || !Object.hasOwn(handlers, type)) {
    const error = new Error(
      typeof type === 'string' ? `learnmark: no handler for message "${type}"` : 'learnmark: a message without a type',
    );
    console.warn(error.message);
    return Promise.reject(error);
  }
  // Every handler checks its sender here, before it runs: see messaging/senders.ts.
  const refused = senderRefusal(SENDERS[type as MessageName], sender, extensionOrigin);
  if (refused) {
    const error = new Error(`learnmark: refused "${type}" from ${sender.url ?? 'an unknown sender'}: ${refused}`);
    console.warn(error.message);
    return Promise.reject(error);
  }
  // ...and its payload, against the schema of its message (messaging/schemas.ts).
  const checked = checkPayload(type as MessageName, (message as { payload?: unknown }).payload);
  if (!checked.ok) {
    const error = new Error(`learnmark: refused "${type}": ${checked.reason}`);
    console.warn(error.message);
    return Promise.reject(error);
  }
  const handler = handlers[type as MessageName] as (p: unknown, s: Runtime.MessageSender) => PromiseLike<unknown>;
  // Chromium's native `browser` answers only for a native Promise; Dexie's own promise (what
  // a transaction returns) would be dropped and the caller would get `undefined`. The
  // executor also turns a handler that throws into a rejection.
  return new Promise((resolve) => resolve(handler(checked.payload, sender)));
}

/** The one `onMessage` listener: call once, synchronously, at the top of the worker. */
export function handleMessages(handlers: Handlers): void {
  const ownId = browser.runtime.id;
  const extensionOrigin = browser.runtime.getURL('');
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
    isOwnSender(sender, ownId) ? dispatch(handlers, message, sender, extensionOrigin) : undefined,
  );
}
