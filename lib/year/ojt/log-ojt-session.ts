import "server-only";
import { recordAudit } from "@/lib/platform/audit/record-audit";
import type { Actor } from "@/lib/platform/auth/roles";
import { compareDates, toDateColumn, tokyoDate } from "@/lib/platform/dates/calendar-date";
import { isWithinFiscalYear } from "@/lib/platform/dates/fiscal-year";
import { parseIsoDate } from "@/lib/platform/dates/iso";
import { db } from "@/lib/platform/db/client";
import { invalidInput, notFound } from "@/lib/platform/errors";
import { type Notified, notify } from "@/lib/messaging/notifications/notify";
import { supervisorsOf } from "@/lib/messaging/notifications/supervisors-of";
import { parseInput } from "@/lib/records/parse-input";
import { assertOjtPlanId, sessionLoggerWhere } from "./ojt-access";
import { type OjtSessionInput, ojtSessionInputSchema } from "./schemas";

/**
 * The trainer or the trainee records a session held, dated within the plan's fiscal year and
 * not in the future. Supervisors, HR and the bureau read sessions but do not log them: the
 * record is the account of the two people who were there, so for anyone else the plan is
 * NOT_FOUND here, as it is for every write outside one's reach. Sessions are only added, never
 * changed, so they take no version: two people logging at once simply both get recorded.
 * The other party and the trainee's supervisors are told, and the answer says who.
 */
export async function logOjtSession(actor: Actor, ojtPlanId: number, input: OjtSessionInput): Promise<{ sessionId: number; notified: Notified }> {
  const data = parseInput(ojtSessionInputSchema, input);
  assertOjtPlanId(ojtPlanId);
  return db.$transaction(async (tx) => {
    const plan = await tx.ojtPlan.findFirst({
      where: { AND: [{ id: ojtPlanId }, sessionLoggerWhere(actor)] },
      select: { fiscalYear: true, traineeId: true, trainerId: true, trainee: { select: { name: true } } },
    });
    if (!plan) throw notFound("ojt plan");
    const heldOn = parseIsoDate(data.heldOn);
    if (!isWithinFiscalYear(heldOn, plan.fiscalYear)) throw invalidInput("heldOn", "outsideFiscalYear", { fiscalYear: plan.fiscalYear });
    if (compareDates(heldOn, tokyoDate()) > 0) throw invalidInput("heldOn", "future");

    const session = await tx.ojtSession.create({
      data: {
        ojtPlanId,
        heldOn: toDateColumn(heldOn),
        minutes: data.minutes,
        topic: data.topic,
        learnt: data.learnt,
        nextStep: data.nextStep,
        recordedById: actor.employeeId,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor.employeeId,
      action: "ojt.session",
      entity: "ojt_session",
      entityId: session.id,
      detail: { ojtPlanId, after: data },
    });
    const notified = await notify(tx, [plan.traineeId, plan.trainerId, ...(await supervisorsOf(tx, plan.traineeId))], {
      kind: "OJT_SESSION_LOGGED",
      actorId: actor.employeeId,
      href: `/ojt/${ojtPlanId}`,
      params: { name: actor.name, trainee: plan.trainee.name, heldOn: data.heldOn, topic: data.topic },
    });
    return { sessionId: session.id, notified };
  });
}
