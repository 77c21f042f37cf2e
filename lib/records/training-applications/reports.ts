import "server-only";
import { recordAudit } from "@/lib/platform/audit/record-audit";
import type { Actor } from "@/lib/platform/auth/roles";
import { fromDateColumn, toIsoDate } from "@/lib/platform/dates/calendar-date";
import { db } from "@/lib/platform/db/client";
import { isDatabaseId } from "@/lib/platform/db/ids";
import { assertUpdated, conflict, notFound } from "@/lib/platform/errors";
import type { EnrolmentStatus } from "@/lib/generated/prisma/enums";
import { resolveNotifications } from "@/lib/messaging/notifications/resolve-notifications";
import { parseInput } from "@/lib/records/parse-input";
import { applicationLinks } from "./recipients";
import { type ReportInput, reportSchema } from "./schemas";

const ATTENDED: EnrolmentStatus[] = ["ATTENDED", "COMPLETED"];

/** Only one's own attendance takes a report: anyone else's, or an absence, is not found. */
const ownAttendance = (actor: Actor, enrolmentId: number) => ({ id: enrolmentId, employeeId: actor.employeeId, status: { in: ATTENDED } });

/** The attendance and its report so far (version 0: none yet), for the report form. */
export async function findReportForm(actor: Actor, enrolmentId: number) {
  if (!isDatabaseId(enrolmentId)) throw notFound("training enrolment");
  const row = await db.trainingEnrolment.findFirst({
    where: ownAttendance(actor, enrolmentId),
    select: {
      id: true,
      status: true,
      session: { select: { startOn: true, endOn: true, programme: { select: { title: true, hours: true } } } },
      report: { select: { report: true, satisfaction: true, usefulness: true, appliedAtWork: true, version: true, submittedAt: true } },
    },
  });
  if (!row) throw notFound("training enrolment");
  return {
    enrolmentId: row.id,
    attendance: row.status,
    title: row.session.programme.title,
    hours: row.session.programme.hours.toNumber(),
    startOn: toIsoDate(fromDateColumn(row.session.startOn)),
    endOn: toIsoDate(fromDateColumn(row.session.endOn)),
    report: row.report ? { ...row.report, submittedAt: row.report.submittedAt.toISOString() } : null,
    version: row.report?.version ?? 0,
  };
}

/**
 * The 受講報告 and the evaluation of one's own attendance: the first submission creates it, a
 * later one corrects it if it is still the version the form showed. The reminder to write it is
 * resolved.
 */
export async function submitTrainingReport(actor: Actor, input: ReportInput): Promise<{ enrolmentId: number }> {
  const { enrolmentId, version, ...answers } = parseInput(reportSchema, input);
  return db.$transaction(async (tx) => {
    const enrolment = await tx.trainingEnrolment.findFirst({
      where: ownAttendance(actor, enrolmentId),
      select: { id: true, report: { select: { report: true, satisfaction: true, usefulness: true, appliedAtWork: true } } },
    });
    if (!enrolment) throw notFound("training enrolment");
    if (enrolment.report === null) {
      // Version 0 is "no report yet": a second first submission (another tab) loses to the unique key.
      if (version !== 0) throw conflict("training report");
      const created = await tx.trainingReport.createMany({ data: [{ enrolmentId, employeeId: actor.employeeId, ...answers }], skipDuplicates: true });
      if (created.count === 0) throw conflict("training report");
    } else {
      assertUpdated(
        await tx.trainingReport.updateMany({ where: { enrolmentId, version }, data: { ...answers, version: { increment: 1 } } }),
        "training report",
      );
    }
    await resolveNotifications(tx, applicationLinks.report(enrolmentId), ["TRAINING_REPORT_DUE"]);
    await recordAudit(tx, {
      actorId: actor.employeeId,
      action: "training-report.submit",
      entity: "training_enrolment",
      entityId: enrolmentId,
      detail: { before: enrolment.report, after: answers },
    });
    return { enrolmentId };
  });
}
