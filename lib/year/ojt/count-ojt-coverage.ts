import "server-only";
import type { Actor } from "@/lib/platform/auth/roles";
import { toDateColumn, tokyoDate } from "@/lib/platform/dates/calendar-date";
import { youngStaffJoinedAfter } from "@/lib/platform/dates/fiscal-year";
import { db } from "@/lib/platform/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { employeeScope } from "@/lib/people/org/scope";
import { getYoungStaffYears } from "@/lib/insight/settings/young-staff-years";

export interface OjtCoverage {
  /** young members of the team (若手職員, per the youngStaffYears setting) */
  young: number;
  /** of those, with a plan for the year whose trainer is still on the staff */
  covered: number;
  /** young members without such a plan: the supervisor's to-do */
  uncovered: number;
  /** plans the supervisor has marked completed */
  completed: number;
}

/** The supervisor's young members, as a where-clause (also used for the overview's rows). */
export async function youngTeamWhere(actor: Actor): Promise<Prisma.EmployeeWhereInput> {
  const youngAfter = toDateColumn(youngStaffJoinedAfter(tokyoDate(), await getYoungStaffYears(db)));
  return { AND: [employeeScope(actor, "SUPERVISOR"), { joinedOn: { gt: youngAfter } }] };
}

/**
 * OJT coverage of the supervisor's team for a fiscal year, counted by the database. Exported on
 * its own so that a team commitment measured by OJT coverage reads the same figure.
 */
export async function countOjtCoverage(actor: Actor, fiscalYear: number): Promise<OjtCoverage> {
  const young = await youngTeamWhere(actor);
  const withPlan = (plan: Prisma.OjtPlanWhereInput) => db.employee.count({ where: { AND: [young, { ojtAsTrainee: { some: { fiscalYear, ...plan } } }] } });
  const [total, covered, completed] = await Promise.all([
    db.employee.count({ where: young }),
    withPlan({ trainer: { active: true } }),
    withPlan({ completed: true }),
  ]);
  return { young: total, covered, uncovered: total - covered, completed };
}
