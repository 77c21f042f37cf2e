import "server-only";
import { recordAudit } from "@/lib/platform/audit/record-audit";
import type { Actor } from "@/lib/platform/auth/roles";
import { fromDateColumn, toDateColumn, toIsoDate } from "@/lib/platform/dates/calendar-date";
import { parseIsoDate } from "@/lib/platform/dates/iso";
import { db } from "@/lib/platform/db/client";
import { isDatabaseId } from "@/lib/platform/db/ids";
import { AppError, assertUpdated, notAllowed, notFound } from "@/lib/platform/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { notify } from "@/lib/messaging/notifications/notify";
import { resolveNotifications } from "@/lib/messaging/notifications/resolve-notifications";
import { assertProgrammeAdmin, programmeWrite } from "@/lib/records/programmes/access";
import { bumpSessionVersion, lockSession } from "@/lib/records/programmes/session-lock";
import { parseInput } from "@/lib/records/parse-input";
import { applicationLinks } from "./recipients";
import { type DecideInput, decideSchema, type FillInput, fillSchema, type PublishInput, publishSchema } from "./schemas";

export const APPLICANTS_PER_PAGE = 30;

/** What HR may still decide on: recommended or waiting, or applied by someone nobody supervises. */
const DECIDABLE: readonly ApplicationStatus[] = ["RECOMMENDED", "WAITLISTED", "APPLIED"];

/**
 * The session row locked for the rest of the transaction, and how many are enrolled in it now.
 * Every change to a session's enrolments (HR's direct enrolment, a selection, filling from the
 * recommendations) takes this lock first, so two selections at once are serialised and the
 * second counts what the first enrolled: the capacity holds whoever acts at the same moment.
 */
async function lockForSelection(tx: Prisma.TransactionClient, sessionId: number) {
  const [locked] = await tx.$queryRaw<{ capacity: number | null; title: string }[]>`
    SELECT s.capacity, p.title FROM training_session s JOIN training_programme p ON p.id = s.programme_id WHERE s.id = ${sessionId} FOR UPDATE OF s`;
  if (!locked) throw notFound("training session");
  const enrolled = await tx.trainingEnrolment.count({ where: { sessionId } });
  return { ...locked, room: locked.capacity === null ? Number.POSITIVE_INFINITY : locked.capacity - enrolled };
}

const full = () => new AppError("NOT_ALLOWED", "the session is full", undefined, "sessionFull");

/** Enrols the selected applicant (or links the enrolment HR already made for them). */
async function enrol(tx: Prisma.TransactionClient, sessionId: number, employeeId: number): Promise<number> {
  const enrolment = await tx.trainingEnrolment.upsert({
    where: { sessionId_employeeId: { sessionId, employeeId } },
    create: { sessionId, employeeId },
    update: {},
    select: { id: true },
  });
  return enrolment.id;
}

/** The statuses in the order HR reads them: who is in, who is next, who waits, who is not recommended. */
const STATUS_ORDER: readonly ApplicationStatus[] = ["SELECTED", "RECOMMENDED", "WAITLISTED", "APPLIED", "NOT_RECOMMENDED"];

/**
 * One session's applicants for the HR division, in the order of recommendation (the order the
 * supervisors gave, then the time they recommended), with the counts per status from one
 * grouped query and the answers of the evaluations made after it.
 */
