import "server-only";
import { type Actor, hasRole } from "@/lib/platform/auth/roles";
import { db } from "@/lib/platform/db/client";
import { notFound } from "@/lib/platform/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { employeeScope } from "@/lib/people/org/scope";
import { isDatabaseId } from "@/lib/platform/db/ids";

/**
 * Who may do what with an OJT plan:
 * - the trainee (研修を受ける若手職員) reads it and logs sessions;
 * - the trainer (指導担当職員) reads it, logs sessions and marks goals achieved; a trainer sees
 *   only the plans they are the trainer of;
 * - a supervisor whose team the trainee is in reads it, edits it (trainer, goals, completion)
 *   and marks goals achieved, but does not log sessions: a session is the account of the two
 *   people who held it;
 * - the HR division and the bureau coordinator of the trainee's bureau read it;
 * - anyone else gets NOT_FOUND, as if the plan did not exist.
 * One person may be several of these at once (a 係長 who trains a member of their own 係).
 */
export type OjtReader = "TRAINEE" | "TRAINER" | "SUPERVISOR" | "HR_DIVISION" | "BUREAU_COORDINATOR";

export interface OjtAccess {
  /** the closest relation, for the audit trail */
  reader: OjtReader;
  canEdit: boolean;
  canMarkGoals: boolean;
  canLogSession: boolean;
}

/** Plan ids come from URLs and form fields: one no int column can hold is simply not found. */
export function assertOjtPlanId(ojtPlanId: number): void {
  if (!isDatabaseId(ojtPlanId)) throw notFound("ojt plan");
}

/** Plans of trainees in the actor's team, as a where-clause; null when they supervise no one. */
export function supervisedPlanWhere(actor: Actor): Prisma.OjtPlanWhereInput | null {
  return hasRole(actor, "SUPERVISOR") ? { trainee: employeeScope(actor, "SUPERVISOR") } : null;
}

/** Plans the actor trains; the trainee must still be on the staff. */
export function trainedPlanWhere(actor: Actor): Prisma.OjtPlanWhereInput {
  return { trainerId: actor.employeeId, trainee: { active: true } };
}

/** Plans whose goals the actor may mark achieved: as their trainer or their supervisor. */
export function goalMarkerWhere(actor: Actor): Prisma.OjtPlanWhereInput {
  const supervised = supervisedPlanWhere(actor);
  return { OR: [trainedPlanWhere(actor), ...(supervised ? [supervised] : [])] };
}

/** Plans the actor may log a session on: only the two people who hold the sessions. */
export function sessionLoggerWhere(actor: Actor): Prisma.OjtPlanWhereInput {
  return { OR: [{ traineeId: actor.employeeId }, trainedPlanWhere(actor)] };
}

async function inScope(actor: Actor, role: Extract<Role, "SUPERVISOR" | "HR_DIVISION" | "BUREAU_COORDINATOR">, employeeId: number): Promise<boolean> {
  if (!hasRole(actor, role)) return false;
  return (await db.employee.count({ where: { AND: [{ id: employeeId }, employeeScope(actor, role)] } })) > 0;
}

/** The actor's rights over one plan, from its trainee and trainer; NOT_FOUND when none. */
export async function resolveOjtAccess(actor: Actor, plan: { traineeId: number; trainerId: number; traineeActive: boolean }): Promise<OjtAccess> {
  const isTrainee = plan.traineeId === actor.employeeId;
  const isTrainer = plan.trainerId === actor.employeeId && plan.traineeActive;
  const [supervisor, hr, bureau] = await Promise.all([
    inScope(actor, "SUPERVISOR", plan.traineeId),
    inScope(actor, "HR_DIVISION", plan.traineeId),
    inScope(actor, "BUREAU_COORDINATOR", plan.traineeId),
  ]);
  const reader: OjtReader | undefined = isTrainee
    ? "TRAINEE"
    : isTrainer
      ? "TRAINER"
      : supervisor
        ? "SUPERVISOR"
        : hr
          ? "HR_DIVISION"
          : bureau
            ? "BUREAU_COORDINATOR"
            : undefined;
  if (!reader) throw notFound("ojt plan");
  return { reader, canEdit: supervisor, canMarkGoals: supervisor || isTrainer, canLogSession: isTrainee || isTrainer };
}
