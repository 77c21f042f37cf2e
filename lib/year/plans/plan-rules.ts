import type { PlanStatus } from "@/lib/generated/prisma/enums";

/**
 * The plan's life: DRAFT → SUBMITTED → APPROVED or RETURNED; RETURNED → SUBMITTED again.
 * The owner may withdraw a submitted plan to DRAFT. An APPROVED plan stays approved when its
 * goals change during the year: a new or changed commitment waits for approval on its own while
 * the approved ones keep taking progress, and the owner sends the changes to the supervisor, who
 * approves or returns them (lib/year/plans/plan-change-review.ts). While changes wait for that review
 * the goals are not edited (the owner withdraws them first), so the supervisor never decides on a
 * moving target.
 */
export const EDITABLE_GOAL_STATES: readonly PlanStatus[] = ["DRAFT", "RETURNED", "APPROVED"];
export const SUBMITTABLE_STATES: readonly PlanStatus[] = ["DRAFT", "RETURNED"];

/** `changesSubmitted`: the plan's changes wait for the supervisor (changes_submitted_at is set). */
export function canEditGoals(status: PlanStatus, changesSubmitted = false): boolean {
  return EDITABLE_GOAL_STATES.includes(status) && !changesSubmitted;
}

export function canSubmit(status: PlanStatus): boolean {
  return SUBMITTABLE_STATES.includes(status);
}

/**
 * The state a reader sees: an approved plan with changes the supervisor has not approved yet
 * says so, whether they have been sent (CHANGES_SUBMITTED) or are still being written
 * (CHANGES_DRAFT, known from the diff with the approved terms).
 */
export type PlanDisplayState = PlanStatus | "CHANGES_DRAFT" | "CHANGES_SUBMITTED";

export function planDisplayState(status: PlanStatus, changesSubmitted: boolean, changed: boolean): PlanDisplayState {
  if (status !== "APPROVED") return status;
  if (changesSubmitted) return "CHANGES_SUBMITTED";
  return changed ? "CHANGES_DRAFT" : "APPROVED";
}

/** Plans of fiscal years that have ended are history: read-only for their owner. */
export function isPastFiscalYear(fiscalYear: number, currentFiscalYear: number): boolean {
  return fiscalYear < currentFiscalYear;
}
