import "server-only";
import { sharePercent } from "@/lib/year/commitments/metric-figures";
import { type CalendarDate, toDateColumn } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf } from "@/lib/platform/dates/fiscal-year";
import { db } from "@/lib/platform/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { countedRecordsSql } from "@/lib/records/counted-records-sql";
import { getCountVerifiedOnly } from "@/lib/insight/settings/count-verified-only";
import { getYoungStaffYears } from "@/lib/insight/settings/young-staff-years";
import { type CityFilters, POLICY_FIRST_YEAR } from "./city-filters";
import { bureausSql, personFilterSql, youngCutoff } from "./city-sql";
import { perMember } from "./per-staff";

/**
 * The unfinished current year beside the previous year as it stood on the same day a year
 * earlier, rather than beside its end: in December a year's approval rate is not yet its March
 * one, and a fall from a complete year to today's figure shows only the calendar. One function
 * for every view that sets two years side by side (/city/trends, the /city cards, /bureau).
 */

/** The same calendar day a year earlier; 29 February falls back to the 28th. */
export function sameDayLastYear(day: CalendarDate): CalendarDate {
  return { year: day.year - 1, month: day.month, day: day.month === 2 && day.day === 29 ? 28 : day.day };
}

/** A year's counts as they stood at the end of `asOf`. */
export interface YearOnDayCounts {
  asOf: CalendarDate;
  members: number;
  approved: number;
  hours: number;
}

/** The same, as a view prints them beside the current year's figures. */
export interface YearOnDay {
  fiscalYear: number;
  asOf: CalendarDate;
  members: number;
  plansApproved: number;
  approvalRate: number | null;
  trainingHours: number;
  hoursPerMember: number | null;
}

/**
 * The people a view counts, as the CTE `pop` (id, job_category, rank, joined_on), preceded by
 * `WITH`: active staff in the subtree of the bureaus in scope (the city view), or in the
 * subtree of a bureau's sections (the bureau dashboard's total, which leaves out the 局長 and
 * the 部 offices above the sections).
 */
export function cityPopulationSql(paths: string[] | null, bureauId?: number): Prisma.Sql {
  return Prisma.sql`
    WITH b AS (${bureausSql(paths, bureauId)}),
    pop AS (
      SELECT e.id, e.job_category, e.rank, e.joined_on FROM employee e
      JOIN org_unit u ON u.id = e.unit_id JOIN b ON u.path LIKE b.path || '%'
      WHERE e.active
    )`;
}

export function bureauSectionsPopulationSql(bureauPath: string): Prisma.Sql {
  return Prisma.sql`
    WITH sec AS (SELECT s.path FROM org_unit s WHERE s.kind = 'SECTION' AND s.retired_at IS NULL AND s.path LIKE ${bureauPath} || '%'),
    pop AS (
      SELECT e.id, e.job_category, e.rank, e.joined_on FROM employee e
      JOIN org_unit u ON u.id = e.unit_id JOIN sec ON u.path LIKE sec.path || '%'
      WHERE e.active
    )`;
}

// Japan keeps no daylight saving time.
const TOKYO_OFFSET_MS = 9 * 60 * 60 * 1000;

/**
 * A fiscal year as it stood at the end of `asOf`, from the dated records: a plan counts as
 * approved when its last review event by then left it approved (an approval later returned or
 * reopened is not counted), and a training counts once it had ended by then. `population` is
 * one of the statements above; `filters` narrow it as the view's person filters do.
 */
export async function yearOnDay(
  population: Prisma.Sql,
  year: { fiscalYear: number; youngAfter: Date },
  asOf: CalendarDate,
  counted: Prisma.Sql,
  filters?: CityFilters,
): Promise<YearOnDayCounts> {
  // The first instant of the next Tokyo day: events stored in UTC are compared against it.
  const until = new Date(Date.UTC(asOf.year, asOf.month - 1, asOf.day + 1) - TOKYO_OFFSET_MS);
  const people = filters ? personFilterSql(filters, year.youngAfter) : Prisma.empty;
  const [row] = await db.$queryRaw<{ members: number; approved: number; hours: number }[]>`
    ${population}
    SELECT count(e.id)::int AS members,
           count(p.id) FILTER (WHERE state.to_status = 'APPROVED')::int AS approved,
           coalesce(sum(t.hours), 0)::float8 AS hours
    FROM pop e
    LEFT JOIN development_plan p ON p.employee_id = e.id AND p.fiscal_year = ${year.fiscalYear}
    LEFT JOIN LATERAL (
      SELECT r.to_status FROM review_event r WHERE r.plan_id = p.id AND r.at < ${until} ORDER BY r.at DESC, r.id DESC LIMIT 1
    ) state ON true
    LEFT JOIN LATERAL (
      SELECT sum(hours) AS hours FROM training_record
      WHERE employee_id = e.id AND fiscal_year = ${year.fiscalYear} AND end_on <= ${toDateColumn(asOf)} ${counted}
    ) t ON true
    WHERE true ${people}`;
  return { asOf, members: row?.members ?? 0, approved: row?.approved ?? 0, hours: row?.hours ?? 0 };
}

/** The counts as a view prints them: shares in whole per cent, hours to 0.1. */
export function yearOnDayFigures(fiscalYear: number, counts: YearOnDayCounts): YearOnDay {
  const trainingHours = Math.round(counts.hours * 10) / 10;
  return {
    fiscalYear,
    asOf: counts.asOf,
    members: counts.members,
    plansApproved: counts.approved,
    approvalRate: sharePercent(counts.approved, counts.members),
    trainingHours,
    hoursPerMember: perMember(counts.hours, counts.members),
  };
}

/**
 * What the view of `fiscalYear` sets beside its figures: the previous year on the same day a
 * year before `today` while `fiscalYear` is the unfinished current year, else null (a finished
 * year is compared with finished years, and the policy has no year before its first). The
 * caller has checked the scope; the withholding of small groups is the caller's too.
 */
export async function previousYearOnSameDay(
  population: Prisma.Sql,
  options: { fiscalYear: number; today: CalendarDate; filters?: CityFilters },
): Promise<YearOnDay | null> {
  const previous = options.fiscalYear - 1;
  if (options.fiscalYear !== fiscalYearOf(options.today) || previous < POLICY_FIRST_YEAR) return null;
  const [youngStaffYears, verifiedOnly] = await Promise.all([getYoungStaffYears(db), getCountVerifiedOnly(db)]);
  const year = { fiscalYear: previous, youngAfter: youngCutoff(previous, options.today, youngStaffYears) };
  const counts = await yearOnDay(population, year, sameDayLastYear(options.today), countedRecordsSql(verifiedOnly, "training_record"), options.filters);
  return yearOnDayFigures(previous, counts);
}
