import "server-only";
import type { Actor } from "@/lib/auth/roles";
import { hasRole } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { employeeScope } from "@/lib/org/scope";
import { standingOver } from "@/lib/org/standing";

/**
 * How a person may treat another person's development plan:
 * - the owner edits it;
 * - a supervisor whose team they are in reads it, comments and reviews it;
 * - the bureau coordinator of their bureau and the HR division read it;
 * - transfer wishes (異動希望) are for the owner, the supervisors above them and HR only
 *   (lib/org/standing.ts): a co-supervisor of the unit the owner leads reads the plan without them.
 * Anyone else gets NOT_FOUND, as if the plan did not exist.
 */
export type PlanReader = "OWNER" | "SUPERVISOR" | "HR_DIVISION" | "BUREAU_COORDINATOR";

export interface PlanAccess {
  reader: PlanReader;
  canEdit: boolean;
  canReview: boolean;
  canSeeTransferWishes: boolean;
}

const READERS: readonly PlanReader[] = ["SUPERVISOR", "HR_DIVISION", "BUREAU_COORDINATOR"];

function accessFor(reader: PlanReader, readsConfidential: boolean): PlanAccess {
  return {
    reader,
    canEdit: reader === "OWNER",
    canReview: reader === "SUPERVISOR",
    canSeeTransferWishes: reader === "OWNER" || readsConfidential,
  };
}

/** The widest right the actor has over the plans of `employeeId`; NOT_FOUND when none. */
export async function resolvePlanAccess(actor: Actor, employeeId: number): Promise<PlanAccess> {
  if (employeeId === actor.employeeId) return accessFor("OWNER", true);
  for (const role of READERS) {
    if (!hasRole(actor, role as Role)) continue;
    const inScope = await db.employee.count({ where: { AND: [{ id: employeeId }, employeeScope(actor, role as Role)] } });
    if (inScope > 0) return accessFor(role, (await standingOver(actor, employeeId)).readsConfidential);
  }
  throw notFound("plan");
}
