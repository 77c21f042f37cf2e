import "server-only";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { employeeScope } from "@/lib/org/scope";
import { resolvePlanAccess } from "./plan-access";

/** Plans waiting for the supervisor's review: submitted plans of their team, oldest first. */
export async function findReviewQueue(actor: Actor) {
  return db.developmentPlan.findMany({
    where: { status: "SUBMITTED", employee: employeeScope(actor, "SUPERVISOR") },
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      fiscalYear: true,
      submittedAt: true,
      employee: { select: { name: true, rank: true, unit: { select: { name: true } } } },
      _count: { select: { commitments: { where: { status: { not: "DROPPED" } } } } },
    },
  });
}

/** Every fiscal year's plan of one person (their own by default), newest first. */
export async function findPlanHistory(actor: Actor, employeeId: number = actor.employeeId) {
  await resolvePlanAccess(actor, employeeId);
  return db.developmentPlan.findMany({
    where: { employeeId },
    orderBy: { fiscalYear: "desc" },
    select: {
      id: true,
      fiscalYear: true,
      status: true,
      reviewedAt: true,
      _count: { select: { commitments: { where: { status: { not: "DROPPED" } } } } },
    },
  });
}

/** The id of the same person's plan for the previous fiscal year, for the reviewer's context. */
export async function findPreviousPlanId(actor: Actor, employeeId: number, fiscalYear: number): Promise<number | null> {
  await resolvePlanAccess(actor, employeeId);
  const previous = await db.developmentPlan.findUnique({
    where: { employeeId_fiscalYear: { employeeId, fiscalYear: fiscalYear - 1 } },
    select: { id: true },
  });
  return previous?.id ?? null;
}
