import "server-only";
import { recordAudit } from "@/lib/platform/audit/record-audit";
import type { Actor } from "@/lib/platform/auth/roles";
import { toDateColumn, tokyoDate } from "@/lib/platform/dates/calendar-date";
import { db } from "@/lib/platform/db/client";
import { AppError, notFound } from "@/lib/platform/errors";
import { notify } from "@/lib/messaging/notifications/notify";
import { supervisorsOf } from "@/lib/messaging/notifications/supervisors-of";
import { parseInput } from "@/lib/records/parse-input";
import { applicationLinks, hrDivisionMembers } from "./recipients";
import { type ApplyInput, applySchema } from "./schemas";

const refuse = (why: string, key: string) => new AppError("NOT_ALLOWED", why, undefined, key);

const listed = (targets: string, value: string) => targets === "" || targets.split(",").includes(value);

/**
 * A member of staff applies for a session open to them, with their reason. Their supervisors are
 * asked to recommend; someone nobody supervises goes to the HR division directly.
 */
export async function applyForSession(actor: Actor, input: ApplyInput): Promise<{ applicationId: number; sessionId: number }> {
  const data = parseInput(applySchema, input);
  return db.$transaction(async (tx) => {
    const today = toDateColumn(tokyoDate());
    const session = await tx.trainingSession.findFirst({
      where: { id: data.sessionId, applicationsUntil: { not: null, gte: today }, programme: { retiredAt: null } },
      select: { id: true, programme: { select: { title: true, targetRanks: true, targetJobCategories: true } } },
    });
    if (!session) throw notFound("training session");
    const me = await tx.employee.findUniqueOrThrow({ where: { id: actor.employeeId }, select: { rank: true, jobCategory: true } });
    if (!listed(session.programme.targetRanks, me.rank) || !listed(session.programme.targetJobCategories, me.jobCategory))
      throw refuse("not a target of the programme", "notEligible");
    const taken = await tx.trainingApplication.count({ where: { sessionId: session.id, employeeId: actor.employeeId } });
    const enrolled = await tx.trainingEnrolment.count({ where: { sessionId: session.id, employeeId: actor.employeeId } });
    if (taken > 0 || enrolled > 0) throw refuse("already applied", "alreadyApplied");
    // Two tabs applying at once: the unique key keeps one, the other is told it already applied.
    const [created] = await tx.trainingApplication.createManyAndReturn({
      data: [{ sessionId: session.id, employeeId: actor.employeeId, reason: data.reason }],
      skipDuplicates: true,
      select: { id: true },
    });
    if (!created) throw refuse("already applied", "alreadyApplied");
    const supervisors = await supervisorsOf(tx, actor.employeeId);
    const params = { name: actor.name, title: session.programme.title };
    if (supervisors.length > 0)
      await notify(tx, supervisors, { kind: "TRAINING_APPLIED", actorId: actor.employeeId, href: applicationLinks.supervisor(created.id), params });
    else
      await notify(tx, await hrDivisionMembers(tx), {
        kind: "TRAINING_TO_SELECT",
        actorId: actor.employeeId,
        href: applicationLinks.hr(session.id, created.id),
        params,
      });
    await recordAudit(tx, {
      actorId: actor.employeeId,
      action: "training-application.apply",
      entity: "training_application",
      entityId: created.id,
      detail: { sessionId: session.id, reason: data.reason, toSupervisors: supervisors.length },
    });
    return { applicationId: created.id, sessionId: session.id };
  });
}