export async function findSessionApplications(actor: Actor, sessionId: number, options: { page?: number } = {}) {
  assertProgrammeAdmin(actor);
  if (!isDatabaseId(sessionId)) throw notFound("training session");
  const session = await db.trainingSession.findUnique({
    where: { id: sessionId },
    select: {
      id: true,
      fiscalYear: true,
      startOn: true,
      endOn: true,
      capacity: true,
      version: true,
      applicationsUntil: true,
      venue: true,
      online: true,
      programme: { select: { id: true, title: true } },
      _count: { select: { enrolments: true } },
    },
  });
  if (!session) throw notFound("training session");
  const counts = await db.trainingApplication.groupBy({ by: ["status"], where: { sessionId }, _count: { _all: true } });
  const byStatus: Record<ApplicationStatus, number> = { SELECTED: 0, RECOMMENDED: 0, WAITLISTED: 0, APPLIED: 0, NOT_RECOMMENDED: 0 };
  for (const row of counts) byStatus[row.status] = row._count._all;
  const total = Object.values(byStatus).reduce((sum, count) => sum + count, 0);
  const pageCount = Math.max(1, Math.ceil(total / APPLICANTS_PER_PAGE));
  const requested = Math.trunc(options.page ?? 1);
  const page = Math.min(Number.isSafeInteger(requested) && requested > 0 ? requested : 1, pageCount);
  const rows = await db.$queryRaw<
    {
      id: number;
      version: number;
      status: ApplicationStatus;
      recommendation_order: number | null;
      reason: string;
      supervisor_comment: string;
      staff_number: string;
      name: string;
      rank: string;
      reviewer: string | null;
      trail: string[];
    }[]
  >`
    SELECT a.id, a.version, a.status, a.recommendation_order, a.reason, a.supervisor_comment, e.staff_number, e.name, e.rank, r.name AS reviewer, u.trail
    FROM training_application a
    JOIN employee e ON e.id = a.employee_id
    JOIN org_unit u ON u.id = e.unit_id
    LEFT JOIN employee r ON r.id = a.reviewed_by_id
    WHERE a.session_id = ${sessionId}
    ORDER BY array_position(${[...STATUS_ORDER]}::text[], a.status::text), a.recommendation_order NULLS LAST, a.reviewed_at NULLS LAST, a.created_at, a.id
    LIMIT ${APPLICANTS_PER_PAGE} OFFSET ${(page - 1) * APPLICANTS_PER_PAGE}`;
  return {
    id: session.id,
    fiscalYear: session.fiscalYear,
    programme: session.programme,
    startOn: toIsoDate(fromDateColumn(session.startOn)),
    endOn: toIsoDate(fromDateColumn(session.endOn)),
    venue: session.venue,
    online: session.online,
    capacity: session.capacity,
    enrolled: session._count.enrolments,
    version: session.version,
    applicationsUntil: session.applicationsUntil ? toIsoDate(fromDateColumn(session.applicationsUntil)) : null,
    counts: byStatus,
    applicants: rows.map((row) => ({
      id: row.id,
      version: row.version,
      status: row.status,
      order: row.recommendation_order,
      reason: row.reason,
      comment: row.supervisor_comment,
      staffNumber: row.staff_number,
      name: row.name,
      rank: row.rank,
      reviewer: row.reviewer,
      unitTrail: row.trail,
      decidable: DECIDABLE.includes(row.status),
    })),
    applicantPage: { page, pageCount, total },
  };
}

export type SessionApplications = Awaited<ReturnType<typeof findSessionApplications>>;

async function tellApplicant(
  tx: Prisma.TransactionClient,
  actor: Pick<Actor, "employeeId">,
  application: { id: number; employeeId: number; sessionId: number },
  selected: boolean,
  title: string,
) {
  await notify(tx, [application.employeeId], {
    kind: selected ? "TRAINING_SELECTED" : "TRAINING_WAITLISTED",
    actorId: actor.employeeId,
    href: applicationLinks.applicant(application.id),
    params: { title },
  });
  // Decided on (even wait-listed): HR's to-do about it is done, and so is the supervisors' if HR
  // decided before anyone recommended.
  await resolveNotifications(tx, applicationLinks.hr(application.sessionId, application.id), ["TRAINING_TO_SELECT"]);
  await resolveNotifications(tx, applicationLinks.supervisor(application.id), ["TRAINING_APPLIED"]);
}

/**
 * HR enrolled these people in the session directly (lib/records/programmes/enrolment.ts): an application
 * of theirs to the same session that still waits for a decision is decided by it — SELECTED and
 * linked to the enrolment, told and audited as a selection — rather than left waiting on a
 * decision already made (and counting against the capacity a second time when the session is
 * filled). Runs inside the enrolment's transaction, which holds the session's lock and has checked
 * the capacity; takes the deciding person's id, as the enrolment has already been authorised.
 */
export async function selectDirectlyEnrolled(
  tx: Prisma.TransactionClient,
  decidedById: number,
  session: { id: number; title: string },
  enrolments: readonly { id: number; employeeId: number }[],
): Promise<number> {
  if (enrolments.length === 0) return 0;
  const pending = await tx.trainingApplication.findMany({
    where: { sessionId: session.id, employeeId: { in: enrolments.map((enrolment) => enrolment.employeeId) }, status: { in: [...DECIDABLE] } },
    select: { id: true, sessionId: true, employeeId: true, status: true },
  });
  const enrolmentOf = new Map(enrolments.map((enrolment) => [enrolment.employeeId, enrolment.id]));
  const decidedAt = new Date();
  for (const application of pending) {
    const enrolmentId = enrolmentOf.get(application.employeeId) ?? null;
    await tx.trainingApplication.update({
      where: { id: application.id },
      data: { status: "SELECTED", enrolmentId, decidedById, decidedAt, version: { increment: 1 } },
    });
    await tellApplicant(tx, { employeeId: decidedById }, application, true, session.title);
    await recordAudit(tx, {
      actorId: decidedById,
      action: "training-application.select",
      entity: "training_application",
      entityId: application.id,
      detail: { sessionId: session.id, before: application.status, after: "SELECTED", enrolmentId, through: "enrolment" },
    });
  }
  return pending.length;
}

