import type { NudgeOutcome } from '../core/nudge/model';
import type { LearningScope } from '../core/tracking/learning-choice';
import type { ReviewOffer } from '../core/nudge/review-offer';

/**
 * What a nudge card (content script) answers: any outcome but `ignored`, which is the absence
 * of an answer. `swapped` opens the offered item in a new tab beside it.
 */
export type NudgeChoice = Exclude<NudgeOutcome, 'ignored'>;

/** Messages of the nudge (nudge card → worker). */
export interface NudgeMessages {
  /** `scope` says what "this is learning for me" covers (the whole site, always, without it). */
  'nudge-outcome': {
    request: { nudgeId: string; outcome: NudgeChoice; scope?: LearningScope };
    response: { ok: boolean };
  };
  /** Undo of "this is learning for me", from the card's confirmation line. */
  'nudge-undo': { request: { nudgeId: string }; response: { ok: boolean } };
}

/** What the worker hands the nudge card when it injects it. Plain data, rendered as text. */
export interface NudgeCardData {
  nudgeId: string;
  host: string;
  minutesToday: number;
  /** The offered item: its title and, when its text was read, its reading time in minutes. */
  item: { title: string; readingMinutes: number | null } | null;
  /** The day's review offered instead of an item (the person opted in, cards are left today). */
  review?: ReviewOffer;
}
