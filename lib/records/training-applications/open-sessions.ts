import "server-only";
import type { Actor } from "@/lib/platform/auth/roles";
import { fromDateColumn, toDateColumn, toIsoDate, tokyoDate } from "@/lib/platform/dates/calendar-date";
import { db } from "@/lib/platform/db/client";
import { isDatabaseId } from "@/lib/platform/db/ids";
import { notFound } from "@/lib/platform/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ApplicationStatus, TrainingKind } from "@/lib/generated/prisma/enums";

/** Sessions shown per page of the staff's catalogue. */
export const OPEN_SESSIONS_PER_PAGE = 20;

export interface OpenSessionFilters {
  /** a 職位 the programme must be for ("" = any) */
  rank: string;
  /** a 職種 the programme must be for ("" = any) */
  jobCategory: string;
  measureId: number | null;
  page: number;
}

export interface OpenSession {
  id: number;
  programmeId: number;
  title: string;
  kind: TrainingKind;
  hours: number;
  measureName: string | null;
  targetRanks: string[];
  targetJobCategories: string[];
  startOn: string;
  endOn: string;
  venue: string;
  online: boolean;
  capacity: number | null;
  /** enrolled so far (selected applicants and HR's direct enrolments) */
  enrolled: number;
  applicationsUntil: string;
  /** the actor's own application to it, if any */
  myStatus: ApplicationStatus | null;
  /** whether the programme is for the actor's rank and job category (only then may they apply) */
  forMe: boolean;
}

interface OpenSessionRow {
  id: number;
  programme_id: number;
  title: string;
  kind: TrainingKind;
  hours: Prisma.Decimal;
  measure_name: string | null;
  target_ranks: string;
  target_job_categories: string;
  start_on: Date;
  end_on: Date;
  venue: string;
  online: boolean;
  capacity: number | null;
  enrolled: number;
  applications_until: Date;
  my_status: ApplicationStatus | null;
  for_me: boolean;
}

const list = (value: string) => (value === "" ? [] : value.split(","));

/**
 * A session published to staff: its programme in use and today (Japan time) on or before the
 * last day of applications. The same condition decides who may apply (apply.ts).
 */
export function openSessionSql(today = toDateColumn(tokyoDate())): Prisma.Sql {
  return Prisma.sql`s.applications_until IS NOT NULL AND s.applications_until >= ${today}::date AND p.retired_at IS NULL`;
}

/** The programme is for everyone ('') or names the value (a filter's, or a column) among its comma-separated targets; no filter, anyone. */
const targets = (column: Prisma.Sql, value: string | Prisma.Sql) =>
  value === "" ? Prisma.sql`true` : Prisma.sql`(${column} = '' OR ${value} = ANY(string_to_array(${column}, ',')))`;

function filterSql(filters: OpenSessionFilters): Prisma.Sql {
  return Prisma.sql`${openSessionSql()}
    AND ${targets(Prisma.sql`p.target_ranks`, filters.rank)}
    AND ${targets(Prisma.sql`p.target_job_categories`, filters.jobCategory)}
    AND ${filters.measureId === null ? Prisma.sql`true` : Prisma.sql`p.measure_id = ${filters.measureId}`}`;
}

function toOpenSession(row: OpenSessionRow): OpenSession {
  return {
    id: row.id,
    programmeId: row.programme_id,
    title: row.title,
    kind: row.kind,
    hours: Number(row.hours),
    measureName: row.measure_name,
    targetRanks: list(row.target_ranks),
    targetJobCategories: list(row.target_job_categories),
    startOn: toIsoDate(fromDateColumn(row.start_on)),
    endOn: toIsoDate(fromDateColumn(row.end_on)),
    venue: row.venue,
    online: row.online,
    capacity: row.capacity,
    enrolled: row.enrolled,
    applicationsUntil: toIsoDate(fromDateColumn(row.applications_until)),
    myStatus: row.my_status,
    forMe: row.for_me,
  };
}

