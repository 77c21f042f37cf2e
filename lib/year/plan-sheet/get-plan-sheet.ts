import "server-only";
import type { Actor } from "@/lib/platform/auth/roles";
import { db } from "@/lib/platform/db/client";
import { findOwnPlan, getPlanDetail } from "@/lib/year/plans/get-plan-detail";

type Detail = Omit<Awaited<ReturnType<typeof getPlanDetail>>, "reviewYearClosed">;

/** A plan as its キャリアデザインシート shows it: the plan as the reader may see it, and each commitment's year-end rating. */
export type PlanSheet = Detail & { ratings: Record<number, { rating: string | null; supervisorComment: string }> };

async function withRatings(detail: Detail): Promise<PlanSheet> {
  const rows = await db.yearEndRating.findMany({
    where: { commitmentId: { in: detail.plan.commitments.map((commitment) => commitment.id) } },
    select: { commitmentId: true, rating: true, supervisorComment: true },
  });
  return { ...detail, ratings: Object.fromEntries(rows.map(({ commitmentId, ...rating }) => [commitmentId, rating])) };
}

/**
 * Another person's plan as a sheet, for whoever may read it (getPlanDetail decides, audits the
 * read and leaves out the transfer wishes for those who may not see them); NOT_FOUND otherwise.
 */
export async function getPlanSheet(actor: Actor, planId: number): Promise<PlanSheet> {
  return withRatings(await getPlanDetail(actor, planId));
}

/** The actor's own plan of a fiscal year as a sheet, or null when they have not started one. */
export async function findOwnPlanSheet(actor: Actor, fiscalYear: number): Promise<PlanSheet | null> {
  const detail = await findOwnPlan(actor, fiscalYear);
  return detail ? withRatings(detail) : null;
}
