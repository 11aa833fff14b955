import * as v from 'valibot';
import { count, DAY, ID, TIME } from '../schema';

/**
 * The most one answer counts: a card left on a visible screen while the person is away is not
 * ten hours of recall. Ten minutes is far more than any card takes.
 */
const ANSWER_SECONDS_MAX = 600;

/**
 * Time spent answering one card (the `reviewLog` table): the seconds the review page was
 * visible with the card on it, on the local day it was answered, for the goals its item had
 * then. Review happens on an extension page, which time tracking never counts, so these seconds
 * are never also counted as reading: this is the one record of review time. The schema checks
 * a row from elsewhere (a backup, or another computer's through sync).
 */
export const ReviewTimeSchema = v.object({
  id: ID,
  cardId: ID,
  itemId: ID,
  goalIds: v.pipe(v.array(ID), v.maxLength(100)),
  /** Local day, `yyyy-MM-dd`. */
  day: DAY,
  at: TIME,
  seconds: count(ANSWER_SECONDS_MAX),
});
export type ReviewTime = v.InferOutput<typeof ReviewTimeSchema>;

/** Seconds as one answer counts them: whole, 0 to ANSWER_SECONDS_MAX. */
export const answerSeconds = (seconds: number): number =>
  Number.isFinite(seconds) ? Math.min(ANSWER_SECONDS_MAX, Math.max(0, Math.round(seconds))) : 0;

/** Visible time on one card: ms counted so far, and since when it has been visible (null: hidden). */
export interface VisibleTimer {
  total: number;
  since: number | null;
}

export const startTimer = (now: number, visible: boolean): VisibleTimer => ({ total: 0, since: visible ? now : null });

/** The page was hidden at `now`: the time since it was shown is counted, and counting stops. */
export const pauseTimer = (timer: VisibleTimer, now: number): VisibleTimer =>
  timer.since === null ? timer : { total: timer.total + Math.max(0, now - timer.since), since: null };

/** The page is visible again at `now`. */
export const resumeTimer = (timer: VisibleTimer, now: number): VisibleTimer =>
  timer.since === null ? { ...timer, since: now } : timer;

/** Seconds counted by `now`. */
export const timerSeconds = (timer: VisibleTimer, now: number): number => pauseTimer(timer, now).total / 1000;
