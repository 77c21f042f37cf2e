import "server-only";
import { recordAudit } from "@/lib/platform/audit/record-audit";
import type { Actor } from "@/lib/platform/auth/roles";
import { addIndividualCommitmentInTx } from "@/lib/year/commitments/individual-commitments";
import { commitmentInputSchema } from "@/lib/year/commitments/schemas";
import { formatDate } from "@/lib/platform/dates/format";
import { db } from "@/lib/platform/db/client";
import { conflict } from "@/lib/platform/errors";
import { startOwnPlanInTx } from "@/lib/year/plans/start-own-plan";
import { lockPlan } from "@/lib/year/plans/transition-plan";
import { bumpInterviewVersion, ownProposedAction, refused } from "./own-proposed-action";

export interface AcceptedAction {
  commitmentId: number;
  planId: number;
  fiscalYear: number;
}

/**
 * The employee accepts an action agreed in their career interview: it becomes a draft
 * individual commitment in their plan for the interview's fiscal year, in one transaction
 * with the action's new state, so an action is accepted exactly when its commitment exists.
 *
 * The plan rules are those of adding a commitment by hand: an approved plan stays approved
 * and the new commitment waits for approval as a change; a submitted plan, or one whose changes
 * are with the supervisor, is under review and takes nothing new (the employee withdraws or waits). With no plan for that year yet, one is started — accepting is the employee
 * saying "put this in my plan", and sending them away to create it first would lose the click.
 */
export async function acceptInterviewAction(actor: Actor, actionId: number): Promise<AcceptedAction> {
  return db.$transaction(async (tx) => {
    const action = await ownProposedAction(tx, actor, actionId);
    const planId = await startOwnPlanInTx(tx, actor, action.fiscalYear);
    await lockPlan(tx, planId);
    const plan = await tx.developmentPlan.findUniqueOrThrow({ where: { id: planId }, select: { status: true, changesSubmittedAt: true } });
    if (plan.status === "SUBMITTED" || plan.changesSubmittedAt !== null) throw refused("planUnderReview");

    // Stored words, not UI: written once, in the language of the city's records.
    const origin = `キャリア面談（${formatDate(action.heldOn, "ja")}、面談者：${action.interview.supervisor.name}）で合意した取組`;
    // The action is its own target; the employee sharpens target and due date in the plan.
    const input = commitmentInputSchema.parse({
      title: action.title,
      description: origin,
      measureId: action.measureId,
      targetKind: "text",
      targetText: action.title,
    });
    const commitmentId = await addIndividualCommitmentInTx(tx, actor, planId, input, origin);

    const decided = await tx.interviewAction.updateMany({
      where: { id: action.id, status: "PROPOSED" },
      data: { status: "ACCEPTED", commitmentId, decidedAt: new Date() },
    });
    if (decided.count === 0) throw conflict("interview action");
    await bumpInterviewVersion(tx, action.interview.id);
    await recordAudit(tx, {
      actorId: actor.employeeId,
      action: "interview_action.accept",
      entity: "interview_action",
      entityId: action.id,
      detail: { interviewId: action.interview.id, before: { status: "PROPOSED" }, after: { status: "ACCEPTED", commitmentId, planId } },
    });
    return { commitmentId, planId, fiscalYear: action.fiscalYear };
  });
}
