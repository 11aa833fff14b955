import { DATA_MESSAGES, type DataMessages } from './data';
import { FEED_MESSAGES, type FeedMessages } from './feed';
import { GOAL_MESSAGES, type GoalMessages } from './goals';
import { NUDGE_MESSAGES, type NudgeMessages } from './nudge';
import { SAVE_MESSAGES, type SaveMessages } from './save';

/**
 * Every message in the extension, by name, with what it carries and what it answers: the
 * union of each concern's map. Add a concern's map here and its names to MESSAGE_NAMES.
 */
export type Protocol = SaveMessages & GoalMessages & NudgeMessages & DataMessages & FeedMessages;

export type MessageName = keyof Protocol;
export type Request<N extends MessageName> = Protocol[N]['request'];
export type Response<N extends MessageName> = Protocol[N]['response'];

export interface Envelope<N extends MessageName = MessageName> {
  type: N;
  payload: Request<N>;
}

export const MESSAGE_NAMES: readonly MessageName[] = [
  ...SAVE_MESSAGES,
  ...GOAL_MESSAGES,
  ...NUDGE_MESSAGES,
  ...DATA_MESSAGES,
  ...FEED_MESSAGES,
];

export function isEnvelope(value: unknown): value is Envelope {
  if (typeof value !== 'object' || value === null) return false;
  const { type } = value as { type?: unknown };
  return typeof type === 'string' && (MESSAGE_NAMES as readonly string[]).includes(type);
}
