import "server-only";
import { recordAudit } from "@/lib/platform/audit/record-audit";
import type { Actor } from "@/lib/platform/auth/roles";
import { db as defaultDb } from "@/lib/platform/db/client";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { fiscalYearOf } from "@/lib/platform/dates/fiscal-year";
import { tokyoDate } from "@/lib/platform/dates/calendar-date";
import { readRetentionSettings } from "@/lib/records/retention/retention-settings";
import { findDisclosureYears, fiscalYearBounds } from "./disclosure-years";
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
  const [{ viewsWhere, retentionOf, ...records }, ownActions] = await Promise.all([
    readOwnRecords(client, me, null),
    client.auditLog.findMany({ where: { actorId: me }, orderBy: { id: "asc" }, select: { at: true, action: true, entity: true, entityId: true } }),
  ]);
  const viewsOfMe = await client.auditLog.findMany({
    where: viewsWhere,
    orderBy: { id: "asc" },
    select: { at: true, action: true, entity: true, actor: person },
  });
  return { ...records, ownActions, viewsOfMe, retention: retentionOf(viewsOfMe[0]?.at ?? null) };
}

/**
 * The same records for one fiscal year (`fiscalYear`, else the newest), to read and print: a
 * person's whole history on one page ran to 400 KB. Profile, roles and the retention periods
 * are on every year; the rest is what falls in the year (a plan of the year, a training held in
 * it, a read of one's records made in it). What the person did in the portal is counted per
 * day and kind, and the reads of their records per reader and kind (first and last), by the
 * database: the bench's own reads made thousands of rows. Every row is in the whole-history
 * download. Audited as the download is, with the year.
 */
export async function collectOwnYear(actor: Actor, fiscalYear: number | undefined, client: PrismaClient = defaultDb) {
  const me = actor.employeeId;
  const years = await findDisclosureYears(client, me, fiscalYearOf(tokyoDate()));
  const year = fiscalYear !== undefined && years.includes(fiscalYear) ? fiscalYear : (years[0] ?? fiscalYearOf(tokyoDate()));
  await client.$transaction((tx) =>
    recordAudit(tx, { actorId: me, action: "disclosure.download", entity: "employee", entityId: String(me), detail: { fiscalYear: year } }),
  );
  const { instants } = fiscalYearBounds(year);
  const [{ viewsWhere, retentionOf, ...records }, ownActions] = await Promise.all([
    readOwnRecords(client, me, year),
    client.$queryRaw<{ day: Date; action: string; count: number }[]>`
      SELECT (at AT TIME ZONE 'UTC' AT TIME ZONE 'Asia/Tokyo')::date AS day, action, count(*)::int AS count
      FROM audit_log WHERE actor_id = ${me} AND at >= ${instants.gte} AND at < ${instants.lt}
      GROUP BY 1, 2 ORDER BY 1, 2`,
  ]);
  const [views, oldestView] = await Promise.all([
    client.auditLog.groupBy({
      by: ["actorId", "action"],
      where: { ...viewsWhere, at: instants },
      _count: { _all: true },
      _min: { at: true },
      _max: { at: true },
      orderBy: { _min: { at: "asc" } },
    }),
    client.auditLog.aggregate({ where: viewsWhere, _min: { at: true } }),
  ]);
  const readers = await client.employee.findMany({
    where: { id: { in: views.flatMap((view) => (view.actorId === null ? [] : [view.actorId])) } },
    select: { id: true, staffNumber: true, name: true },
  });
  const readerOf = new Map(readers.map((reader) => [reader.id, { staffNumber: reader.staffNumber, name: reader.name }]));
  const viewsByReader = views.map((view) => ({
    actor: view.actorId === null ? null : (readerOf.get(view.actorId) ?? null),
    action: view.action,
    count: view._count._all,
    first: view._min.at,
    last: view._max.at,
  }));
  return { ...records, fiscalYear: year, years, ownActionsByDay: ownActions, viewsByReader, retention: retentionOf(oldestView._min.at) };
}

