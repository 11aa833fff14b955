import { send } from '../messaging/runtime';
import type { MessageName, Request, Response } from '../messaging/protocol';

/** The worker gave no answer: its listener was missing, or it stopped before answering. */
export class NoAnswerError extends Error {
  constructor(type: string) {
    super(`no answer to ${type}`);
    this.name = 'NoAnswerError';
  }
}

/**
 * `send`, for a page waiting on the answer: every message answers something (`null` at
 * least), so `undefined` means the worker did not answer, and is thrown like any other failure.
 */
export async function ask<N extends MessageName>(type: N, payload: Request<N>): Promise<Response<N>> {
  const answer = await send(type, payload);
  if (answer === undefined) throw new NoAnswerError(type);
  return answer;
}
