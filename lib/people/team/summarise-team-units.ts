import "server-only";
import type { Actor } from "@/lib/platform/auth/roles";
import { toDateColumn, tokyoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearEnd, fiscalYearStart, youngStaffJoinedAfter } from "@/lib/platform/dates/fiscal-year";
import { db } from "@/lib/platform/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { currentQuarterOf } from "@/lib/year/ojt/summarise-ojt-plans";
import { fiscalQuarterRange } from "@/lib/year/ojt/periods";
import { supervisorScopeSql } from "@/lib/people/org/scope";
import { countedRecordsSql } from "@/lib/records/counted-records-sql";
import { getCountVerifiedOnly } from "@/lib/insight/settings/count-verified-only";
import { getYoungStaffYears } from "@/lib/insight/settings/young-staff-years";
import { overdueBefore } from "./overdue";
import { teamGroupsSql, type TeamView } from "./team-units";
import { keysOf } from "@/lib/platform/validation/narrow";

/** The figures of one unit of a large team: what the people table shows, added up. */
export interface TeamUnitFigures {
  id: number;
  name: string;
  /** from the bureau down (lib/people/org/unit-trail.ts) */
  trail: string[];
  /** the opened unit's own members (not its subunits) */
  direct: boolean;
  staff: number;
  young: number;
  plansApproved: number;
  plansSubmitted: number;
  plansReturned: number;
  plansDraft: number;
  plansNone: number;
  commitmentsPlanned: number;
  commitmentsDone: number;
  overdue: number;
  trainingHours: number;
  /** members with a career interview in the fiscal year */
  interviewed: number;
  /** young members with an OJT plan for the year */
  ojtPlans: number;
  /** of those, whose trainer is still on the staff (the OJT page's coverage) */
  ojtCovered: number;
  ojtCompleted: number;
  /** OJT sessions of the quarter in progress; null outside the fiscal year in progress */
  ojtSessionsThisQuarter: number | null;
}

export type TeamUnitTotals = Omit<TeamUnitFigures, "id" | "name" | "trail" | "direct">;

/**
 * One row per unit of a team view, every figure counted by PostgreSQL in one grouped statement
 * over the units' materialised paths: a 局長's bureau of two thousand staff costs one query and a
 * page of twenty rows, not two thousand rows in Node. Each member is counted as the team table
 * counts them (plan of the year, live commitments, overdue ones, training hours as the HR
 * division's setting counts them), so a unit's figures add up its people's rows. Units without
 * active members are left out.
 */
