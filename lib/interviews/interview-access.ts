import "server-only";
import { type Actor, hasRole } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { employeeScope } from "@/lib/org/scope";

/**
 * Who may read a career interview, and how much of it:
 * - the employee reads their own, without the private notes — even if they also hold a role
 *   (an HR officer never reads what their own supervisor noted privately about them);
 * - any supervisor of the employee today reads all of it; the one who held it edits it;
 * - the HR division reads all of it;
 * - the bureau coordinator of their bureau reads it without the private notes.
 * Anyone else — the headquarters included — gets NOT_FOUND, as if it did not exist. Access
 * follows today's scope: a supervisor whose member has moved on no longer reads their notes.
 */
export type InterviewReader = "OWNER" | "SUPERVISOR" | "HR_DIVISION" | "BUREAU_COORDINATOR";

export interface InterviewAccess {
  reader: InterviewReader;
  canSeePrivateNotes: boolean;
}

// Widest right first: a supervisor who is also the bureau coordinator reads as the supervisor.
const READERS = ["SUPERVISOR", "HR_DIVISION", "BUREAU_COORDINATOR"] as const;

export async function resolveInterviewAccess(actor: Actor, employeeId: number): Promise<InterviewAccess> {
  if (employeeId === actor.employeeId) return { reader: "OWNER", canSeePrivateNotes: false };
  for (const role of READERS) {
    if (!hasRole(actor, role)) continue;
    const inScope = await db.employee.count({ where: { AND: [{ id: employeeId }, employeeScope(actor, role)] } });
    if (inScope > 0) return { reader: role, canSeePrivateNotes: role !== "BUREAU_COORDINATOR" };
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
