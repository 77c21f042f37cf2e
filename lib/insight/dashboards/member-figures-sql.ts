import "server-only";
import { type CalendarDate, compareDates, toDateColumn } from "@/lib/platform/dates/calendar-date";
import { fiscalYearEnd, fiscalYearStart, youngStaffJoinedAfter } from "@/lib/platform/dates/fiscal-year";
import { Prisma } from "@/lib/generated/prisma/client";
import { countedRecordsSql } from "@/lib/records/counted-records-sql";

export interface MemberFiguresSqlOptions {
  fiscalYear: number;
  today: CalendarDate;
  youngStaffYears: number;
  /** count only confirmed training records (the HR division's setting, lib/insight/settings/count-verified-only.ts) */
  verifiedOnly: boolean;
  /** count only the commitments under this measure (the city view's measure filter) */
  measureId?: number;
}

/**
 * One row per member of the given sections, with every per-person figure of the bureau
 * dashboard, as two CTEs (`sec`, `m`) for the section totals and the drill-down to share, so
 * that both count the same way. `sections` selects id, name, path, department name and the
 * positions to order by.
 * - members: active staff of the section's subtree, as the org chart is today;
 * - young: fewer years of service than the setting, as of today or the end of the fiscal year
 *   if it is over (as for a team commitment's OJT coverage);
 * - OJT: an OJT plan for the year as trainee; interviews: held within the fiscal year;
 * - trainings and hours: the year's training records, only confirmed ones if `verifiedOnly`;
 * - commitments: the individual ones of the member's plan for the year, by status (under
 *   `measureId` only, when given).
 */
export function memberFiguresCte(sections: Prisma.Sql, { fiscalYear, today, youngStaffYears, verifiedOnly, measureId }: MemberFiguresSqlOptions): Prisma.Sql {
  const end = fiscalYearEnd(fiscalYear);
  const asOf = compareDates(today, end) > 0 ? end : today;
  const youngAfter = toDateColumn(youngStaffJoinedAfter(asOf, youngStaffYears));
  const from = toDateColumn(fiscalYearStart(fiscalYear));
  const to = toDateColumn(end);
  const measure = measureId === undefined ? Prisma.empty : Prisma.sql`AND measure_id = ${measureId}`;
  return Prisma.sql`
    WITH sec AS (${sections}),
    m AS (
      SELECT sec.id AS section_id, e.id, e.name, e.name_kana, e.rank, u.name AS unit_name, u.trail AS unit_trail, u.path AS unit_path,
             (e.joined_on > ${youngAfter}) AS young,
             p.id AS plan_id, p.status::text AS plan_status,
             EXISTS (SELECT 1 FROM ojt_plan o WHERE o.trainee_id = e.id AND o.fiscal_year = ${fiscalYear}) AS has_ojt,
             coalesce(t.records, 0)::int AS trainings,
             coalesce(t.hours, 0)::float8 AS hours,
             coalesce(i.held, 0)::int AS interviews,
             coalesce(c.planned, 0)::int AS planned,
             coalesce(c.in_progress, 0)::int AS in_progress,
             coalesce(c.done, 0)::int AS done
      FROM sec
      JOIN org_unit u ON u.path LIKE sec.path || '%'
      JOIN employee e ON e.unit_id = u.id AND e.active
      LEFT JOIN development_plan p ON p.employee_id = e.id AND p.fiscal_year = ${fiscalYear}
      LEFT JOIN LATERAL (
        SELECT count(*) AS records, sum(hours) AS hours
        FROM training_record WHERE employee_id = e.id AND fiscal_year = ${fiscalYear} ${countedRecordsSql(verifiedOnly, "training_record")}
      ) t ON true
      LEFT JOIN LATERAL (
        SELECT count(*) AS held FROM career_interview
        WHERE employee_id = e.id AND held_on BETWEEN ${from} AND ${to}
      ) i ON true
      LEFT JOIN LATERAL (
        SELECT count(*) FILTER (WHERE status <> 'DROPPED') AS planned,
               count(*) FILTER (WHERE status = 'IN_PROGRESS') AS in_progress,
               count(*) FILTER (WHERE status = 'DONE') AS done
        FROM commitment WHERE plan_id = p.id AND level = 'INDIVIDUAL' ${measure}
      ) c ON true
    )`;
}
