import "server-only";
import { recordAudit } from "@/lib/platform/audit/record-audit";
import type { Actor } from "@/lib/platform/auth/roles";
import { db } from "@/lib/platform/db/client";
import { assertUpdated, conflict, invalidInput, notFound } from "@/lib/platform/errors";
import { NOBODY_NOTIFIED, type Notified, notify } from "@/lib/messaging/notifications/notify";
import { parseInput } from "@/lib/records/parse-input";
import { assertOjtPlanId, supervisedPlanWhere } from "./ojt-access";
import { assertGoalMeasures, findActiveTrainer } from "./ojt-writes";
import { type OjtPlanUpdateInput, ojtPlanUpdateSchema } from "./schemas";

const goalSelect = { id: true, period: true, measureId: true, goal: true, achieved: true } as const;

/**
 * The supervisor changes a plan: its trainer, aim, goals (add, change, remove, achieved) and
 * completion, all in one save guarded by the plan's version, so a trainer's mark made in the
 * meantime is never silently undone. Only a supervisor of the trainee; others NOT_FOUND.
 * A newly named trainer, and the trainee, are told; the answer says who, and the plan's year.
 */
export async function updateOjtPlan(actor: Actor, ojtPlanId: number, input: OjtPlanUpdateInput): Promise<{ notified: Notified; fiscalYear: number }> {
  const data = parseInput(ojtPlanUpdateSchema, input);
  const supervised = supervisedPlanWhere(actor);
  assertOjtPlanId(ojtPlanId);
  if (!supervised) throw notFound("ojt plan");
  return db.$transaction(async (tx) => {
    const before = await tx.ojtPlan.findFirst({
      where: { AND: [{ id: ojtPlanId }, supervised] },
      select: {
        version: true,
        fiscalYear: true,
        traineeId: true,
        trainerId: true,
        goals: true,
        completed: true,
        trainee: { select: { name: true } },
        goalItems: { orderBy: [{ position: "asc" }, { id: "asc" }], select: goalSelect },
      },
    });
    if (!before) throw notFound("ojt plan");
    if (before.version !== data.version) throw conflict("ojt plan");

    const existing = new Map(before.goalItems.map((goal) => [goal.id, goal]));
    const keptIds = data.goals.flatMap((goal) => (goal.id === undefined ? [] : [goal.id]));
    if (keptIds.some((id) => !existing.has(id)) || new Set(keptIds).size !== keptIds.length) throw invalidInput("goals", "invalid");
    // A goal keeps a measure retired since it was set; a changed or new one must be selectable.
    await assertGoalMeasures(tx, data.goals, (goal) => goal.id !== undefined && existing.get(goal.id)?.measureId === goal.measureId);
    const trainer = data.trainerId === before.trainerId ? null : await findActiveTrainer(tx, data.trainerId, before.traineeId);

    assertUpdated(
      await tx.ojtPlan.updateMany({
        where: { id: ojtPlanId, version: data.version },
        // Saving the plan names its trainer again (changed or kept), which answers a transfer's flag.
        data: { trainerId: data.trainerId, goals: data.aim, completed: data.completed, reassignSince: null, version: { increment: 1 } },
      }),
      "ojt plan",
    );
    await tx.ojtGoal.deleteMany({ where: { ojtPlanId, id: { notIn: keptIds } } });
    for (const [position, { id, ...goal }] of data.goals.entries()) {
      if (id === undefined) await tx.ojtGoal.create({ data: { ...goal, ojtPlanId, position } });
      else await tx.ojtGoal.update({ where: { id }, data: { ...goal, position } });
    }
    await recordAudit(tx, {
      actorId: actor.employeeId,
      action: "ojt.update",
      entity: "ojt_plan",
      entityId: ojtPlanId,
      detail: {
        before: { trainerId: before.trainerId, aim: before.goals, completed: before.completed, goals: before.goalItems },
        after: { trainerId: data.trainerId, aim: data.aim, completed: data.completed, goals: data.goals },
      },
    });
    if (!trainer) return { notified: NOBODY_NOTIFIED, fiscalYear: before.fiscalYear };
    const notified = await notify(tx, [trainer.id, before.traineeId], {
      kind: "OJT_ASSIGNED",
      actorId: actor.employeeId,
      href: `/ojt/${ojtPlanId}`,
      params: { name: actor.name, trainee: before.trainee.name, trainer: trainer.name },
    });
    return { notified, fiscalYear: before.fiscalYear };
  });
}
