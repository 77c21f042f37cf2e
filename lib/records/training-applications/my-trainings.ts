import "server-only";
import type { Actor } from "@/lib/platform/auth/roles";
import { fromDateColumn, toIsoDate } from "@/lib/platform/dates/calendar-date";
import { db } from "@/lib/platform/db/client";
import type { ApplicationStatus, EnrolmentStatus } from "@/lib/generated/prisma/enums";

export const MY_APPLICATIONS_PER_PAGE = 20;

const dates = (session: { startOn: Date; endOn: Date }) => ({
  startOn: toIsoDate(fromDateColumn(session.startOn)),
  endOn: toIsoDate(fromDateColumn(session.endOn)),
});

export interface MyApplication {
  id: number;
  status: ApplicationStatus;
  reason: string;
  comment: string;
  sessionId: number;
  title: string;
  startOn: string;
  endOn: string;
  venue: string;
  online: boolean;
  /** once selected: the attendance HR recorded, and whether the report is in */
  attendance: EnrolmentStatus | null;
  enrolmentId: number | null;
  reported: boolean;
}

/** The actor's own applications, latest sessions first, one page at a time. */
export async function findMyApplications(actor: Actor, options: { page?: number } = {}) {
  const where = { employeeId: actor.employeeId };
  const total = await db.trainingApplication.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / MY_APPLICATIONS_PER_PAGE));
  const requested = Math.trunc(options.page ?? 1);
  const page = Math.min(Number.isSafeInteger(requested) && requested > 0 ? requested : 1, pageCount);
  const rows = await db.trainingApplication.findMany({
    where,
    select: {
      id: true,
      status: true,
      reason: true,
      supervisorComment: true,
      session: { select: { id: true, startOn: true, endOn: true, venue: true, online: true, programme: { select: { title: true } } } },
      enrolment: { select: { id: true, status: true, report: { select: { id: true } } } },
    },
    orderBy: [{ session: { startOn: "desc" } }, { id: "desc" }],
    skip: (page - 1) * MY_APPLICATIONS_PER_PAGE,
    take: MY_APPLICATIONS_PER_PAGE,
  });
  const applications: MyApplication[] = rows.map((row) => ({
    id: row.id,
    status: row.status,
    reason: row.reason,
    comment: row.supervisorComment,
    sessionId: row.session.id,
    title: row.session.programme.title,
    ...dates(row.session),
    venue: row.session.venue,
    online: row.session.online,
    attendance: row.enrolment?.status ?? null,
    enrolmentId: row.enrolment?.id ?? null,
    reported: row.enrolment?.report != null,
  }));
  return { rows: applications, page, pageCount, total };
}

/**
 * Attendances of the actor still waiting for their 受講報告 and evaluation, whether they came
 * through an application or HR enrolled them directly; at most a page's worth, oldest first.
 */
export async function findReportsDue(actor: Actor) {
  const where = { employeeId: actor.employeeId, status: { in: ["ATTENDED", "COMPLETED"] satisfies EnrolmentStatus[] }, report: { is: null } };
  const [total, rows] = await Promise.all([
    db.trainingEnrolment.count({ where }),
    db.trainingEnrolment.findMany({
      where,
      select: { id: true, session: { select: { startOn: true, endOn: true, programme: { select: { title: true } } } } },
      orderBy: [{ session: { startOn: "asc" } }, { id: "asc" }],
      take: MY_APPLICATIONS_PER_PAGE,
    }),
  ]);
  return { total, rows: rows.map((row) => ({ enrolmentId: row.id, title: row.session.programme.title, ...dates(row.session) })) };
}

/** The actor's own sessions to attend or attended (not those marked absent), for their calendar. */
export async function findMySessions(actor: Actor) {
  const rows = await db.trainingEnrolment.findMany({
    where: { employeeId: actor.employeeId, status: { not: "ABSENT" } },
    select: {
      id: true,
      session: { select: { id: true, startOn: true, endOn: true, venue: true, online: true, programme: { select: { title: true, hours: true } } } },
    },
    orderBy: [{ session: { startOn: "asc" } }, { id: "asc" }],
    // Ten years of a keen learner's courses fit well within this; a calendar is not paged.
    take: 1_000,
  });
  return rows.map((row) => ({
    enrolmentId: row.id,
    sessionId: row.session.id,
    title: row.session.programme.title,
    hours: row.session.programme.hours.toNumber(),
    venue: row.session.venue,
    online: row.session.online,
    ...dates(row.session),
  }));
}
