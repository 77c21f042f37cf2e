import "server-only";
import { recordAudit } from "@/lib/platform/audit/record-audit";
import type { Actor } from "@/lib/platform/auth/roles";
import { toDateColumn, tokyoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf, youngStaffJoinedAfter } from "@/lib/platform/dates/fiscal-year";
import { db } from "@/lib/platform/db/client";
import { invalidInput, notFound } from "@/lib/platform/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { type Notified, notify } from "@/lib/messaging/notifications/notify";
import { employeeScope } from "@/lib/people/org/scope";
import { parseInput } from "@/lib/records/parse-input";
import { getYoungStaffYears } from "@/lib/insight/settings/young-staff-years";
import { assertGoalMeasures, findActiveTrainer } from "./ojt-writes";
import { type OjtPlanInput, ojtPlanInputSchema } from "./schemas";

/** The trainee's plan for that year exists already: said about the trainee, not as a crash. */
const planExists = (fiscalYear: number) => invalidInput("traineeId", "planExists", { fiscalYear });

/**
 * A supervisor assigns a trainer and goals to a young member of their team for a fiscal year
 * (the current one, or the next: plans for April are made in March). The trainee must be young
 * staff in the supervisor's scope — anyone else is NOT_FOUND, as the page for them is; the
 * trainer any other active member of staff. One plan per trainee and year. The trainee and
 * the trainer are told, in the same transaction.
 */
export async function createOjtPlan(actor: Actor, input: OjtPlanInput): Promise<{ ojtPlanId: number; fiscalYear: number; notified: Notified }> {
  const data = parseInput(ojtPlanInputSchema, input);
  const today = tokyoDate();
  const current = fiscalYearOf(today);
  if (data.fiscalYear !== current && data.fiscalYear !== current + 1) throw invalidInput("fiscalYear", "invalid");
  const youngAfter = toDateColumn(youngStaffJoinedAfter(today, await getYoungStaffYears(db)));
  try {
    return await db.$transaction(async (tx) => {
      const trainee = await tx.employee.findFirst({
        where: { AND: [{ id: data.traineeId, joinedOn: { gt: youngAfter } }, employeeScope(actor, "SUPERVISOR")] },
        select: { id: true, name: true },
      });
      if (!trainee) throw notFound("trainee");
      const trainer = await findActiveTrainer(tx, data.trainerId, trainee.id);
      await assertGoalMeasures(tx, data.goals);
      const existing = await tx.ojtPlan.findUnique({
        where: { traineeId_fiscalYear: { traineeId: trainee.id, fiscalYear: data.fiscalYear } },
        select: { id: true },
      });
      if (existing) throw planExists(data.fiscalYear);

      const plan = await tx.ojtPlan.create({
        data: {
          traineeId: trainee.id,
          trainerId: trainer.id,
          supervisorId: actor.employeeId,
          fiscalYear: data.fiscalYear,
          goals: data.aim,
          goalItems: { create: data.goals.map((goal, position) => ({ ...goal, position })) },
        },
        select: { id: true },
      });
      await recordAudit(tx, {
        actorId: actor.employeeId,
        action: "ojt.create",
        entity: "ojt_plan",
        entityId: plan.id,
        detail: { after: { traineeId: trainee.id, trainerId: trainer.id, fiscalYear: data.fiscalYear, aim: data.aim, completed: false, goals: data.goals } },
      });
      const notified = await notify(tx, [trainee.id, trainer.id], {
        kind: "OJT_ASSIGNED",
        actorId: actor.employeeId,
        href: `/ojt/${plan.id}`,
        params: { name: actor.name, trainee: trainee.name, trainer: trainer.name, fiscalYear: data.fiscalYear },
      });
      return { ojtPlanId: plan.id, fiscalYear: data.fiscalYear, notified };
    });
  } catch (error) {
    // Two supervisors creating the same trainee's plan at once: the unique key decides.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw planExists(data.fiscalYear);
    throw error;
  }
}
