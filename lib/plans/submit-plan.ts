import "server-only";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { tokyoDate } from "@/lib/dates/calendar-date";
import { fiscalYearOf } from "@/lib/dates/fiscal-year";
import { assertYearOpen } from "@/lib/rollover/assert-year-open";
import { invalidInput, notAllowed } from "@/lib/errors";
import { isPastFiscalYear, SUBMITTABLE_STATES } from "./plan-rules";
import { notify } from "@/lib/notifications/notify";
import { resolveNotifications } from "@/lib/notifications/resolve-notifications";
import { supervisorsOf } from "@/lib/notifications/supervisors-of";
import { lockPlan, transitionPlan } from "./transition-plan";

/**
 * The owner submits their plan to their supervisor. A plan says where one wants to go and what
 * one will do about it, so it needs a current career vision and at least one live commitment.
 */
export async function submitPlan(actor: Actor, planId: number, version: number): Promise<void> {
  await db.$transaction(async (tx) => {
    // Counted under the plan's lock: a commitment cannot be dropped between count and submit.
    await lockPlan(tx, planId);
    const plan = await tx.developmentPlan.findFirst({
      where: { id: planId, employeeId: actor.employeeId },
      select: { visionNow: true, fiscalYear: true },
    });
    // Counted by the plan_id index (a relation _count would group the whole commitment table).
    const liveCommitments = plan ? await tx.commitment.count({ where: { planId, status: { not: "DROPPED" } } }) : 0;
    if (plan) await assertYearOpen(tx, actor, plan.fiscalYear);
    if (plan && isPastFiscalYear(plan.fiscalYear, fiscalYearOf(tokyoDate()))) throw notAllowed("past fiscal year");
    if (plan && plan.visionNow.trim() === "") throw invalidInput("visionNow", "visionRequired");
    if (plan && liveCommitments === 0) throw invalidInput("commitments", "commitmentRequired");
    await transitionPlan(tx, {
      planId,
      version,
      from: SUBMITTABLE_STATES,
      to: "SUBMITTED",
      action: "SUBMIT",
      auditAction: "plan.submit",
      actorId: actor.employeeId,
      where: { employeeId: actor.employeeId },
      data: { submittedAt: new Date() },
      commitments: { from: ["DRAFT", "RETURNED"], to: "SUBMITTED" },
    });
    await notify(tx, await supervisorsOf(tx, actor.employeeId), { kind: "PLAN_SUBMITTED", actorId: actor.employeeId, href: `/plans/${planId}`, params: { name: actor.name } });
    // The plan was returned to be revised; now it has been.
    if (plan) await resolveNotifications(tx, `/me/plans/${plan.fiscalYear}`, ["PLAN_RETURNED"]);
  });
}

/** The owner takes a submitted plan back to change it before the supervisor has reviewed it. */
export async function withdrawPlan(actor: Actor, planId: number, version: number): Promise<void> {
  await db.$transaction((tx) =>
    transitionPlan(tx, {
      planId,
      version,
      from: ["SUBMITTED"],
      to: "DRAFT",
      action: "REOPEN",
      auditAction: "plan.reopen",
      actorId: actor.employeeId,
      where: { employeeId: actor.employeeId },
      commitments: { from: ["SUBMITTED"], to: "DRAFT" },
    }),
  );
}
