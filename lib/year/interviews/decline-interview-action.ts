import "server-only";
import { recordAudit } from "@/lib/platform/audit/record-audit";
import type { Actor } from "@/lib/platform/auth/roles";
import { db } from "@/lib/platform/db/client";
import { conflict } from "@/lib/platform/errors";
import { bumpInterviewVersion, ownProposedAction } from "./own-proposed-action";

/**
 * The employee declines an action proposed in their career interview. It stays on the
 * interview, marked as declined, for both to see; the supervisor may propose something else.
 */
export async function declineInterviewAction(actor: Actor, actionId: number): Promise<void> {
  await db.$transaction(async (tx) => {
    const action = await ownProposedAction(tx, actor, actionId);
    const decided = await tx.interviewAction.updateMany({ where: { id: action.id, status: "PROPOSED" }, data: { status: "DECLINED", decidedAt: new Date() } });
    if (decided.count === 0) throw conflict("interview action");
    await bumpInterviewVersion(tx, action.interview.id);
    await recordAudit(tx, {
      actorId: actor.employeeId,
      action: "interview_action.decline",
      entity: "interview_action",
      entityId: action.id,
      detail: { interviewId: action.interview.id, before: { status: "PROPOSED" }, after: { status: "DECLINED" } },
    });
  });
}
