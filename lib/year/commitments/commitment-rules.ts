import type { CommitmentStatus } from "@/lib/generated/prisma/enums";

/**
 * The life of a commitment that stands on its own (team, bureau and city levels; an individual
 * commitment follows its plan instead, see lib/year/plans/plan-rules.ts):
 * DRAFT → SUBMITTED → APPROVED or RETURNED; RETURNED → SUBMITTED again; the owner may withdraw a
 * SUBMITTED one to DRAFT before it is reviewed. Progress moves APPROVED → IN_PROGRESS → DONE.
 * Changing the goal of an approved commitment reopens it as DRAFT, so that the changed goal goes
 * back for approval; progress does not. A dropped commitment stays, marked DROPPED, with the
 * reason; one under review is withdrawn first, so the reviewer never decides on a moving target.
 */
export const SUBMITTABLE: readonly CommitmentStatus[] = ["DRAFT", "RETURNED"];
export const GOAL_EDITABLE: readonly CommitmentStatus[] = ["DRAFT", "RETURNED", "APPROVED", "IN_PROGRESS"];
export const PROGRESS_OPEN: readonly CommitmentStatus[] = ["APPROVED", "IN_PROGRESS", "DONE"];
export const DROPPABLE: readonly CommitmentStatus[] = ["DRAFT", "RETURNED", "APPROVED", "IN_PROGRESS"];

export function statusAfterGoalEdit(status: CommitmentStatus): CommitmentStatus {
  return status === "APPROVED" || status === "IN_PROGRESS" ? "DRAFT" : status;
}

/** 100 % marks a commitment done; anything less keeps (or puts) it in progress. */
export function statusAfterProgress(percent: number): CommitmentStatus {
  return percent >= 100 ? "DONE" : "IN_PROGRESS";
}

/**
 * The state of an agreed commitment by its recorded progress: what it returns to when a change
 * of its goal is approved, or is undone, during the year.
 */
export function agreedStatus(percent: number): CommitmentStatus {
  return percent > 0 ? statusAfterProgress(percent) : "APPROVED";
}

export const canEditGoal = (status: CommitmentStatus) => GOAL_EDITABLE.includes(status);
export const canSubmit = (status: CommitmentStatus) => SUBMITTABLE.includes(status);
export const canRecordProgress = (status: CommitmentStatus) => PROGRESS_OPEN.includes(status);
export const canDrop = (status: CommitmentStatus) => DROPPABLE.includes(status);