/** What both forms share, for the whole history (`year` null) or one fiscal year. */
async function readOwnRecords(client: PrismaClient, me: number, year: number | null) {
  const bounds = year === null ? null : fiscalYearBounds(year);
  const inYear = year ?? undefined;
  const onDates = bounds?.dates;
  const atInstants = bounds?.instants;
  const [profile, roles, plans, trainings, qualifications, ojt, interviews, notifications, transfers, mails, retention, attachments, entityIds, oldestOwn] =
    await Promise.all([
      client.employee.findUniqueOrThrow({
        where: { id: me },
        select: {
          staffNumber: true,
          name: true,
          nameKana: true,
          jobCategory: true,
          rank: true,
          joinedOn: true,
          email: true,
          active: true,
          unit: { select: { code: true, name: true } },
          supervisor: person,
        },
      }),
      client.roleAssignment.findMany({
        where: { employeeId: me },
        select: { role: true, validFrom: true, validTo: true, includeSubunits: true, unit: { select: { code: true, name: true } } },
        orderBy: { validFrom: "asc" },
      }),
      client.developmentPlan.findMany({
        where: { employeeId: me, fiscalYear: inYear },
        orderBy: { fiscalYear: "asc" },
        select: {
          id: true,
          fiscalYear: true,
          status: true,
          visionNow: true,
          vision3Years: true,
          vision10Years: true,
          transferWishFields: true,
          transferWishComment: true,
          reflection: true,
          submittedAt: true,
          reviewedAt: true,
          reviewer: person,
          images: { select: { aspired: true, reason: true, selfScore: true, selfComment: true, targetImage: { select: { number: true, name: true } } } },
          events: { orderBy: { at: "asc" }, select: { at: true, action: true, fromStatus: true, toStatus: true, comment: true, actor: person } },
          commitments: {
            orderBy: { position: "asc" },
            select: {
              title: true,
              description: true,
              targetText: true,
              targetValue: true,
              targetUnit: true,
              actualValue: true,
              progressPercent: true,
              status: true,
              dueOn: true,
              measure: { select: { number: true, name: true } },
              progress: { orderBy: { recordedOn: "asc" }, select: { recordedOn: true, note: true, percent: true, actualValue: true, recordedBy: person } },
              events: { orderBy: { at: "asc" }, select: { at: true, action: true, fromStatus: true, toStatus: true, comment: true, actor: person } },
            },
          },
        },
      }),
      client.trainingRecord.findMany({
        where: { employeeId: me, fiscalYear: inYear },
        orderBy: { startOn: "asc" },
        select: {
          fiscalYear: true,
          programmeName: true,
          kind: true,
          startOn: true,
          endOn: true,
          hours: true,
          completed: true,
          verifiedAt: true,
          attachment: { select: { fileName: true } },
        },
      }),
      client.qualificationRecord.findMany({
        where: { employeeId: me, obtainedOn: onDates },
        orderBy: { obtainedOn: "asc" },
        select: { name: true, obtainedOn: true, expiresOn: true, note: true, verifiedAt: true, attachment: { select: { fileName: true } } },
      }),
      client.ojtPlan.findMany({
        where: { traineeId: me, fiscalYear: inYear },
        orderBy: { fiscalYear: "asc" },
        select: {
          id: true,
          fiscalYear: true,
          goals: true,
          completed: true,
          trainer: person,
          supervisor: person,
          goalItems: { orderBy: { position: "asc" }, select: { period: true, goal: true, achieved: true } },
          sessions: { orderBy: { heldOn: "asc" }, select: { heldOn: true, minutes: true, topic: true, learnt: true, nextStep: true } },
        },
      }),
      client.careerInterview.findMany({
        where: { employeeId: me, heldOn: onDates },
        orderBy: { heldOn: "asc" },
        select: {
          id: true,
          heldOn: true,
          kind: true,
          agenda: true,
          sharedNotes: true,
          agreedActions: true,
          supervisor: person,
          actions: { select: { title: true, status: true, decidedAt: true } },
        },
      }),
      client.notification.findMany({
        where: { recipientId: me, createdAt: atInstants },
        orderBy: { createdAt: "asc" },
        select: { kind: true, createdAt: true, readAt: true, href: true },
      }),
      client.staffTransfer.findMany({
        where: { employeeId: me, status: { not: "CANCELLED" }, effectiveOn: onDates },
        orderBy: [{ effectiveOn: "asc" }, { id: "asc" }],
        select: {
          id: true,
          effectiveOn: true,
          status: true,
          handoverNote: true,
          handoverNoteAt: true,
          handoverNoteBy: person,
          fromUnit: { select: { code: true, name: true } },
          toUnit: { select: { code: true, name: true } },
          fromSupervisor: person,
          toSupervisor: person,
        },
      }),
      client.mailOutbox.findMany({
        where: { recipientId: me, createdAt: atInstants },
        orderBy: { id: "asc" },
        select: { createdAt: true, toAddress: true, subject: true, body: true, status: true, sentAt: true },
      }),
      readRetentionSettings(client),
      client.recordAttachment.findMany({
        where: { employeeId: me, createdAt: atInstants },
        orderBy: { id: "asc" },
        select: { fileName: true, createdAt: true },
      }),
      readOwnEntityIds(client, me),
      client.auditLog.aggregate({ where: { actorId: me }, _min: { at: true } }),
    ]);
  // Reads of this person's records by others (their records page, plans, OJT plans and
  // interviews): who read what and when, never the contents. Of any of their records, also
  // those of other years: a plan of last year read this year is a read of this year.
  const viewsWhere = {
    action: { endsWith: ".view" },
    NOT: { actorId: me },
    OR: [
      { entity: "employee", entityId: String(me) },
      { entity: "development_plan", entityId: { in: entityIds.plans } },
      { entity: "ojt_plan", entityId: { in: entityIds.ojt } },
      { entity: "career_interview", entityId: { in: entityIds.interviews } },
      { entity: "staff_transfer", entityId: { in: entityIds.transfers } },
    ],
  } satisfies Prisma.AuditLogWhereInput;
  /** What is kept until when, given the oldest read of their records by others. */
  const retentionOf = (oldestViewAt: Date | null) =>
    describeOwnRetention(retention.settings, {
      plans,
      interviews,
      attachments,
      oldestAuditAt: oldestOf(oldestOwn._min.at ?? undefined, oldestViewAt ?? undefined),
    });
  return {
    generatedAt: new Date(),
    profile,
    roles,
    plans,
    trainings,
    qualifications,
    ojt,
    interviews,
    notifications,
    transfers,
    mails,
    viewsWhere,
    retentionOf,
  };
}

/** The ids of every plan, OJT plan, interview and transfer of the person, as the audit trail names them. */
async function readOwnEntityIds(client: PrismaClient, me: number) {
  const ids = (rows: { id: number }[]) => rows.map((row) => String(row.id));
  const [plans, ojt, interviews, transfers] = await Promise.all([
    client.developmentPlan.findMany({ where: { employeeId: me }, select: { id: true } }),
    client.ojtPlan.findMany({ where: { traineeId: me }, select: { id: true } }),
    client.careerInterview.findMany({ where: { employeeId: me }, select: { id: true } }),
    client.staffTransfer.findMany({ where: { employeeId: me, status: { not: "CANCELLED" } }, select: { id: true } }),
  ]);
  return { plans: ids(plans), ojt: ids(ojt), interviews: ids(interviews), transfers: ids(transfers) };
}

function oldestOf(...instants: (Date | undefined)[]): Date | null {
  const known = instants.filter((instant): instant is Date => instant !== undefined);
  return known.length === 0 ? null : new Date(Math.min(...known.map((instant) => instant.getTime())));
}
