import browser from 'webextension-polyfill';
import type { Envelope, Response, Send } from './protocol';

/** Sends a typed message to the worker and returns its typed answer. */
export const send: Send = async (type, payload) =>
  (await browser.runtime.sendMessage({ type, payload } satisfies Envelope)) as Response<typeof type>;
