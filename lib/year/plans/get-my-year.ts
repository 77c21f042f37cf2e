import "server-only";
import type { Actor } from "@/lib/platform/auth/roles";
import { commitmentSelect } from "@/lib/year/commitments/commitment-select";
import { type CalendarDate, toDateColumn } from "@/lib/platform/dates/calendar-date";
import { db } from "@/lib/platform/db/client";
import { diffPlanTerms, hasChanges, parsePlanTerms, planTermsOf } from "./plan-changes";
import { planDisplayState } from "./plan-rules";

const OPEN = ["DRAFT", "SUBMITTED", "APPROVED", "RETURNED", "IN_PROGRESS"] as const;

/**
 * What the employee's dashboard shows for a fiscal year: the plan's state, its live
 * commitments, which are overdue or due within 30 days, and what the supervisor last said.
 * The state is the one the plan's own page shows: an approved plan with changes being written
 * or sent says so, computed from the approved terms as the page computes it.
 */
export async function getMyYear(actor: Actor, fiscalYear: number, today: CalendarDate) {
  const plan = await db.developmentPlan.findUnique({
    where: { employeeId_fiscalYear: { employeeId: actor.employeeId, fiscalYear } },
    select: {
      id: true,
      status: true,
      changesSubmittedAt: true,
      approvedSnapshot: true,
      // The plan's terms beside its commitments, to tell whether anything changed since the approval.
      visionNow: true,
      vision3Years: true,
      vision10Years: true,
      images: { select: { targetImageId: true, aspired: true, reason: true, targetImage: { select: { name: true } } } },
      version: true,
      proxyConfirmedAt: true,
      proxyEnteredBy: { select: { name: true } },
      commitments: { where: { status: { not: "DROPPED" } }, orderBy: [{ position: "asc" }, { id: "asc" }], select: commitmentSelect },
      events: {
        where: { actorId: { not: actor.employeeId }, OR: [{ comment: { not: "" } }, { action: { in: ["APPROVE", "RETURN"] } }] },
        orderBy: [{ at: "desc" }, { id: "desc" }],
        take: 1,
        select: { action: true, comment: true, at: true, actor: { select: { name: true } } },
      },
    },
  });
  if (!plan) return { plan: null, commitments: [], overdue: [], dueSoon: [], lastWord: null };
  const start = toDateColumn(today).getTime();
  const soon = start + 30 * 24 * 60 * 60 * 1000;
  const open = plan.commitments.filter((commitment) => (OPEN as readonly string[]).includes(commitment.status));
  return {
    plan: {
      id: plan.id,
      status: plan.status,
      state: planDisplayState(plan.status, plan.changesSubmittedAt !== null, changedSinceApproval(plan)),
      version: plan.version,
      /** 代理入力 not yet confirmed by the member: who entered it */
      proxyToConfirm: plan.proxyEnteredBy && !plan.proxyConfirmedAt ? { enteredBy: plan.proxyEnteredBy.name } : null,
    },
    commitments: plan.commitments,
    overdue: open.filter((commitment) => commitment.dueOn && commitment.dueOn.getTime() < start),
    dueSoon: open.filter((commitment) => commitment.dueOn && commitment.dueOn.getTime() >= start && commitment.dueOn.getTime() <= soon),
    lastWord: plan.events[0] ?? null,
  };
}

function changedSinceApproval(plan: Parameters<typeof planTermsOf>[0] & { status: string; approvedSnapshot: unknown }): boolean {
  const approved = plan.status === "APPROVED" ? parsePlanTerms(plan.approvedSnapshot) : null;
  return approved ? hasChanges(diffPlanTerms(approved, planTermsOf(plan))) : false;
}
