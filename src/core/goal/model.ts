import * as v from 'valibot';
import { count, HEX_COLOR, ID, text, TIME } from '../schema';
/** A personal development goal (the `goals` table of the data contract). */
export const GOAL_STATUSES = ['active', 'achieved', 'archived'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

/** Limits of a goal's fields: the form says so beside the field, the schema refuses beyond. */
export const TITLE_MAX = 120;
export const WHY_MAX = 1_000;
export const KEYWORDS_MAX = 30;
export const KEYWORD_MAX_CHARS = 60;
/** Every minute of a week. */
export const WEEKLY_MINUTES_MAX = 7 * 24 * 60;
export const WEEKLY_ITEMS_MAX = 500;
export const GOAL_COLORS = ['#0b5cad', '#1a7f37', '#8250df', '#bf3989', '#b35900', '#0a7d8c', '#57606a'] as const;

/**
 * What the person's own ties and unties taught about a goal (core/goal/evidence.ts): the goal's
 * `evidence` field, absent until the first lesson. It travels with the goal in a backup and in
 * sync, checked by GoalEvidenceSchema (core/data/backup-validate.ts drops a malformed one).
 */
export const UNTIED_MAX = 300;
export const LEARNED_MAX = 40;
export const PROPOSALS_MAX = 3;
export const DISMISSED_MAX = 100;
const TERMS = v.pipe(v.array(text(KEYWORD_MAX_CHARS)), v.maxLength(20));
export const GoalEvidenceSchema = v.object({
  /**
   * Items the person untied (one by one, in bulk, or "Not this goal" on a suggestion), with the
   * goal's terms that had matched them: never tied or suggested again, those terms weigh half.
   */
  untied: v.pipe(v.array(v.object({ id: ID, terms: TERMS })), v.maxLength(UNTIED_MAX)),
  /** Strong words of items tied by hand: suggestion-only evidence (a goal without keywords has nothing else). */
  learned: v.pipe(v.array(text(KEYWORD_MAX_CHARS)), v.maxLength(LEARNED_MAX)),
  /** Keywords offered after a hand tie, waiting for the person's answer; and those they declined. */
  proposals: v.pipe(v.array(text(KEYWORD_MAX_CHARS)), v.maxLength(PROPOSALS_MAX)),
  dismissed: v.pipe(v.array(text(KEYWORD_MAX_CHARS)), v.maxLength(DISMISSED_MAX)),
});
export type GoalEvidence = v.InferOutput<typeof GoalEvidenceSchema>;

/** A stored goal, checked whole wherever one comes from outside the database (restore, undo). */
export const GoalSchema = v.object({
  id: ID,
  title: v.pipe(v.string(), v.minLength(1), v.maxLength(TITLE_MAX)),
  why: text(WHY_MAX),
  keywords: v.pipe(v.array(text(KEYWORD_MAX_CHARS)), v.maxLength(KEYWORDS_MAX)),
  /** Weekly targets; null when the person set none of that kind. */
  weeklyMinutes: v.nullable(count(WEEKLY_MINUTES_MAX)),
  weeklyItems: v.nullable(count(WEEKLY_ITEMS_MAX)),
  color: HEX_COLOR,
  status: v.picklist(GOAL_STATUSES),
  createdAt: TIME,
  updatedAt: TIME,
  targetDate: v.nullable(TIME),
  /** Position in the person's list (lower first). */
  order: count(1_000_000),
  /** Absent until the person first ties or unties an item by hand. */
  evidence: v.optional(GoalEvidenceSchema),
});
export type Goal = v.InferOutput<typeof GoalSchema>;
