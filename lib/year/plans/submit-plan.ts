import "server-only";
import type { Actor } from "@/lib/platform/auth/roles";
import { db } from "@/lib/platform/db/client";
import { tokyoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf } from "@/lib/platform/dates/fiscal-year";
import { assertYearOpen } from "@/lib/year/rollover/assert-year-open";
import { invalidInput, notAllowed } from "@/lib/platform/errors";
import { isPastFiscalYear, SUBMITTABLE_STATES } from "./plan-rules";
import { notify } from "@/lib/messaging/notifications/notify";
import { resolveNotifications } from "@/lib/messaging/notifications/resolve-notifications";
import { supervisorsOf } from "@/lib/messaging/notifications/supervisors-of";
import { hasChanges } from "./plan-changes";
import { stepPlanChanges } from "./plan-change-steps";
import { confirmByOwnerEdit } from "./proxy-entry";
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
    // Submitting a plan entered on behalf (代理入力) is the owner's confirmation of it.
    await confirmByOwnerEdit(tx, actor, planId);
    await notify(tx, await supervisorsOf(tx, actor.employeeId), {
      kind: "PLAN_SUBMITTED",
      actorId: actor.employeeId,
      href: `/plans/${planId}`,
      params: { name: actor.name },
    });
    // The plan was returned to be revised; now it has been. The owner's page address is every
    // owner's, so only the owner's own notification is theirs to resolve.
    if (plan) await resolveNotifications(tx, `/me/plans/${plan.fiscalYear}`, ["PLAN_RETURNED"], actor.employeeId);
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

/**
 * The owner sends the changes of their approved plan to their supervisor: the plan stays
 * approved and its agreed commitments keep taking progress, the new and changed ones wait for
 * approval. Refused when nothing differs from what was approved (changes), and on the same
 * grounds as a submission (a vision, a live commitment).
 */
export async function submitPlanChanges(actor: Actor, planId: number, version: number): Promise<void> {
  await db.$transaction(async (tx) => {
    const now = new Date();
    await stepPlanChanges(tx, {
      planId,
      version,
      submitted: false,
      action: "CHANGES_SUBMIT",
      auditAction: "plan.changes.submit",
      actorId: actor.employeeId,
      where: { employeeId: actor.employeeId },
      // submitted_at orders the supervisor's queue: the changes wait from now.
      data: { changesSubmittedAt: now, submittedAt: now },
      commitments: { from: ["DRAFT", "RETURNED"], to: "SUBMITTED" },
      check: async ({ terms, changes, fiscalYear }) => {
        await assertYearOpen(tx, actor, fiscalYear);
        if (isPastFiscalYear(fiscalYear, fiscalYearOf(tokyoDate()))) throw notAllowed("past fiscal year");
        if (terms.visionNow.trim() === "") throw invalidInput("visionNow", "visionRequired");
        if (terms.commitments.length === 0) throw invalidInput("commitments", "commitmentRequired");
        if (!hasChanges(changes)) throw invalidInput("changes", "noChanges");
      },
    });
    const plan = await tx.developmentPlan.findUniqueOrThrow({ where: { id: planId }, select: { fiscalYear: true } });
    await notify(tx, await supervisorsOf(tx, actor.employeeId), {
      kind: "PLAN_CHANGES_SUBMITTED",
      actorId: actor.employeeId,
      href: `/plans/${planId}`,
      params: { name: actor.name },
    });
    // The changes were returned to be revised; now they have been (the owner's own notification only, as above).
    await resolveNotifications(tx, `/me/plans/${plan.fiscalYear}`, ["PLAN_RETURNED"], actor.employeeId);
  });
}

/** The owner takes sent changes back before the supervisor has reviewed them, to change them further. */
export async function withdrawPlanChanges(actor: Actor, planId: number, version: number): Promise<void> {
  await db.$transaction(async (tx) => {
    await stepPlanChanges(tx, {
      planId,
      version,
      submitted: true,
      action: "CHANGES_WITHDRAW",
      auditAction: "plan.changes.withdraw",
      actorId: actor.employeeId,
      where: { employeeId: actor.employeeId },
      data: { changesSubmittedAt: null },
      commitments: { from: ["SUBMITTED"], to: "DRAFT" },
    });
    // Nothing is left for the supervisor to review.
    await resolveNotifications(tx, `/plans/${planId}`, ["PLAN_CHANGES_SUBMITTED"]);
  });
}
