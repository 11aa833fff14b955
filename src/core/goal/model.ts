/** A personal development goal (the `goals` table of the data contract). */
export const GOAL_STATUSES = ['active', 'achieved', 'archived'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

export interface Goal {
  id: string;
  title: string;
  why: string;
  keywords: string[];
  /** Weekly targets; null when the person set none of that kind. */
  weeklyMinutes: number | null;
  weeklyItems: number | null;
  color: string;
  status: GoalStatus;
  createdAt: number;
  updatedAt: number;
  targetDate: number | null;
  /** Position in the person's list (lower first). */
  order: number;
}