export async function summariseTeamUnits(actor: Actor, view: TeamView, fiscalYear: number): Promise<TeamUnitFigures[]> {
  const today = tokyoDate();
  const [youngStaffYears, verifiedOnly] = await Promise.all([getYoungStaffYears(db), getCountVerifiedOnly(db)]);
  const youngAfter = toDateColumn(youngStaffJoinedAfter(today, youngStaffYears));
  const from = toDateColumn(fiscalYearStart(fiscalYear));
  const to = toDateColumn(fiscalYearEnd(fiscalYear));
  const quarter = currentQuarterOf(fiscalYear, today);
  const range = quarter ? fiscalQuarterRange(fiscalYear, quarter) : null;
  const sessions = range
    ? Prisma.sql`(SELECT count(*) FROM ojt_session s WHERE s.ojt_plan_id = o.id AND s.held_on BETWEEN ${toDateColumn(range.start)} AND ${toDateColumn(range.end)})`
    : Prisma.sql`0`;
  const rows = await db.$queryRaw<(Omit<TeamUnitFigures, "ojtSessionsThisQuarter"> & { ojtSessionsThisQuarter: number })[]>`
    WITH g AS (${teamGroupsSql(actor, view)}),
    m AS (
      SELECT g.id AS group_id, e.id, (e.joined_on > ${youngAfter}) AS young, p.status::text AS plan_status,
             coalesce(c.planned, 0) AS planned, coalesce(c.done, 0) AS done, coalesce(c.overdue, 0) AS overdue,
             coalesce(t.hours, 0) AS hours,
             EXISTS (SELECT 1 FROM career_interview i WHERE i.employee_id = e.id AND i.held_on BETWEEN ${from} AND ${to}) AS interviewed,
             o.id IS NOT NULL AS has_ojt,
             coalesce(o.completed, false) AS ojt_completed,
             coalesce(tr.active, false) AS trainer_active,
             CASE WHEN o.id IS NULL THEN 0 ELSE ${sessions} END AS sessions
      FROM g
      JOIN org_unit u ON u.path LIKE g.path || CASE WHEN g.direct THEN '' ELSE '%' END
      JOIN employee e ON e.unit_id = u.id
      LEFT JOIN development_plan p ON p.employee_id = e.id AND p.fiscal_year = ${fiscalYear}
      LEFT JOIN LATERAL (
        SELECT count(*) AS planned,
               count(*) FILTER (WHERE status = 'DONE') AS done,
               count(*) FILTER (WHERE due_on < ${overdueBefore(fiscalYear, today)} AND status <> 'DONE') AS overdue
        FROM commitment WHERE plan_id = p.id AND status <> 'DROPPED'
      ) c ON true
      LEFT JOIN LATERAL (
        SELECT sum(hours) AS hours FROM training_record WHERE employee_id = e.id AND fiscal_year = ${fiscalYear} ${countedRecordsSql(verifiedOnly, "training_record")}
      ) t ON true
      LEFT JOIN ojt_plan o ON o.trainee_id = e.id AND o.fiscal_year = ${fiscalYear}
      LEFT JOIN employee tr ON tr.id = o.trainer_id
      WHERE ${supervisorScopeSql(actor)}
    )
    SELECT g.id, g.name, g.trail, g.direct,
           count(m.id)::int AS staff,
           count(*) FILTER (WHERE m.young)::int AS young,
           count(*) FILTER (WHERE m.plan_status = 'APPROVED')::int AS "plansApproved",
           count(*) FILTER (WHERE m.plan_status = 'SUBMITTED')::int AS "plansSubmitted",
           count(*) FILTER (WHERE m.plan_status = 'RETURNED')::int AS "plansReturned",
           count(*) FILTER (WHERE m.plan_status = 'DRAFT')::int AS "plansDraft",
           count(*) FILTER (WHERE m.id IS NOT NULL AND m.plan_status IS NULL)::int AS "plansNone",
           coalesce(sum(m.planned), 0)::int AS "commitmentsPlanned",
           coalesce(sum(m.done), 0)::int AS "commitmentsDone",
           coalesce(sum(m.overdue), 0)::int AS overdue,
           coalesce(sum(m.hours), 0)::float8 AS "trainingHours",
           count(*) FILTER (WHERE m.interviewed)::int AS interviewed,
           count(*) FILTER (WHERE m.young AND m.has_ojt)::int AS "ojtPlans",
           count(*) FILTER (WHERE m.young AND m.has_ojt AND m.trainer_active)::int AS "ojtCovered",
           count(*) FILTER (WHERE m.young AND m.ojt_completed)::int AS "ojtCompleted",
           coalesce(sum(m.sessions) FILTER (WHERE m.young), 0)::int AS "ojtSessionsThisQuarter"
    FROM g JOIN m ON m.group_id = g.id
    GROUP BY g.id, g.name, g.trail, g.direct, g.position
    ORDER BY g.direct DESC, g.position, g.id`;
  return rows.map((row) => ({ ...row, ojtSessionsThisQuarter: range ? row.ojtSessionsThisQuarter : null }));
}

/** The whole view's figures: the sum of its units' (the groups never overlap). */
export function totalTeamUnits(units: readonly TeamUnitFigures[]): TeamUnitTotals {
  const total: TeamUnitTotals = {
    staff: 0,
    young: 0,
    plansApproved: 0,
    plansSubmitted: 0,
    plansReturned: 0,
    plansDraft: 0,
    plansNone: 0,
    commitmentsPlanned: 0,
    commitmentsDone: 0,
    overdue: 0,
    trainingHours: 0,
    interviewed: 0,
    ojtPlans: 0,
    ojtCovered: 0,
    ojtCompleted: 0,
    ojtSessionsThisQuarter: null,
  };
  for (const unit of units) {
    for (const key of keysOf(total)) {
      if (key === "ojtSessionsThisQuarter") continue;
      total[key] += unit[key];
    }
    if (unit.ojtSessionsThisQuarter !== null) total.ojtSessionsThisQuarter = (total.ojtSessionsThisQuarter ?? 0) + unit.ojtSessionsThisQuarter;
  }
  return total;
}
