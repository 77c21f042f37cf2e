import "server-only";
import type { Actor } from "@/lib/platform/auth/roles";
import { hasRole } from "@/lib/platform/auth/roles";
import { db } from "@/lib/platform/db/client";
import { notFound } from "@/lib/platform/errors";
import { employeeScope } from "@/lib/people/org/scope";
import { planReviewStanding, type PlanReviewStanding } from "@/lib/people/org/plan-reviewer";
import { standingOver } from "@/lib/people/org/standing";

/**
 * How a person may treat another person's development plan:
 * - the owner edits it;
 * - a supervisor whose team they are in reads it; the one who reviews it (their own unit's, or a
 *   concurrent post's marked as reviewing: lib/people/org/plan-reviewer.ts) comments and reviews it, as
 *   does an acting reviewer (代決) for them, on their behalf;
 * - the bureau coordinator of their bureau and the HR division read it;
 * - transfer wishes (異動希望) are for the owner, the supervisors above them and HR only
 *   (lib/people/org/standing.ts): a co-supervisor of the unit the owner leads reads the plan without them.
 * Anyone else gets NOT_FOUND, as if the plan did not exist.
 */
export type PlanReader = "OWNER" | "SUPERVISOR" | "HR_DIVISION" | "BUREAU_COORDINATOR";

export interface PlanAccess {
  reader: PlanReader;
  canEdit: boolean;
  canReview: boolean;
  canSeeTransferWishes: boolean;
  /** 代決: the supervisor on whose behalf the actor reviews; null when reviewing in their own right */
  onBehalfOf: PlanReviewStanding["onBehalfOf"];
}

const READERS = ["SUPERVISOR", "HR_DIVISION", "BUREAU_COORDINATOR"] as const satisfies readonly PlanReader[];

const NOT_REVIEWING: PlanReviewStanding = { reviews: false, onBehalfOf: null };

function accessFor(reader: PlanReader, readsConfidential: boolean, review: PlanReviewStanding = NOT_REVIEWING): PlanAccess {
  return {
    reader,
    canEdit: reader === "OWNER",
    canReview: reader === "SUPERVISOR" && review.reviews,
    canSeeTransferWishes: reader === "OWNER" || readsConfidential,
    onBehalfOf: reader === "SUPERVISOR" ? review.onBehalfOf : null,
  };
}

/** The widest right the actor has over the plans of `employeeId`; NOT_FOUND when none. */
export async function resolvePlanAccess(actor: Actor, employeeId: number): Promise<PlanAccess> {
  if (employeeId === actor.employeeId) return accessFor("OWNER", true);
  for (const role of READERS) {
    if (!hasRole(actor, role)) continue;
    const inScope = await db.employee.count({ where: { AND: [{ id: employeeId }, employeeScope(actor, role)] } });
    if (inScope === 0) continue;
    const [standing, review] = await Promise.all([
      standingOver(actor, employeeId),
      role === "SUPERVISOR" ? planReviewStanding(actor, employeeId) : NOT_REVIEWING,
    ]);
    return accessFor(role, standing.readsConfidential, review);
  }
  throw notFound("plan");
}
