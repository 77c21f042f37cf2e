import "server-only";
import { type Actor, hasRole } from "@/lib/platform/auth/roles";
import { db } from "@/lib/platform/db/client";
import { notFound } from "@/lib/platform/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { employeeScope } from "@/lib/people/org/scope";
import { standingOver } from "@/lib/people/org/standing";

/**
 * Who may read a career interview, and how much of it:
 * - the employee reads their own, without the private notes — even if they also hold a role
 *   (an HR officer never reads what their own supervisor noted privately about them);
 * - a supervisor above the employee today (lib/people/org/standing.ts) reads all of it, and the one
 *   who held it edits it;
 * - the HR division reads all of it;
 * - a supervisor beside the employee — a co-supervisor of the unit the employee leads, or one
 *   whose unit the employee's superior is placed in — and the bureau coordinator of their
 *   bureau read it without the private notes. They see the employee in their team or bureau
 *   lists, so the interview opens as the rest of the employee's record does; what is confidential
 *   about the employee belongs to those above them.
 * Anyone else — the headquarters included — gets NOT_FOUND, as if it did not exist. Access
 * follows today's scope: a supervisor whose member has moved on no longer reads their notes.
 */
export type InterviewReader = "OWNER" | "SUPERVISOR" | "HR_DIVISION" | "BUREAU_COORDINATOR";

export interface InterviewAccess {
  reader: InterviewReader;
  canSeePrivateNotes: boolean;
  /** a supervisor above the employee, who holds (records and corrects) their interviews */
  canHold: boolean;
}

// Widest right first: a supervisor who is also the bureau coordinator reads as the supervisor.
const READERS = ["SUPERVISOR", "HR_DIVISION", "BUREAU_COORDINATOR"] as const;

export async function resolveInterviewAccess(actor: Actor, employeeId: number): Promise<InterviewAccess> {
  if (employeeId === actor.employeeId) return { reader: "OWNER", canSeePrivateNotes: false, canHold: false };
  for (const role of READERS) {
    if (!hasRole(actor, role)) continue;
    const inScope = await db.employee.count({ where: { AND: [{ id: employeeId }, employeeScope(actor, role)] } });
    if (inScope === 0) continue;
    const standing = await standingOver(actor, employeeId);
    return { reader: role, canSeePrivateNotes: standing.readsConfidential, canHold: standing.above };
  }
  throw notFound("interview");
}

/**
 * Takes the interview's row lock for the rest of the transaction. An edit by the supervisor and
 * the employee's decision on one of its actions never interleave, and two decisions on the
 * same action are made one after the other: the second sees the first.
 */
export async function lockInterview(tx: Prisma.TransactionClient, interviewId: number): Promise<void> {
  await tx.$executeRaw`SELECT 1 FROM career_interview WHERE id = ${interviewId} FOR UPDATE`;
}
