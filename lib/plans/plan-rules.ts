import type { PlanStatus } from "@/lib/generated/prisma/enums";

/**
 * The plan's life: DRAFT → SUBMITTED → APPROVED or RETURNED; RETURNED → SUBMITTED again.
 * The owner may withdraw a submitted plan to DRAFT. Changing the goals of an APPROVED plan
 * reopens it as DRAFT, so the changed goals go back for approval; progress does not.
 */
export const EDITABLE_GOAL_STATES: readonly PlanStatus[] = ["DRAFT", "RETURNED", "APPROVED"];
export const SUBMITTABLE_STATES: readonly PlanStatus[] = ["DRAFT", "RETURNED"];

export function statusAfterGoalEdit(status: PlanStatus): PlanStatus {
  return status === "APPROVED" ? "DRAFT" : status;
}

export function canEditGoals(status: PlanStatus): boolean {
  return EDITABLE_GOAL_STATES.includes(status);
}

export function canSubmit(status: PlanStatus): boolean {
  return SUBMITTABLE_STATES.includes(status);
}

/** Plans of fiscal years that have ended are history: read-only for their owner. */
export function isPastFiscalYear(fiscalYear: number, currentFiscalYear: number): boolean {
  return fiscalYear < currentFiscalYear;
}
