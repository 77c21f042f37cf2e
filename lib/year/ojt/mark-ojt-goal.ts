import "server-only";
import { recordAudit } from "@/lib/platform/audit/record-audit";
import type { Actor } from "@/lib/platform/auth/roles";
import { db } from "@/lib/platform/db/client";
import { assertUpdated, notFound } from "@/lib/platform/errors";
import { parseInput } from "@/lib/records/parse-input";
import { assertOjtPlanId, goalMarkerWhere } from "./ojt-access";
import { ojtGoalMarkSchema } from "./schemas";

/**
 * The trainer or the supervisor marks one goal achieved, or takes the mark back. It bumps the
 * plan's version like any other change to the plan, so the supervisor's edit form opened
 * before it cannot overwrite it. Anyone else (the trainee included) gets NOT_FOUND.
 */
export async function markOjtGoal(actor: Actor, ojtPlanId: number, input: { goalId: number; version: number; achieved: boolean }): Promise<void> {
  const data = parseInput(ojtGoalMarkSchema, input);
  assertOjtPlanId(ojtPlanId);
  await db.$transaction(async (tx) => {
    const plan = await tx.ojtPlan.findFirst({
      where: { AND: [{ id: ojtPlanId }, goalMarkerWhere(actor)] },
      select: { goalItems: { where: { id: data.goalId }, select: { achieved: true, goal: true } } },
    });
    const goal = plan?.goalItems[0];
    if (!goal) throw notFound("ojt goal");
    assertUpdated(await tx.ojtPlan.updateMany({ where: { id: ojtPlanId, version: data.version }, data: { version: { increment: 1 } } }), "ojt plan");
    await tx.ojtGoal.update({ where: { id: data.goalId }, data: { achieved: data.achieved } });
    await recordAudit(tx, {
      actorId: actor.employeeId,
      action: "ojt.goal",
      entity: "ojt_plan",
      entityId: ojtPlanId,
      detail: { goalId: data.goalId, goal: goal.goal, before: { achieved: goal.achieved }, after: { achieved: data.achieved } },
    });
  });
}
