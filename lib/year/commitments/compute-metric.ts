import "server-only";
import { type CalendarDate, compareDates, toDateColumn, tokyoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearEnd, fiscalYearStart, youngStaffJoinedAfter } from "@/lib/platform/dates/fiscal-year";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CommitmentLevel, CommitmentMetric } from "@/lib/generated/prisma/enums";
import { getYoungStaffYears } from "@/lib/insight/settings/young-staff-years";
import { average, interviewPercent, type MetricFigures, sharePercent } from "./metric-figures";

type Client = Pick<Prisma.TransactionClient, "$queryRaw" | "setting">;

export interface MetricSubject {
  /** TEAM when left out */
  level?: CommitmentLevel;
  metric: CommitmentMetric;
  ownerUnitId: number | null;
  fiscalYear: number;
  targetValue: Prisma.Decimal | number | null;
}

/**
 * Whom a commitment is about, as a CTE `members (id, joined_on)` of active staff: a bureau
 * commitment is about everyone in the bureau's subtree, a city one about all staff; a team one
 * about the unit's members (below). Who is where is today's org chart, also for a past year.
 */
function subjectCte(level: CommitmentLevel, unitId: number | null, day: Date): Prisma.Sql | null {
  if (level === "CITY") return Prisma.sql`WITH members AS (SELECT e.id, e.joined_on FROM employee e WHERE e.active)`;
  if (unitId === null) return null;
  if (level === "BUREAU") {
    return Prisma.sql`
      WITH members AS (
        SELECT e.id, e.joined_on
        FROM org_unit b
        JOIN org_unit eu ON eu.path LIKE b.path || '%'
        JOIN employee e ON e.unit_id = eu.id AND e.active
        WHERE b.id = ${unitId}
      )`;
  }
  return membersCte(unitId, day);
}

/**
 * The unit's members, as a CTE: active staff of the unit, or of its subtree when a supervisor
 * leads it with its sub-units, leaving out the unit's own leaders — a team commitment is about
 * the people they lead. Who is in the unit is today's org chart, also for a past year.
 */
function membersCte(unitId: number, day: Date): Prisma.Sql {
  const valid = (alias: string) =>
    Prisma.sql`${Prisma.raw(alias)}.valid_from <= ${day} AND (${Prisma.raw(alias)}.valid_to IS NULL OR ${Prisma.raw(alias)}.valid_to >= ${day})`;
  return Prisma.sql`
    WITH team AS (
      SELECT u.id, u.path,
             EXISTS (SELECT 1 FROM role_assignment ra
                     WHERE ra.role = 'SUPERVISOR' AND ra.unit_id = u.id AND ra.include_subunits AND ${valid("ra")}) AS subtree
      FROM org_unit u WHERE u.id = ${unitId}
    ), members AS (
      SELECT e.id, e.joined_on
      FROM team
      JOIN org_unit eu ON eu.id = team.id OR (team.subtree AND eu.path LIKE team.path || '%')
      JOIN employee e ON e.unit_id = eu.id AND e.active
      WHERE NOT EXISTS (SELECT 1 FROM role_assignment l
                        WHERE l.employee_id = e.id AND l.role = 'SUPERVISOR' AND l.unit_id = team.id AND ${valid("l")})
    )`;
}

interface Counts {
  population: number;
  reached: number;
  interviews?: number;
  credited?: number;
}

/**
 * The progress the portal computes for a team, bureau or city commitment from its own data, one
 * aggregate query over whom it is about, at read time (nothing computed is stored unless the owner
 * records it as a progress entry). Null for MANUAL, whose progress people enter.
 * - OJT_COVERAGE: young staff (years of service under the setting, as of today or the end of
 *   the fiscal year if it is over) with an OJT plan for the year, of all young staff;
 * - INTERVIEWS_PER_MEMBER: career interviews held in the year per member, against the target;
 * - PLAN_APPROVAL_RATE: members whose development plan for the year is approved, of all members.
 */
export async function computeMetric(client: Client, subject: MetricSubject, today: CalendarDate = tokyoDate()): Promise<MetricFigures | null> {
  if (subject.metric === "MANUAL") return null;
  const end = fiscalYearEnd(subject.fiscalYear);
  const day = toDateColumn(today);
  const members = subjectCte(subject.level ?? "TEAM", subject.ownerUnitId, day);
  if (members === null) return null;
  const fy = subject.fiscalYear;

  if (subject.metric === "OJT_COVERAGE") {
    const asOf = compareDates(today, end) > 0 ? end : today;
    const youngAfter = toDateColumn(youngStaffJoinedAfter(asOf, await getYoungStaffYears(client)));
    const [row] = await client.$queryRaw<Counts[]>`${members}
      SELECT count(*)::int AS population,
             count(*) FILTER (WHERE EXISTS (SELECT 1 FROM ojt_plan o WHERE o.trainee_id = m.id AND o.fiscal_year = ${fy}))::int AS reached
      FROM members m WHERE m.joined_on > ${youngAfter}`;
    const counts = row ?? { population: 0, reached: 0 };
    const percent = sharePercent(counts.reached, counts.population);
    return { metric: subject.metric, population: counts.population, reached: counts.reached, percent, actualValue: percent };
  }

  if (subject.metric === "PLAN_APPROVAL_RATE") {
    const [row] = await client.$queryRaw<Counts[]>`${members}
      SELECT count(*)::int AS population, count(p.id)::int AS reached
      FROM members m
      LEFT JOIN development_plan p ON p.employee_id = m.id AND p.fiscal_year = ${fy} AND p.status = 'APPROVED'`;
    const counts = row ?? { population: 0, reached: 0 };
    const percent = sharePercent(counts.reached, counts.population);
    return { metric: subject.metric, population: counts.population, reached: counts.reached, percent, actualValue: percent };
  }

  const target = subject.targetValue === null ? null : Number(subject.targetValue);
  const [row] = await client.$queryRaw<Counts[]>`${members}
    SELECT count(*)::int AS population,
           count(*) FILTER (WHERE c.held >= ${target ?? 0}::numeric)::int AS reached,
           coalesce(sum(c.held), 0)::int AS interviews,
           coalesce(sum(least(c.held, ${target ?? 0}::numeric)), 0)::float8 AS credited
    FROM members m
    CROSS JOIN LATERAL (SELECT count(*) AS held FROM career_interview i
                        WHERE i.employee_id = m.id AND i.held_on BETWEEN ${toDateColumn(fiscalYearStart(fy))} AND ${toDateColumn(end)}) c`;
  const counts = { population: row?.population ?? 0, reached: row?.reached ?? 0, interviews: row?.interviews ?? 0, credited: row?.credited ?? 0 };
  const perMember = average(counts.interviews, counts.population);
  return {
    metric: subject.metric,
    population: counts.population,
    reached: target === null ? 0 : counts.reached,
    percent: interviewPercent(counts.credited, target, counts.population),
    actualValue: perMember,
    interviews: counts.interviews,
    average: perMember,
    target,
  };
}
