import "server-only";
import type { Actor } from "@/lib/platform/auth/roles";
import { tokyoDate } from "@/lib/platform/dates/calendar-date";
import { db } from "@/lib/platform/db/client";
import { trainedPlanWhere } from "./ojt-access";
import { NO_FIGURES, type OjtPlanFigures, summariseOjtPlans } from "./summarise-ojt-plans";

export interface MyTraineeRow extends OjtPlanFigures {
  ojtPlanId: number;
  completed: boolean;
  trainee: { name: string; rank: string; unitTrail: string[] };
}

/**
 * The trainer's dashboard: the plans of the year they are the trainer of, and nothing else —
 * no role is needed to be a trainer, and being one shows only one's own trainees.
 */
export async function findMyTrainees(actor: Actor, fiscalYear: number): Promise<MyTraineeRow[]> {
  const plans = await db.ojtPlan.findMany({
    where: { ...trainedPlanWhere(actor), fiscalYear },
    orderBy: [{ trainee: { nameKana: "asc" } }, { id: "asc" }],
    select: { id: true, completed: true, trainee: { select: { name: true, rank: true, unit: { select: { trail: true } } } } },
  });
  const figures = await summariseOjtPlans(
    plans.map((plan) => plan.id),
    fiscalYear,
    tokyoDate(),
  );
  return plans.map((plan) => ({
    ...(figures.get(plan.id) ?? NO_FIGURES),
    ojtPlanId: plan.id,
    completed: plan.completed,
    trainee: { name: plan.trainee.name, rank: plan.trainee.rank, unitTrail: plan.trainee.unit.trail },
  }));
}

/** What the trainee's dashboard shows of their plan (components/ojt/my-ojt-plan.tsx). */
export type MyOjtPlanSummary = NonNullable<Awaited<ReturnType<typeof findMyOjtPlan>>>;

/** The trainee's own plan for the year, for a link from their dashboard; null when none. */
export async function findMyOjtPlan(actor: Actor, fiscalYear: number) {
  const plan = await db.ojtPlan.findUnique({
    where: { traineeId_fiscalYear: { traineeId: actor.employeeId, fiscalYear } },
    select: { id: true, completed: true, trainer: { select: { name: true } } },
  });
  if (!plan) return null;
  const figures = (await summariseOjtPlans([plan.id], fiscalYear, tokyoDate())).get(plan.id) ?? NO_FIGURES;
  return { ojtPlanId: plan.id, completed: plan.completed, trainerName: plan.trainer.name, ...figures };
}
