import "server-only";
import type { Actor } from "@/lib/auth/roles";
import { type CalendarDate, fromDateColumn, tokyoDate } from "@/lib/dates/calendar-date";
import { yearsOfService } from "@/lib/dates/fiscal-year";
import { db } from "@/lib/db/client";
import { getYoungStaffYears } from "@/lib/settings/young-staff-years";
import { countOjtCoverage, type OjtCoverage, youngTeamWhere } from "./count-ojt-coverage";
import { currentQuarterOf, NO_FIGURES, type OjtPlanFigures, summariseOjtPlans } from "./summarise-ojt-plans";

export interface OjtOverviewRow {
  employeeId: number;
  name: string;
  nameKana: string;
  rank: string;
  unitName: string;
  yearsOfService: number;
  plan: (OjtPlanFigures & { id: number; completed: boolean; trainerName: string; trainerActive: boolean; trainerMoved: boolean }) | null;
}

export interface OjtOverview {
  fiscalYear: number;
  /** the quarter "this quarter" means, or null when the year is not the one in progress */
  quarter: number | null;
  youngStaffYears: number;
  coverage: OjtCoverage & { sessionsThisQuarter: number | null };
  members: OjtOverviewRow[];
}

/**
 * The supervisor's OJT page: every young member of their team with their plan for the year,
 * if any, and the coverage figures. Members without a plan come first: they need a trainer.
 */
export async function findOjtOverview(actor: Actor, fiscalYear: number): Promise<OjtOverview> {
  const today: CalendarDate = tokyoDate();
  const [where, youngStaffYears, coverage] = await Promise.all([youngTeamWhere(actor), getYoungStaffYears(db), countOjtCoverage(actor, fiscalYear)]);
  const members = await db.employee.findMany({
    where,
    orderBy: [{ unit: { position: "asc" } }, { unitId: "asc" }, { joinedOn: "desc" }, { staffNumber: "asc" }],
    select: {
      id: true,
      name: true,
      nameKana: true,
      rank: true,
      joinedOn: true,
      unit: { select: { name: true } },
      ojtAsTrainee: { where: { fiscalYear }, select: { id: true, completed: true, reassignSince: true, trainer: { select: { name: true, active: true } } } },
    },
  });
  const planIds = members.flatMap((member) => member.ojtAsTrainee.map((plan) => plan.id));
  const figures = await summariseOjtPlans(planIds, fiscalYear, today);
  const rows: OjtOverviewRow[] = members.map((member) => {
    const plan = member.ojtAsTrainee[0];
    return {
      employeeId: member.id,
      name: member.name,
      nameKana: member.nameKana,
      rank: member.rank,
      unitName: member.unit.name,
      yearsOfService: yearsOfService(fromDateColumn(member.joinedOn), today),
      plan: plan
        ? { id: plan.id, completed: plan.completed, trainerName: plan.trainer.name, trainerActive: plan.trainer.active, trainerMoved: plan.reassignSince !== null, ...(figures.get(plan.id) ?? NO_FIGURES) }
        : null,
    };
  });
  const quarter = currentQuarterOf(fiscalYear, today);
  const sessionsThisQuarter = quarter ? rows.reduce((sum, row) => sum + (row.plan?.sessionsThisQuarter ?? 0), 0) : null;
  return {
    fiscalYear,
    quarter,
    youngStaffYears,
    coverage: { ...coverage, sessionsThisQuarter },
    members: [...rows.filter((row) => !row.plan), ...rows.filter((row) => row.plan)],
  };
}
