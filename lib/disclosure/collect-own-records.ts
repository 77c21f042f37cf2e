import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/roles";
import { db as defaultDb } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { readRetentionSettings } from "@/lib/retention/retention-settings";
import { describeOwnRetention } from "./own-retention";

const person = { select: { staffNumber: true, name: true } } as const;

/**
 * Everything the portal holds about the acting employee, for their own disclosure request
 * (本人開示): profile and roles, every plan with its self-assessments, commitments, progress and
 * the review timeline with supervisors' comments, training and qualification records, OJT they
 * received, career interviews with the shared notes and agreed actions, notifications, what they
 * did in the portal and who viewed their records, their transfers with the handover notes, and the
 * e-mails the portal wrote to them, and what is kept until when (the HR division's retention
 * periods applied to these records). Supervisors' private interview notes are not
 * part of the employee's record and are left out. Only ever the actor's own data: there is no
 * parameter naming anyone else. The download is audited before anything is read, so no copy
 * leaves without its audit row; the reads then run in parallel on the pool.
 */
export async function collectOwnRecords(actor: Actor, client: PrismaClient = defaultDb) {
  const me = actor.employeeId;
  await client.$transaction((tx) => recordAudit(tx, { actorId: me, action: "disclosure.download", entity: "employee", entityId: String(me) }));
  const [profile, roles, plans, trainings, qualifications, ojt, interviews, notifications, ownActions, transfers, mails, retention, attachments] = await Promise.all([
    client.employee.findUniqueOrThrow({
      where: { id: me },
      select: { staffNumber: true, name: true, nameKana: true, jobCategory: true, rank: true, joinedOn: true, email: true, active: true, unit: { select: { code: true, name: true } }, supervisor: person },
    }),
    client.roleAssignment.findMany({ where: { employeeId: me }, select: { role: true, validFrom: true, validTo: true, includeSubunits: true, unit: { select: { code: true, name: true } } }, orderBy: { validFrom: "asc" } }),
    client.developmentPlan.findMany({
      where: { employeeId: me },
      orderBy: { fiscalYear: "asc" },
      select: {
        id: true, fiscalYear: true, status: true, visionNow: true, vision3Years: true, vision10Years: true, transferWishFields: true, transferWishComment: true, reflection: true,
        submittedAt: true, reviewedAt: true, reviewer: person,
        images: { select: { aspired: true, reason: true, selfScore: true, selfComment: true, targetImage: { select: { number: true, name: true } } } },
        events: { orderBy: { at: "asc" }, select: { at: true, action: true, fromStatus: true, toStatus: true, comment: true, actor: person } },
        commitments: {
          orderBy: { position: "asc" },
          select: {
            title: true, description: true, targetText: true, targetValue: true, targetUnit: true, actualValue: true, progressPercent: true, status: true, dueOn: true,
            measure: { select: { number: true, name: true } },
            progress: { orderBy: { recordedOn: "asc" }, select: { recordedOn: true, note: true, percent: true, actualValue: true, recordedBy: person } },
            events: { orderBy: { at: "asc" }, select: { at: true, action: true, fromStatus: true, toStatus: true, comment: true, actor: person } },
          },
        },
      },
    }),
    client.trainingRecord.findMany({ where: { employeeId: me }, orderBy: { startOn: "asc" }, select: { fiscalYear: true, programmeName: true, kind: true, startOn: true, endOn: true, hours: true, completed: true, verifiedAt: true, attachment: { select: { fileName: true } } } }),
    client.qualificationRecord.findMany({ where: { employeeId: me }, orderBy: { obtainedOn: "asc" }, select: { name: true, obtainedOn: true, expiresOn: true, note: true, verifiedAt: true, attachment: { select: { fileName: true } } } }),
    client.ojtPlan.findMany({
      where: { traineeId: me },
      orderBy: { fiscalYear: "asc" },
      select: {
        id: true, fiscalYear: true, goals: true, completed: true, trainer: person, supervisor: person,
        goalItems: { orderBy: { position: "asc" }, select: { period: true, goal: true, achieved: true } },
        sessions: { orderBy: { heldOn: "asc" }, select: { heldOn: true, minutes: true, topic: true, learnt: true, nextStep: true } },
      },
    }),
    client.careerInterview.findMany({
      where: { employeeId: me },
      orderBy: { heldOn: "asc" },
      select: { id: true, heldOn: true, kind: true, agenda: true, sharedNotes: true, agreedActions: true, supervisor: person, actions: { select: { title: true, status: true, decidedAt: true } } },
    }),
    client.notification.findMany({ where: { recipientId: me }, orderBy: { createdAt: "asc" }, select: { kind: true, createdAt: true, readAt: true, href: true } }),
    client.auditLog.findMany({ where: { actorId: me }, orderBy: { id: "asc" }, select: { at: true, action: true, entity: true, entityId: true } }),
    client.staffTransfer.findMany({
      where: { employeeId: me, status: { not: "CANCELLED" } },
      orderBy: [{ effectiveOn: "asc" }, { id: "asc" }],
      select: {
        id: true, effectiveOn: true, status: true, handoverNote: true, handoverNoteAt: true, handoverNoteBy: person,
        fromUnit: { select: { code: true, name: true } }, toUnit: { select: { code: true, name: true } }, fromSupervisor: person, toSupervisor: person,
      },
    }),
    client.mailOutbox.findMany({ where: { recipientId: me }, orderBy: { id: "asc" }, select: { createdAt: true, toAddress: true, subject: true, body: true, status: true, sentAt: true } }),
    readRetentionSettings(client),
    client.recordAttachment.findMany({ where: { employeeId: me }, orderBy: { id: "asc" }, select: { fileName: true, createdAt: true } }),
  ]);
  // Reads of this person's records by others (their records page, plans, OJT plans and
  // interviews): who read what and when, never the contents.
  const ids = (rows: { id: number }[]) => rows.map((row) => String(row.id));
  const viewsOfMe = await client.auditLog.findMany({
    where: {
      action: { endsWith: ".view" },
      NOT: { actorId: me },
      OR: [
        { entity: "employee", entityId: String(me) },
        { entity: "development_plan", entityId: { in: ids(plans) } },
        { entity: "ojt_plan", entityId: { in: ids(ojt) } },
        { entity: "career_interview", entityId: { in: ids(interviews) } },
        { entity: "staff_transfer", entityId: { in: ids(transfers) } },
      ],
    },
    orderBy: { id: "asc" },
    select: { at: true, action: true, entity: true, actor: person },
  });
  const kept = describeOwnRetention(retention.settings, { plans, interviews, attachments, oldestAuditAt: oldestOf(ownActions[0]?.at, viewsOfMe[0]?.at) });
  return { generatedAt: new Date(), profile, roles, plans, trainings, qualifications, ojt, interviews, notifications, ownActions, transfers, mails, viewsOfMe, retention: kept };
}

function oldestOf(...instants: (Date | undefined)[]): Date | null {
  const known = instants.filter((instant): instant is Date => instant !== undefined);
  return known.length === 0 ? null : new Date(Math.min(...known.map((instant) => instant.getTime())));
}
