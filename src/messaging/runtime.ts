import browser from 'webextension-polyfill';
import type { Envelope, Send } from './protocol';

/** Sends a typed message to the worker and returns its typed answer. */
export const send: Send = async (type, payload) => {
  const answer: unknown = await browser.runtime.sendMessage({ type, payload } satisfies Envelope);
  // The worker answers with the message's response type (messaging/listener.ts).
  return answer as Awaited<ReturnType<Send>>;
};
