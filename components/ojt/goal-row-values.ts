/**
 * A goal row as the plan form starts it. Kept out of the client component's module: a value
 * exported from a "use client" file reaches server components only as a client reference.
 */
export interface GoalRowValues {
  id?: number;
  period: string;
  measureId: number | null;
  goal: string;
  achieved: boolean;
}

export const EMPTY_GOAL: GoalRowValues = { period: "", measureId: null, goal: "", achieved: false };

/** A new plan starts with a goal for each half of the year: the usual shape of one. */
export const NEW_PLAN_GOALS: GoalRowValues[] = [EMPTY_GOAL, EMPTY_GOAL];

/** The new-plan form offers up to four rows (a goal per quarter); edits may go to OJT_MAX_GOALS. */
export const NEW_PLAN_MAX_GOALS = 4;
