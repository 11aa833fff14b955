import type { MessageName, Request, Response } from '../messaging/protocol';

/**
 * `ask` (ui/ask.ts), with the messaging code loaded when first used: for a part of a page's first
 * draw (a goal's view), whose buttons message the worker only once clicked, so that the page
 * draws before that code has loaded.
 */
export async function askLater<N extends MessageName>(type: N, payload: Request<N>): Promise<Response<N>> {
  const { ask } = await import('./ask');
  return ask(type, payload);
}
