import "server-only";
import { recordAudit } from "@/lib/platform/audit/record-audit";
import type { Actor } from "@/lib/platform/auth/roles";
import { tokyoDate } from "@/lib/platform/dates/calendar-date";
import { db } from "@/lib/platform/db/client";
import { notFound } from "@/lib/platform/errors";
import { NOBODY_NOTIFIED, type Notified, notify } from "@/lib/messaging/notifications/notify";
import { supervisedFromAbove } from "@/lib/people/org/scope";
import { parseInput } from "@/lib/records/parse-input";
import { interviewAuditSnapshot, interviewColumns } from "./interview-columns";
import { type InterviewInput, interviewInputSchema } from "./schemas";

/**
 * A supervisor records a career interview held with a member of their team, with the actions
 * they agreed proposed to the member (who accepts or declines each one). A member the supervisor
 * does not stand above (outside the team, or a co-supervisor of it: supervisedFromAbove) is
 * NOT_FOUND: the one who holds an interview writes its private notes, which only those above the
 * member may read. When there is something for the member to read or answer — shared notes
 * or proposed actions — they are notified in the same transaction.
 */
export async function recordInterview(actor: Actor, input: InterviewInput): Promise<{ interviewId: number; notified: Notified }> {
  const data = parseInput(interviewInputSchema, input);
  return db.$transaction(async (tx) => {
    const employee = await tx.employee.findFirst({ where: { AND: [{ id: data.employeeId }, supervisedFromAbove(actor)] }, select: { id: true } });
    if (!employee) throw notFound("employee");
    const columns = await interviewColumns(tx, data, tokyoDate());
    const actions = data.actions.map((action) => ({ title: action.title, measureId: action.measureId }));
    const created = await tx.careerInterview.create({
      data: { ...columns, employeeId: employee.id, supervisorId: actor.employeeId, actions: { create: actions } },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor.employeeId,
      action: "interview.create",
      entity: "career_interview",
      entityId: created.id,
      detail: { employeeId: employee.id, after: interviewAuditSnapshot(columns, actions) },
    });
    // Who was told is what the supervisor's confirmation names.
    const notified =
      columns.sharedNotes !== "" || actions.length > 0
        ? await notify(tx, [employee.id], {
            kind: "INTERVIEW_RECORDED",
            actorId: actor.employeeId,
            href: `/interviews/${created.id}`,
            params: { name: actor.name, heldOn: data.heldOn },
          })
        : NOBODY_NOTIFIED;
    return { interviewId: created.id, notified };
  });
}
