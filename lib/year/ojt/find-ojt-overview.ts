import "server-only";
import type { Actor } from "@/lib/platform/auth/roles";
import { type CalendarDate, fromDateColumn, tokyoDate } from "@/lib/platform/dates/calendar-date";
import { yearsOfService } from "@/lib/platform/dates/fiscal-year";
import { db } from "@/lib/platform/db/client";
import { getYoungStaffYears } from "@/lib/insight/settings/young-staff-years";
import { openTeamView, youngWhere } from "@/lib/people/team/open-team-view";
import { type TeamUnitFigures, totalTeamUnits } from "@/lib/people/team/summarise-team-units";
import type { TeamView } from "@/lib/people/team/team-units";
import type { OjtCoverage } from "./count-ojt-coverage";
import { currentQuarterOf, NO_FIGURES, type OjtPlanFigures, summariseOjtPlans } from "./summarise-ojt-plans";

export interface OjtOverviewRow {
  employeeId: number;
  name: string;
  nameKana: string;
  rank: string;
  /** from the bureau down (lib/people/org/unit-trail.ts) */
  unitTrail: string[];
  yearsOfService: number;
  plan: (OjtPlanFigures & { id: number; completed: boolean; trainerName: string; trainerActive: boolean; trainerMoved: boolean }) | null;
}

export interface OjtOverview {
  fiscalYear: number;
  view: TeamView;
  /** one row per unit when the view has too many young staff to list at once */
  units: TeamUnitFigures[] | null;
  /** the quarter "this quarter" means, or null when the year is not the one in progress */
  quarter: number | null;
  youngStaffYears: number;
  coverage: OjtCoverage & { sessionsThisQuarter: number | null };
  members: OjtOverviewRow[];
}

/**
 * The supervisor's OJT page for the unit opened (`?unit=`, by default all they lead): the young
 * members with their plan for the year, if any, and the coverage figures. Members without a plan
 * come first: they need a trainer. With more young staff than a page lists, the units come first
 * (counted by the database) and only the opened unit's own young members are listed.
 */
export async function findOjtOverview(actor: Actor, fiscalYear: number, unitId: number | null = null): Promise<OjtOverview> {
  const today: CalendarDate = tokyoDate();
  const [opened, young, youngStaffYears] = await Promise.all([openTeamView(actor, unitId, fiscalYear, "young"), youngWhere(), getYoungStaffYears(db)]);
  const members = opened.listed
    ? await db.employee.findMany({
        where: { AND: [opened.listed, young] },
        orderBy: [{ unit: { position: "asc" } }, { unitId: "asc" }, { joinedOn: "desc" }, { staffNumber: "asc" }],
        select: {
          id: true,
          name: true,
          nameKana: true,
          rank: true,
          joinedOn: true,
          unit: { select: { trail: true } },
          ojtAsTrainee: {
            where: { fiscalYear },
            select: { id: true, completed: true, reassignSince: true, trainer: { select: { name: true, active: true } } },
          },
        },
      })
    : [];
  const planIds = members.flatMap((member) => member.ojtAsTrainee.map((plan) => plan.id));
  const figures = await summariseOjtPlans(planIds, fiscalYear, today);
  const rows: OjtOverviewRow[] = members.map((member) => {
    const plan = member.ojtAsTrainee[0];
    return {
      employeeId: member.id,
      name: member.name,
      nameKana: member.nameKana,
      rank: member.rank,
      unitTrail: member.unit.trail,
      yearsOfService: yearsOfService(fromDateColumn(member.joinedOn), today),
      plan: plan
        ? {
            id: plan.id,
            completed: plan.completed,
            trainerName: plan.trainer.name,
            trainerActive: plan.trainer.active,
            trainerMoved: plan.reassignSince !== null,
            ...(figures.get(plan.id) ?? NO_FIGURES),
          }
        : null,
    };
  });
  const quarter = currentQuarterOf(fiscalYear, today);
  return {
    fiscalYear,
    view: opened.view,
    units: opened.units,
    quarter,
    youngStaffYears,
    coverage: opened.units ? coverageOfUnits(opened.units) : coverageOfRows(rows, quarter !== null),
    members: [...rows.filter((row) => !row.plan), ...rows.filter((row) => row.plan)],
  };
}

function coverageOfUnits(units: readonly TeamUnitFigures[]): OjtOverview["coverage"] {
  const total = totalTeamUnits(units);
  return {
    young: total.young,
    covered: total.ojtCovered,
    uncovered: total.young - total.ojtCovered,
    completed: total.ojtCompleted,
    sessionsThisQuarter: total.ojtSessionsThisQuarter,
  };
}

// A small view lists every young member of it, so their rows (each counted by the database)
// add up to its coverage without counting the same people a second time.
function coverageOfRows(rows: readonly OjtOverviewRow[], inProgress: boolean): OjtOverview["coverage"] {
  const covered = rows.filter((row) => row.plan?.trainerActive).length;
  return {
    young: rows.length,
    covered,
    uncovered: rows.length - covered,
    completed: rows.filter((row) => row.plan?.completed).length,
    sessionsThisQuarter: inProgress ? rows.reduce((sum, row) => sum + (row.plan?.sessionsThisQuarter ?? 0), 0) : null,
  };
}
