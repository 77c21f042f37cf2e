import type { Prisma } from "@/lib/generated/prisma/client";
import { type PlanTerms, planTermsOf } from "./plan-changes";

/** What planTermsOf reads of a plan; also selected by the plan's page (get-plan-detail). */
export const planTermsSelect = {
  visionNow: true,
  vision3Years: true,
  vision10Years: true,
  images: {
    orderBy: { targetImage: { number: "asc" } },
    select: { targetImageId: true, aspired: true, reason: true, targetImage: { select: { name: true } } },
  },
  commitments: {
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: {
      id: true,
      status: true,
      title: true,
      description: true,
      targetText: true,
      targetValue: true,
      targetUnit: true,
      dueOn: true,
      measure: { select: { number: true, name: true, area: { select: { number: true } } } },
    },
  },
} satisfies Prisma.DevelopmentPlanSelect;

/** The plan's terms as they are now, read in the caller's transaction (under the plan's lock). */
export async function readPlanTerms(tx: Prisma.TransactionClient, planId: number): Promise<PlanTerms> {
  return planTermsOf(await tx.developmentPlan.findUniqueOrThrow({ where: { id: planId }, select: planTermsSelect }));
}

/** Keeps the plan's terms as approved now: the base of the next change's diff. */
export async function writeApprovedSnapshot(tx: Prisma.TransactionClient, planId: number): Promise<PlanTerms> {
  const terms = await readPlanTerms(tx, planId);
  await tx.developmentPlan.update({ where: { id: planId }, data: { approvedSnapshot: terms } });
  return terms;
}

/**
 * Before the first change of an approved plan, its terms as approved. A plan approved before the
 * snapshot existed (or written by the dataset generator) has none: its terms just before the
 * first change are what was approved, so they are taken then, in the change's transaction.
 */
export async function keepApprovedTerms(tx: Prisma.TransactionClient, plan: { id: number; status: string; hasSnapshot: boolean }): Promise<void> {
  if (plan.status === "APPROVED" && !plan.hasSnapshot) await writeApprovedSnapshot(tx, plan.id);
}
