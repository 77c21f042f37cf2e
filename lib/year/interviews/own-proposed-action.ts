import "server-only";
import type { Actor } from "@/lib/platform/auth/roles";
import { fromDateColumn, tokyoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf } from "@/lib/platform/dates/fiscal-year";
import { AppError, notFound } from "@/lib/platform/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { employeeScope } from "@/lib/people/org/scope";
import { isPastFiscalYear } from "@/lib/year/plans/plan-rules";
import { lockInterview } from "./interview-access";
import { isDatabaseId } from "@/lib/platform/db/ids";

/** A refusal the employee can act on: NOT_ALLOWED with an `interviews.validation.*` key. */
export function refused(messageKey: "alreadyDecided" | "pastFiscalYear" | "planUnderReview"): AppError {
  return new AppError("NOT_ALLOWED", messageKey, undefined, messageKey);
}

/**
 * An action proposed to the actor in one of their own interviews, read under the interview's
 * lock so that two decisions on it are made one after the other. Someone else's action is
 * NOT_FOUND; one already decided, or of an ended fiscal year, is refused.
 */
export async function ownProposedAction(tx: Prisma.TransactionClient, actor: Actor, actionId: number) {
  if (!isDatabaseId(actionId)) throw notFound("interview action");
  const own = { id: actionId, interview: { employee: employeeScope(actor, "EMPLOYEE") } };
  const ref = await tx.interviewAction.findFirst({ where: own, select: { interviewId: true } });
  if (!ref) throw notFound("interview action");
  await lockInterview(tx, ref.interviewId);
  const action = await tx.interviewAction.findFirst({
    where: own,
    select: {
      id: true,
      title: true,
      measureId: true,
      status: true,
      interview: { select: { id: true, heldOn: true, supervisor: { select: { name: true } } } },
    },
  });
  if (!action) throw notFound("interview action");
  if (action.status !== "PROPOSED") throw refused("alreadyDecided");
  const heldOn = fromDateColumn(action.interview.heldOn);
  const fiscalYear = fiscalYearOf(heldOn);
  if (isPastFiscalYear(fiscalYear, fiscalYearOf(tokyoDate()))) throw refused("pastFiscalYear");
  return { ...action, heldOn, fiscalYear };
}

/** A decision changes what the supervisor's edit form showed: their stale save must conflict. */
export async function bumpInterviewVersion(tx: Prisma.TransactionClient, interviewId: number): Promise<void> {
  await tx.careerInterview.update({ where: { id: interviewId }, data: { version: { increment: 1 } } });
}
