import "server-only";
import type { Actor } from "@/lib/platform/auth/roles";
import { db } from "@/lib/platform/db/client";
import { resolveRecordHolder } from "./record-holder";

export interface TrainingHoursSummary {
  /** hours of every training recorded in the fiscal year, completed or not: time spent learning */
  thisYear: number;
  lastYear: number;
  /** trainings of the fiscal year marked completed */
  completedCount: number;
  /** of thisYear, the hours of confirmed records: what the dashboards count when the HR division chooses so */
  verifiedThisYear: number;
}

/**
 * Training hours of a fiscal year against the year before, for the dashboards. Summed by the
 * database: at city scale a person's rows are few, but a team's or a bureau's are not, and the
 * same query shape serves both. Sums are rounded to the column's one decimal before leaving
 * numeric, so that 0.1-hour steps from an import cannot come back as 2.5999….
 *
 * The person's own figures are everything they declared, whatever the HR division's setting for
 * the dashboards: it is their record of their year. The confirmed part is given beside it, so
 * they see what their supervisor's and the city's figures count when only confirmed ones do.
 */
export async function summariseTrainingHours(actor: Actor, employeeId: number | undefined, fiscalYear: number): Promise<TrainingHoursSummary> {
  const holder = await resolveRecordHolder(actor, employeeId, { records: "trainingHours", fiscalYear });
  const [row] = await db.$queryRaw<{ this_year: number; last_year: number; completed_count: number; verified_this_year: number }[]>`
    SELECT round(coalesce(sum(hours) FILTER (WHERE fiscal_year = ${fiscalYear}::int), 0), 1)::float8 AS this_year,
           round(coalesce(sum(hours) FILTER (WHERE fiscal_year = ${fiscalYear - 1}::int), 0), 1)::float8 AS last_year,
           (count(*) FILTER (WHERE fiscal_year = ${fiscalYear}::int AND completed))::int AS completed_count,
           round(coalesce(sum(hours) FILTER (WHERE fiscal_year = ${fiscalYear}::int AND verified_at IS NOT NULL), 0), 1)::float8 AS verified_this_year
    FROM training_record
    WHERE employee_id = ${holder}::int AND fiscal_year IN (${fiscalYear}::int, ${fiscalYear - 1}::int)`;
  return {
    thisYear: row?.this_year ?? 0,
    lastYear: row?.last_year ?? 0,
    completedCount: row?.completed_count ?? 0,
    verifiedThisYear: row?.verified_this_year ?? 0,
  };
}
