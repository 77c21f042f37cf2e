import "server-only";
import type { Actor } from "@/lib/platform/auth/roles";
import { fromDateColumn, toIsoDate } from "@/lib/platform/dates/calendar-date";
import { db } from "@/lib/platform/db/client";
import { notFound } from "@/lib/platform/errors";
import { assertProgrammeAdmin } from "./access";
import { isDatabaseId } from "@/lib/platform/db/ids";

const splitList = (value: string) => (value === "" ? [] : value.split(","));

const programmeSelect = {
  id: true,
  title: true,
  kind: true,
  measureId: true,
  targetRanks: true,
  targetJobCategories: true,
  hours: true,
  retiredAt: true,
  version: true,
  measure: { select: { number: true, name: true, area: { select: { number: true } } } },
} as const;

export interface ProgrammeView {
  id: number;
  title: string;
  kind: "INSTITUTE" | "DEPARTMENTAL" | "EXTERNAL";
  measureId: number | null;
  measureName: string | null;
  targetRanks: string[];
  targetJobCategories: string[];
  hours: number;
  retired: boolean;
  version: number;
  sessionCount: number;
}

function toProgrammeView(row: {
  id: number;
  title: string;
  kind: ProgrammeView["kind"];
  measureId: number | null;
  targetRanks: string;
  targetJobCategories: string;
  hours: { toNumber(): number };
  retiredAt: Date | null;
  version: number;
  measure: { name: string } | null;
  _count: { sessions: number };
}): ProgrammeView {
  return {
    id: row.id,
    title: row.title,
    kind: row.kind,
    measureId: row.measureId,
    measureName: row.measure?.name ?? null,
    targetRanks: splitList(row.targetRanks),
    targetJobCategories: splitList(row.targetJobCategories),
    hours: row.hours.toNumber(),
    retired: row.retiredAt !== null,
    version: row.version,
    sessionCount: row._count.sessions,
  };
}

/** The catalogue of programmes, in use first, then by title. */
export async function findProgrammes(actor: Actor): Promise<ProgrammeView[]> {
  assertProgrammeAdmin(actor);
  const rows = await db.trainingProgramme.findMany({
    select: { ...programmeSelect, _count: { select: { sessions: true } } },
    orderBy: [{ retiredAt: { sort: "desc", nulls: "first" } }, { title: "asc" }, { id: "asc" }],
  });
  return rows.map(toProgrammeView);
}

export interface SessionSummary {
  id: number;
  fiscalYear: number;
  startOn: string;
  endOn: string;
  venue: string;
  online: boolean;
  capacity: number | null;
  enrolled: number;
}

export async function findProgramme(actor: Actor, programmeId: number): Promise<{ programme: ProgrammeView; sessions: SessionSummary[] }> {
  assertProgrammeAdmin(actor);
  if (!isDatabaseId(programmeId)) throw notFound("training programme");
  const row = await db.trainingProgramme.findUnique({ where: { id: programmeId }, select: { ...programmeSelect, _count: { select: { sessions: true } } } });
  if (!row) throw notFound("training programme");
  const sessions = await db.trainingSession.findMany({
    where: { programmeId },
    select: { id: true, fiscalYear: true, startOn: true, endOn: true, venue: true, online: true, capacity: true, _count: { select: { enrolments: true } } },
    orderBy: [{ fiscalYear: "desc" }, { startOn: "asc" }, { id: "asc" }],
  });
  return {
    programme: toProgrammeView(row),
    sessions: sessions.map((session) => ({
      id: session.id,
      fiscalYear: session.fiscalYear,
      startOn: toIsoDate(fromDateColumn(session.startOn)),
      endOn: toIsoDate(fromDateColumn(session.endOn)),
      venue: session.venue,
      online: session.online,
      capacity: session.capacity,
      enrolled: session._count.enrolments,
    })),
  };
}

export interface EnrolmentView {
  id: number;
  employeeId: number;
  staffNumber: string;
  name: string;
  /** from the bureau down (lib/people/org/unit-trail.ts) */
  unitTrail: string[];
  rank: string;
  status: "ENROLLED" | "ATTENDED" | "COMPLETED" | "ABSENT";
  hasRecord: boolean;
}

/**
 * Enrolments shown per page of a session: a city-wide course has hundreds. Each row carries a
 * form of three attendance buttons (the bulk path is the attendance CSV): fifty rows made the
 * page 151 KB, thirty keep it near 100 KB.
 */
export const ENROLMENTS_PER_PAGE = 30;

/**
 * One session with one page of its enrolments (by staff number) and how many there are in all.
 * A page past the last answers the last.
 */
export async function findSession(actor: Actor, sessionId: number, options: { page?: number } = {}) {
  assertProgrammeAdmin(actor);
  if (!isDatabaseId(sessionId)) throw notFound("training session");
  const session = await db.trainingSession.findUnique({
    where: { id: sessionId },
    select: {
      id: true,
      fiscalYear: true,
      startOn: true,
      endOn: true,
      venue: true,
      online: true,
      capacity: true,
      version: true,
      programme: { select: { id: true, title: true, kind: true, hours: true } },
      _count: { select: { enrolments: true } },
    },
  });
  if (!session) throw notFound("training session");
  const total = session._count.enrolments;
  const pageCount = Math.max(1, Math.ceil(total / ENROLMENTS_PER_PAGE));
  const page = Math.min(Math.max(1, Math.trunc(options.page ?? 1) || 1), pageCount);
  const rows = await db.trainingEnrolment.findMany({
    where: { sessionId: session.id },
    select: {
      id: true,
      status: true,
      trainingRecordId: true,
      employee: { select: { id: true, staffNumber: true, name: true, rank: true, unit: { select: { trail: true } } } },
    },
    orderBy: [{ employee: { staffNumber: "asc" } }, { id: "asc" }],
    skip: (page - 1) * ENROLMENTS_PER_PAGE,
    take: ENROLMENTS_PER_PAGE,
  });
  const enrolments: EnrolmentView[] = rows.map((row) => ({
    id: row.id,
    employeeId: row.employee.id,
    staffNumber: row.employee.staffNumber,
    name: row.employee.name,
    unitTrail: row.employee.unit.trail,
    rank: row.employee.rank,
    status: row.status,
    hasRecord: row.trainingRecordId !== null,
  }));
  return {
    id: session.id,
    fiscalYear: session.fiscalYear,
    startOn: toIsoDate(fromDateColumn(session.startOn)),
    endOn: toIsoDate(fromDateColumn(session.endOn)),
    venue: session.venue,
    online: session.online,
    capacity: session.capacity,
    version: session.version,
    programme: { ...session.programme, hours: session.programme.hours.toNumber() },
    enrolments,
    enrolmentPage: { page, pageCount, total },
  };
}

export type SessionView = Awaited<ReturnType<typeof findSession>>;
