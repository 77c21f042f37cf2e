import "server-only";
import type { Actor } from "@/lib/platform/auth/roles";
import { toDateColumn, tokyoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf, youngStaffJoinedAfter } from "@/lib/platform/dates/fiscal-year";
import { overdueBefore } from "./overdue";
import { db } from "@/lib/platform/db/client";
import type { PlanStatus } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { countedRecordsSql } from "@/lib/records/counted-records-sql";
import { getCountVerifiedOnly } from "@/lib/insight/settings/count-verified-only";
import { getYoungStaffYears } from "@/lib/insight/settings/young-staff-years";
import { openTeamView } from "./open-team-view";
import type { TeamUnitFigures } from "./summarise-team-units";
import type { TeamView } from "./team-units";

export interface TeamMemberOverview {
  id: number;
  name: string;
  nameKana: string;
  rank: string;
  /** the member's unit from the bureau down (lib/people/org/unit-trail.ts) */
  unitTrail: string[];
  youngStaff: boolean;
  planId: number | null;
  planStatus: PlanStatus | null;
  /** an approved plan whose changes wait for the supervisor (lib/year/plans/plan-rules.ts) */
  planChangesSubmitted: boolean;
  commitmentsPlanned: number;
  commitmentsDone: number;
  averageProgress: number;
  overdue: number;
  trainingHours: number;
  lastInterviewOn: Date | null;
  hasOjtTrainer: boolean;
  /** 兼務・併任: holds a concurrent post today (in this team or another); shown as 「兼務」 */
  concurrentPost: boolean;
}

export interface TeamOverview {
  view: TeamView;
  /** active staff in the view */
  staff: number;
  /** one row per unit when the view is too large to list everyone (lib/people/team/open-team-view.ts) */
  units: TeamUnitFigures[] | null;
  /** everyone in the view, or the opened unit's own members when `units` are shown */
  members: TeamMemberOverview[];
}

/**
 * The supervisor's team page for a fiscal year: the unit opened with `?unit=` (by default all
 * they lead), with everyone in it when it is small, else its units first and its own members.
 */
export async function findTeamOverview(actor: Actor, fiscalYear: number = fiscalYearOf(tokyoDate()), unitId: number | null = null): Promise<TeamOverview> {
  const opened = await openTeamView(actor, unitId, fiscalYear, "staff");
  const members = opened.listed ? await findMemberFigures(opened.listed, fiscalYear) : [];
  return { view: opened.view, staff: opened.count, units: opened.units, members };
}

/**
 * One row per member, every figure counted by the database in one statement: plan state,
 * commitments done of planned, overdue items, training hours (confirmed ones only, if the HR
 * division so chose), the last career interview and, for young staff, whether an OJT trainer is
 * assigned. `where` is already inside the supervisor's scope.
 */
async function findMemberFigures(where: Prisma.EmployeeWhereInput, fiscalYear: number): Promise<TeamMemberOverview[]> {
  const members = await db.employee.findMany({ where, select: { id: true } });
  if (members.length === 0) return [];
  const ids = members.map((member) => member.id);
  const today = tokyoDate();
  const youngAfter = toDateColumn(youngStaffJoinedAfter(today, await getYoungStaffYears(db)));
  const day = toDateColumn(today);
  const due = overdueBefore(fiscalYear, today);
  const counted = countedRecordsSql(await getCountVerifiedOnly(db), "training_record");
  return db.$queryRaw<TeamMemberOverview[]>`
    SELECT e.id, e.name, e.name_kana AS "nameKana", e.rank, u.trail AS "unitTrail",
           (e.joined_on > ${youngAfter}) AS "youngStaff",
           p.id AS "planId", p.status AS "planStatus", (p.changes_submitted_at IS NOT NULL) AS "planChangesSubmitted",
           coalesce(c.planned, 0)::int AS "commitmentsPlanned",
           coalesce(c.done, 0)::int AS "commitmentsDone",
           coalesce(c.average, 0)::int AS "averageProgress",
           coalesce(c.overdue, 0)::int AS overdue,
           coalesce(t.hours, 0)::float8 AS "trainingHours",
           i.last_on AS "lastInterviewOn",
           (o.id IS NOT NULL) AS "hasOjtTrainer",
           EXISTS (SELECT 1 FROM concurrent_post cp WHERE cp.employee_id = e.id AND cp.starts_on <= ${day} AND (cp.ends_on IS NULL OR cp.ends_on >= ${day})) AS "concurrentPost"
    FROM employee e
    JOIN org_unit u ON u.id = e.unit_id
    LEFT JOIN development_plan p ON p.employee_id = e.id AND p.fiscal_year = ${fiscalYear}
    LEFT JOIN LATERAL (
      SELECT count(*) AS planned,
             count(*) FILTER (WHERE status = 'DONE') AS done,
             round(avg(progress_percent)) AS average,
             count(*) FILTER (WHERE due_on < ${due} AND status NOT IN ('DONE', 'DROPPED')) AS overdue
      FROM commitment WHERE plan_id = p.id AND status <> 'DROPPED'
    ) c ON true
    LEFT JOIN LATERAL (
      SELECT sum(hours) AS hours FROM training_record WHERE employee_id = e.id AND fiscal_year = ${fiscalYear} ${counted}
    ) t ON true
    LEFT JOIN LATERAL (
      SELECT max(held_on) AS last_on FROM career_interview WHERE employee_id = e.id
    ) i ON true
    LEFT JOIN ojt_plan o ON o.trainee_id = e.id AND o.fiscal_year = ${fiscalYear}
    WHERE e.id = ANY(${ids}::int[])`;
}
