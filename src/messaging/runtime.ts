import browser, { type Runtime } from 'webextension-polyfill';
import { isEnvelope, type Envelope, type MessageName, type Request, type Response } from './protocol';

/** Sends a typed message to the worker and returns its typed answer. */
export async function send<N extends MessageName>(type: N, payload: Request<N>): Promise<Response<N>> {
  const envelope: Envelope<N> = { type, payload };
  return (await browser.runtime.sendMessage(envelope)) as Response<N>;
}

export type Handlers = {
  [N in MessageName]: (payload: Request<N>, sender: Runtime.MessageSender) => Promise<Response<N>>;
};
/** The handlers of one concern (a file under background/), merged into one object at start-up. */
export type HandlersFor<K extends MessageName> = Pick<Handlers, K>;

/**
 * Only this extension's own pages and content scripts may talk to the worker: a message
 * from another extension or a web page (externally_connectable) is dropped unanswered.
 */
export function isOwnSender(sender: Runtime.MessageSender, ownId: string): boolean {
  return sender.id === ownId;
}

/** The one `onMessage` listener: call once, synchronously, at the top of the worker. */
export function handleMessages(handlers: Handlers): void {
  const ownId = browser.runtime.id;
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (!isOwnSender(sender, ownId) || !isEnvelope(message)) return undefined;
    const handler = handlers[message.type] as (p: unknown, s: Runtime.MessageSender) => PromiseLike<unknown>;
    // Chromium's native `browser` answers only for a native Promise; Dexie's own promise (what
    // a transaction returns) would be dropped and the caller would get `undefined`.
    return Promise.resolve(handler(message.payload, sender));
  });
}