function sessionsSql(actor: Actor, where: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    SELECT s.id, p.id AS programme_id, p.title, p.kind, p.hours, m.name AS measure_name, p.target_ranks, p.target_job_categories,
           s.start_on, s.end_on, s.venue, s.online, s.capacity, s.applications_until,
           (SELECT count(*)::int FROM training_enrolment e WHERE e.session_id = s.id) AS enrolled,
           ap.status AS my_status,
           (${targets(Prisma.sql`p.target_ranks`, Prisma.sql`me.rank`)} AND ${targets(Prisma.sql`p.target_job_categories`, Prisma.sql`me.job_category`)}) AS for_me
    FROM training_session s
    JOIN training_programme p ON p.id = s.programme_id
    CROSS JOIN (SELECT rank, job_category FROM employee WHERE id = ${actor.employeeId}) me
    LEFT JOIN measure m ON m.id = p.measure_id
    LEFT JOIN training_application ap ON ap.session_id = s.id AND ap.employee_id = ${actor.employeeId}
    WHERE ${where}`;
}

/**
 * The catalogue every member of staff reads: sessions open for application, filtered by the 職位
 * and 職種 a programme is for and by measure, soonest first, one page at a time.
 */
export async function findOpenSessions(actor: Actor, filters: OpenSessionFilters) {
  const where = filterSql(filters);
  const [{ total } = { total: 0 }] = await db.$queryRaw<{ total: number }[]>`
    SELECT count(*)::int AS total FROM training_session s JOIN training_programme p ON p.id = s.programme_id WHERE ${where}`;
  const pageCount = Math.max(1, Math.ceil(total / OPEN_SESSIONS_PER_PAGE));
  const page = Math.min(Number.isSafeInteger(filters.page) && filters.page > 0 ? filters.page : 1, pageCount);
  const rows = await db.$queryRaw<OpenSessionRow[]>`${sessionsSql(actor, where)}
    ORDER BY s.start_on, p.title, s.id LIMIT ${OPEN_SESSIONS_PER_PAGE} OFFSET ${(page - 1) * OPEN_SESSIONS_PER_PAGE}`;
  return { rows: rows.map(toOpenSession), page, pageCount, total };
}

/** What the filters offer: the ranks, job categories and measures the open programmes name. */
export async function findOpenSessionFilterOptions(actor: Actor) {
  const rows = await db.$queryRaw<{ kind: "rank" | "job" | "measure"; value: string; label: string }[]>`
    WITH offered AS (SELECT p.target_ranks, p.target_job_categories, p.measure_id FROM training_session s JOIN training_programme p ON p.id = s.programme_id WHERE ${openSessionSql()})
    SELECT DISTINCT 'rank'::text AS kind, v AS value, v AS label FROM offered, unnest(string_to_array(offered.target_ranks, ',')) AS v
    UNION SELECT DISTINCT 'job'::text, v, v FROM offered, unnest(string_to_array(offered.target_job_categories, ',')) AS v
    UNION SELECT DISTINCT 'measure'::text, m.id::text, m.name FROM offered JOIN measure m ON m.id = offered.measure_id
    ORDER BY 1, 3`;
  const of = (kind: string) => rows.filter((row) => row.kind === kind).map(({ value, label }) => ({ value, label }));
  // The actor's own rank and category first: "what is for me" is the usual question.
  const me = await db.employee.findUniqueOrThrow({ where: { id: actor.employeeId }, select: { rank: true, jobCategory: true } });
  return { ranks: of("rank"), jobCategories: of("job"), measures: of("measure"), mine: me };
}

/** One open session, for its application form; closed, unpublished or unknown: not found. */
export async function findOpenSession(actor: Actor, sessionId: number): Promise<OpenSession> {
  if (!isDatabaseId(sessionId)) throw notFound("training session");
  const [row] = await db.$queryRaw<OpenSessionRow[]>`${sessionsSql(actor, Prisma.sql`s.id = ${sessionId} AND ${openSessionSql()}`)}`;
  if (!row) throw notFound("training session");
  return toOpenSession(row);
}
