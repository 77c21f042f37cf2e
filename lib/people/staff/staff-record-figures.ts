import "server-only";
import { db } from "@/lib/platform/db/client";

/** A person's year in figures, each counted by PostgreSQL from the records themselves. */
export interface StaffYearFigures {
  fiscalYear: number;
  plans: number;
  /** individual commitments, dropped ones left out */
  commitments: number;
  commitmentsDone: number;
  trainings: number;
  trainingHours: number;
  qualifications: number;
  /** OJT sessions received, and their minutes */
  ojtSessions: number;
  ojtMinutes: number;
  /** people they trained in OJT that year */
  trainees: number;
  interviews: number;
  transfers: number;
}

const EMPTY: Omit<StaffYearFigures, "fiscalYear"> = {
  plans: 0,
  commitments: 0,
  commitmentsDone: 0,
  trainings: 0,
  trainingHours: 0,
  qualifications: 0,
  ojtSessions: 0,
  ojtMinutes: 0,
  trainees: 0,
  interviews: 0,
  transfers: 0,
};

type Measure = keyof typeof EMPTY;

/** A year with nothing on record (the current one, before anything is entered). */
export const emptyYearFigures = (fiscalYear: number): StaffYearFigures => ({ fiscalYear, ...EMPTY });

/**
 * Every fiscal year in which the person has anything on record, newest first, with its figures:
 * one statement, each source grouped by year (a date's fiscal year: three months earlier, 1 April
 * falls on 1 January). Callers have checked that the actor may open the person's record; this
 * reads nothing that says who they are or what was written, only how many and how long.
 */
export async function countStaffYears(employeeId: number): Promise<StaffYearFigures[]> {
  const rows = await db.$queryRaw<{ fiscal_year: number; measure: Measure; value: number }[]>`
    SELECT fiscal_year, measure, value::float8 AS value FROM (
      SELECT fiscal_year, 'plans' AS measure, count(*) AS value FROM development_plan WHERE employee_id = ${employeeId}::int GROUP BY 1
      UNION ALL
      SELECT fiscal_year, unnest(ARRAY['commitments', 'commitmentsDone']),
             unnest(ARRAY[count(*), count(*) FILTER (WHERE status = 'DONE')])
      FROM commitment WHERE owner_employee_id = ${employeeId}::int AND level = 'INDIVIDUAL' AND status <> 'DROPPED' GROUP BY 1
      UNION ALL
      SELECT fiscal_year, unnest(ARRAY['trainings', 'trainingHours']), unnest(ARRAY[count(*)::numeric, sum(hours)])
      FROM training_record WHERE employee_id = ${employeeId}::int GROUP BY 1
      UNION ALL
      SELECT extract(year FROM obtained_on - interval '3 months')::int, 'qualifications', count(*)
      FROM qualification_record WHERE employee_id = ${employeeId}::int GROUP BY 1
      UNION ALL
      SELECT p.fiscal_year, unnest(ARRAY['ojtSessions', 'ojtMinutes']), unnest(ARRAY[count(s.id), coalesce(sum(s.minutes), 0)])
      FROM ojt_plan p LEFT JOIN ojt_session s ON s.ojt_plan_id = p.id WHERE p.trainee_id = ${employeeId}::int GROUP BY 1
      UNION ALL
      SELECT fiscal_year, 'trainees', count(*) FROM ojt_plan WHERE trainer_id = ${employeeId}::int GROUP BY 1
      UNION ALL
      SELECT extract(year FROM held_on - interval '3 months')::int, 'interviews', count(*)
      FROM career_interview WHERE employee_id = ${employeeId}::int GROUP BY 1
      UNION ALL
      SELECT extract(year FROM effective_on - interval '3 months')::int, 'transfers', count(*)
      FROM staff_transfer WHERE employee_id = ${employeeId}::int AND status = 'APPLIED' GROUP BY 1
    ) AS figures
    ORDER BY fiscal_year DESC`;
  const years = new Map<number, StaffYearFigures>();
  for (const row of rows) {
    const year = years.get(row.fiscal_year) ?? emptyYearFigures(row.fiscal_year);
    year[row.measure] = row.value;
    years.set(row.fiscal_year, year);
  }
  return [...years.values()];
}
