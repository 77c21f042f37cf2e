import { Prisma } from "@/lib/generated/prisma/client";
import type { CycleStep } from "@/lib/generated/prisma/enums";

/**
 * Whether the employee `e` has done `step` of `fiscalYear`, as a SQL condition: the one
 * definition the reminders, the counts and the employee's own page use (lib/year/cycle/cycle-steps.ts
 * says it in words). `midYearStartsOn` is the day the 中間 window opened.
 */
export function stepDoneSql(step: CycleStep, fiscalYear: number, midYearStartsOn: Date): Prisma.Sql {
  switch (step) {
    case "PLAN":
      return Prisma.sql`EXISTS (
        SELECT 1 FROM development_plan dp WHERE dp.employee_id = e.id AND dp.fiscal_year = ${fiscalYear}
          AND (dp.status IN ('SUBMITTED', 'APPROVED') OR EXISTS (SELECT 1 FROM review_event re WHERE re.plan_id = dp.id AND re.action = 'APPROVE')))`;
    case "MID_YEAR":
      return Prisma.sql`EXISTS (
        SELECT 1 FROM development_plan dp
        JOIN commitment dc ON dc.plan_id = dp.id
        JOIN commitment_progress dpr ON dpr.commitment_id = dc.id
        WHERE dp.employee_id = e.id AND dp.fiscal_year = ${fiscalYear} AND dpr.recorded_on >= ${midYearStartsOn})`;
    case "REFLECTION":
      return Prisma.sql`EXISTS (
        SELECT 1 FROM development_plan dp WHERE dp.employee_id = e.id AND dp.fiscal_year = ${fiscalYear} AND btrim(dp.reflection) <> '')`;
  }
}

/**
 * The day `step` is due for the employee `e` in unit `u`: their bureau's own end date where the
 * HR division set one, else the city's. The bureau is found among the ids of the unit's path.
 */
export function dueOnSql(step: CycleStep, fiscalYear: number, cityEndsOn: Date): Prisma.Sql {
  return Prisma.sql`coalesce((
    SELECT d.ends_on FROM cycle_bureau_deadline d
    WHERE d.fiscal_year = ${fiscalYear} AND d.step = ${step}::"CycleStep"
      AND d.bureau_id = ANY(string_to_array(btrim(u.path, '/'), '/')::int[])
    LIMIT 1), ${cityEndsOn}::date)`;
}