/** HR selects one applicant (within the capacity) or puts them on the waiting list. */
export async function decideApplication(actor: Actor, input: DecideInput): Promise<{ applicationId: number; sessionId: number }> {
  const data = parseInput(decideSchema, input);
  return programmeWrite(actor, async (tx) => {
    const application = await tx.trainingApplication.findUnique({
      where: { id: data.applicationId },
      select: { id: true, sessionId: true, employeeId: true, status: true, version: true },
    });
    if (!application) throw notFound("training application");
    const session = await lockForSelection(tx, application.sessionId);
    if (!DECIDABLE.includes(application.status)) throw notAllowed("the application has been decided");
    const select = data.decision === "SELECT";
    if (select && session.room < 1) throw full();
    const enrolmentId = select ? await enrol(tx, application.sessionId, application.employeeId) : null;
    const status: ApplicationStatus = select ? "SELECTED" : "WAITLISTED";
    assertUpdated(
      await tx.trainingApplication.updateMany({
        where: { id: application.id, version: data.version, status: { in: [...DECIDABLE] } },
        data: { status, enrolmentId, decidedById: actor.employeeId, decidedAt: new Date(), version: { increment: 1 } },
      }),
      "training application",
    );
    if (select) await bumpSessionVersion(tx, application.sessionId);
    await tellApplicant(tx, actor, application, select, session.title);
    await recordAudit(tx, {
      actorId: actor.employeeId,
      action: select ? "training-application.select" : "training-application.waitlist",
      entity: "training_application",
      entityId: application.id,
      detail: { sessionId: application.sessionId, before: application.status, after: status, enrolmentId },
    });
    return { applicationId: application.id, sessionId: application.sessionId };
  });
}

/**
 * Fills the session from the recommendations: in the order of recommendation, as many as the
 * capacity has room for are selected and the rest wait (already waiting ones come first again by
 * their order). Applications HR has decided on one by one keep their decision.
 */
export async function selectInRecommendationOrder(actor: Actor, input: FillInput): Promise<{ selected: number; waitlisted: number; sessionId: number }> {
  const data = parseInput(fillSchema, input);
  return programmeWrite(actor, async (tx) => {
    const session = await lockForSelection(tx, data.sessionId);
    const queue = await tx.trainingApplication.findMany({
      where: { sessionId: data.sessionId, status: { in: ["RECOMMENDED", "WAITLISTED"] } },
      select: { id: true, sessionId: true, employeeId: true, status: true },
      orderBy: [{ recommendationOrder: { sort: "asc", nulls: "last" } }, { reviewedAt: "asc" }, { id: "asc" }],
    });
    const chosen = queue.slice(0, Math.max(0, Math.min(queue.length, session.room)));
    const waiting = queue.slice(chosen.length).filter((application) => application.status === "RECOMMENDED");
    const decidedAt = new Date();
    for (const application of chosen) {
      const enrolmentId = await enrol(tx, application.sessionId, application.employeeId);
      await tx.trainingApplication.update({
        where: { id: application.id },
        data: { status: "SELECTED", enrolmentId, decidedById: actor.employeeId, decidedAt, version: { increment: 1 } },
      });
      await tellApplicant(tx, actor, application, true, session.title);
    }
    if (waiting.length > 0) {
      await tx.trainingApplication.updateMany({
        where: { id: { in: waiting.map((application) => application.id) } },
        data: { status: "WAITLISTED", decidedById: actor.employeeId, decidedAt, version: { increment: 1 } },
      });
      for (const application of waiting) await tellApplicant(tx, actor, application, false, session.title);
    }
    if (chosen.length > 0) await bumpSessionVersion(tx, data.sessionId);
    await recordAudit(tx, {
      actorId: actor.employeeId,
      action: "training-application.fill",
      entity: "training_session",
      entityId: data.sessionId,
      detail: { selected: chosen.map((application) => application.id), waitlisted: waiting.map((application) => application.id) },
    });
    return { selected: chosen.length, waitlisted: waiting.length, sessionId: data.sessionId };
  });
}

/** Publishes the session to staff until a date (or closes it), guarded by the session's version. */
export async function publishSession(actor: Actor, input: PublishInput): Promise<{ sessionId: number }> {
  const data = parseInput(publishSchema, input);
  return programmeWrite(actor, async (tx) => {
    const before = await tx.trainingSession.findUnique({ where: { id: data.sessionId }, select: { applicationsUntil: true } });
    if (!before) throw notFound("training session");
    await lockSession(tx, data.sessionId, data.version);
    const until = data.applicationsUntil ? toDateColumn(parseIsoDate(data.applicationsUntil)) : null;
    await tx.trainingSession.update({ where: { id: data.sessionId }, data: { applicationsUntil: until, version: { increment: 1 } } });
    await recordAudit(tx, {
      actorId: actor.employeeId,
      action: "training-application.publish",
      entity: "training_session",
      entityId: data.sessionId,
      detail: { before: before.applicationsUntil ? toIsoDate(fromDateColumn(before.applicationsUntil)) : null, after: data.applicationsUntil ?? null },
    });
    return { sessionId: data.sessionId };
  });
}
