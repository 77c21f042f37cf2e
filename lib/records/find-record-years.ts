import "server-only";
import type { Actor } from "@/lib/platform/auth/roles";
import { tokyoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf } from "@/lib/platform/dates/fiscal-year";
import { db } from "@/lib/platform/db/client";

/**
 * The fiscal years in which the actor has any record, newest first, always with the current
 * one. A date's fiscal year in SQL: three months earlier, 1 April falls on 1 January.
 */
export async function findRecordYears(actor: Actor): Promise<number[]> {
  const me = actor.employeeId;
  const rows = await db.$queryRaw<{ fiscal_year: number }[]>`
    SELECT fiscal_year FROM training_record WHERE employee_id = ${me}::int
    UNION SELECT extract(year FROM obtained_on - interval '3 months')::int FROM qualification_record WHERE employee_id = ${me}::int
    UNION SELECT fiscal_year FROM ojt_plan WHERE trainee_id = ${me}::int
    UNION SELECT extract(year FROM held_on - interval '3 months')::int FROM career_interview WHERE employee_id = ${me}::int`;
  const years = new Set([fiscalYearOf(tokyoDate()), ...rows.map((row) => row.fiscal_year)]);
  return [...years].sort((a, b) => b - a);
}
