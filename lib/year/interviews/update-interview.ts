import "server-only";
import { recordAudit } from "@/lib/platform/audit/record-audit";
import type { Actor } from "@/lib/platform/auth/roles";
import { fromDateColumn, tokyoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf } from "@/lib/platform/dates/fiscal-year";
import { db } from "@/lib/platform/db/client";
import { assertUpdated, conflict, invalidInput, notAllowed, notFound } from "@/lib/platform/errors";
import { NOBODY_NOTIFIED, type Notified, notify } from "@/lib/messaging/notifications/notify";
import { supervisedFromAbove } from "@/lib/people/org/scope";
import { isPastFiscalYear } from "@/lib/year/plans/plan-rules";
import { parseInput } from "@/lib/records/parse-input";
import { assertRecordRef } from "@/lib/records/record-ref";
import { interviewAuditSnapshot, interviewColumns } from "./interview-columns";
import { lockInterview } from "./interview-access";
import { MAX_ACTIONS } from "./limits";
import { type InterviewUpdateInput, interviewUpdateSchema } from "./schemas";

/**
 * The supervisor who held an interview corrects it, while they stand above the member
 * (supervisedFromAbove: the member is in their team and leads nothing beside them) and the
 * fiscal year lasts. Proposed actions may be changed, removed or added; those the member has
 * already accepted or declined stay as they are. A version other than the stored one — an edit
 * elsewhere, or the member deciding on an action meanwhile — is a CONFLICT, never overwritten.
 */
export async function updateInterview(actor: Actor, interviewId: number, input: InterviewUpdateInput): Promise<Notified> {
  const data = parseInput(interviewUpdateSchema, input);
  assertRecordRef(interviewId, data.version);
  return db.$transaction(async (tx) => {
    await lockInterview(tx, interviewId);
    const before = await tx.careerInterview.findFirst({
      where: { id: interviewId, supervisorId: actor.employeeId, employee: supervisedFromAbove(actor) },
      select: {
        employeeId: true,
        version: true,
        heldOn: true,
        kind: true,
        agenda: true,
        sharedNotes: true,
        privateNotes: true,
        agreedActions: true,
        actions: { orderBy: { id: "asc" }, select: { id: true, title: true, measureId: true, status: true } },
      },
    });
    if (!before) throw notFound("interview");
    const today = tokyoDate();
    if (isPastFiscalYear(fiscalYearOf(fromDateColumn(before.heldOn)), fiscalYearOf(today))) throw notAllowed("past fiscal year");
    if (before.version !== data.version) throw conflict("interview");
    const columns = await interviewColumns(tx, data, today);

    const proposed = new Set(before.actions.filter((action) => action.status === "PROPOSED").map((action) => action.id));
    const decided = before.actions.length - proposed.size;
    // Ids come from hidden fields: one that is not a proposed action of this interview is forged.
    if (data.actions.some((action) => action.id !== undefined && !proposed.has(action.id))) throw invalidInput("actions", "invalid");
    if (decided + data.actions.length > MAX_ACTIONS) throw invalidInput("actions", "tooManyActions");

    assertUpdated(
      await tx.careerInterview.updateMany({ where: { id: interviewId, version: data.version }, data: { ...columns, version: { increment: 1 } } }),
      "interview",
    );
    const kept = new Set(data.actions.flatMap((action) => (action.id === undefined ? [] : [action.id])));
    await tx.interviewAction.deleteMany({ where: { interviewId, status: "PROPOSED", id: { notIn: [...kept] } } });
    for (const action of data.actions) {
      if (action.id === undefined) await tx.interviewAction.create({ data: { interviewId, title: action.title, measureId: action.measureId } });
      else await tx.interviewAction.update({ where: { id: action.id }, data: { title: action.title, measureId: action.measureId } });
    }

    const { employeeId, version, actions: beforeActions, ...beforeColumns } = before;
    await recordAudit(tx, {
      actorId: actor.employeeId,
      action: "interview.update",
      entity: "career_interview",
      entityId: interviewId,
      detail: { before: interviewAuditSnapshot(beforeColumns, beforeActions), after: interviewAuditSnapshot(columns, data.actions) },
    });
    // The member hears of what is new for them: changed shared notes or newly proposed actions.
    const added = data.actions.some((action) => action.id === undefined);
    if ((columns.sharedNotes !== "" && columns.sharedNotes !== before.sharedNotes) || added) {
      return notify(tx, [employeeId], {
        kind: "INTERVIEW_RECORDED",
        actorId: actor.employeeId,
        href: `/interviews/${interviewId}`,
        params: { name: actor.name, heldOn: data.heldOn },
      });
    }
    return NOBODY_NOTIFIED;
  });
}
