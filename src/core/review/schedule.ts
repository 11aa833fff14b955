/**
 * Spaced review, scheduled by FSRS through ts-fsrs (never a hand-written scheduler). A card is
 * stored with ts-fsrs's own field names, dates as epoch ms; time is always an argument.
 */
import * as v from 'valibot';
import { fsrs, Rating, type Card, type Grade } from 'ts-fsrs';
import { ID, TIME } from '../schema';
import { DEFAULT_REVIEW } from './settings';

export const REVIEW_RATINGS = ['again', 'hard', 'good', 'easy'] as const;
export type ReviewRating = (typeof REVIEW_RATINGS)[number];

export interface ReviewCard {
  id: string;
  source: 'highlight' | 'takeaway';
  sourceId: string;
  due: number;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: number;
  last_review: number | null;
  suspended: boolean;
}

const GRADE: Record<ReviewRating, Grade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

// Fuzz would make the schedule random; a person's review should not depend on a dice roll.
const scheduler = fsrs({ enable_fuzz: false });

function stored(card: Card): Omit<ReviewCard, 'id' | 'source' | 'sourceId' | 'suspended'> {
  return {
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    last_review: card.last_review ? card.last_review.getTime() : null,
  };
}

/** The card after the person answered how well they remembered, at `now`. */
export function answerCard(card: ReviewCard, rating: ReviewRating, now: number): ReviewCard {
  const input: Card = {
    ...card,
    due: new Date(card.due),
    last_review: card.last_review === null ? undefined : new Date(card.last_review),
  };
  return { ...card, ...stored(scheduler.next(input, new Date(now), GRADE[rating]).card) };
}

/** Today's queue: cards due by `endOfToday`, not suspended, most overdue first, at most `limit`. */
export function todaysQueue(
  cards: readonly ReviewCard[],
  endOfToday: number,
  limit = DEFAULT_REVIEW.dailyLimit,
): ReviewCard[] {
  return cards
    .filter((c) => !c.suspended && c.due <= endOfToday)
    .sort((a, b) => a.due - b.due)
    .slice(0, limit);
}

const whole = (max: number) => v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(max));
const positive = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(1e6));

/** A stored card as FSRS allows it: a restore refuses anything else (difficulty 1–10, lapses ≤ reps). */
export const ReviewCardSchema = v.pipe(
  v.object({
    id: ID,
    source: v.picklist(['highlight', 'takeaway'] as const),
    sourceId: ID,
    due: TIME,
    stability: positive,
    difficulty: v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(10)),
    elapsed_days: whole(1e6),
    scheduled_days: whole(1e6),
    learning_steps: whole(100),
    reps: whole(1e6),
    lapses: whole(1e6),
    state: v.picklist([0, 1, 2, 3] as const),
    last_review: v.nullable(TIME),
    suspended: v.boolean(),
  }),
  // The messages name the fields at fault: a restore's preview shows them (reviewCardProblem).
  v.check((c) => c.lapses <= c.reps, 'lapses, reps'),
  v.check((c) => (c.reps === 0) === (c.last_review === null), 'reps, last_review'),
);

/**
 * Why a row is no card FSRS could have produced: every field at fault (`due, difficulty`,
 * `lapses, reps`), or null when it is a valid card.
 */
export function reviewCardProblem(row: unknown): string | null {
  const parsed = v.safeParse(ReviewCardSchema, row);
  if (parsed.success) return null;
  const fields = parsed.issues.flatMap((issue) => v.getDotPath(issue) ?? issue.message.split(', '));
  return [...new Set(fields)].join(', ');
}
