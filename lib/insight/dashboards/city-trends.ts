import "server-only";
import { sharedFigures } from "@/lib/insight/figure-cache/shared-figures";
import type { Actor } from "@/lib/platform/auth/roles";
import { type CalendarDate, tokyoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf } from "@/lib/platform/dates/fiscal-year";
import { db } from "@/lib/platform/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { sharePercent } from "@/lib/year/commitments/metric-figures";
import { countedRecordsSql } from "@/lib/records/counted-records-sql";
import { getCountVerifiedOnly } from "@/lib/insight/settings/count-verified-only";
import { getYoungStaffYears } from "@/lib/insight/settings/young-staff-years";
import { type CityFilters, cityGroup, POLICY_FIRST_YEAR, POLICY_LAST_YEAR } from "./city-filters";
import { cityScopePaths, personFilterSql, youngCutoff } from "./city-sql";
import { cityPopulationSql, sameDayLastYear, yearOnDay } from "./same-day";
import { findWithheldGroups } from "./withheld-groups";

/**
 * One fiscal year's point: null figures when that year's group is withheld (small-groups.ts),
 * exactly as the overview opened on that year withholds its total.
 */
export interface TrendPoint {
  fiscalYear: number;
  members: number | null;
  approvalRate: number | null;
  trainingHours: number | null;
}

/**
 * The unfinished current year beside the previous year as it stood on the same day a year
 * earlier, rather than beside its end: in December a year's approval rate is not yet its
 * March one, and a line from the last complete year down to today's point shows only the calendar.
 */
export interface SameDayComparison {
  /** the current year's point is read on `asOf` (today) */
  fiscalYear: number;
  asOf: CalendarDate;
  /** the previous year on the same calendar day one year earlier (28 February for a 29th) */
  previous: TrendPoint & { asOf: CalendarDate };
}

export interface CityTrends {
  /** the promotion plan the years come from, or null for the whole policy period */
  plan: { id: number; name: string; startFiscalYear: number; endFiscalYear: number } | null;
  points: TrendPoint[];
  /** when the years shown include the current one and the one before it */
  sameDay: SameDayComparison | null;
}

/**
 * The plan approval rate and training hours per fiscal year, for the whole policy period
 * (FY2021–FY2030) or a promotion plan's years, up to the current year; years with neither a
 * plan nor a training record are left out. Each year counts today's staff (as the per-bureau
 * figures do) under the filters, young staff as of that year's end, so a point matches the
 * dashboard opened on that year.
 */
/** Shared by everyone with the same scope and inputs for FIGURE_CACHE_SECONDS (lib/insight/figure-cache/shared-figures.ts). */
export async function getCityTrends(actor: Actor, filters: CityFilters, options: { today?: CalendarDate } = {}): Promise<CityTrends> {
  const today = options.today ?? tokyoDate();
  const inputs = { paths: cityScopePaths(actor), filters, today };
  return sharedFigures("city.trends", inputs, () => computeCityTrends(actor, filters, { ...options, today }));
}

async function computeCityTrends(actor: Actor, filters: CityFilters, options: { today?: CalendarDate } = {}): Promise<CityTrends> {
  const paths = cityScopePaths(actor);
  const today = options.today ?? tokyoDate();
  const plan =
    filters.promotionPlanId === undefined
      ? null
      : await db.promotionPlan.findUnique({
          where: { id: filters.promotionPlanId },
          select: { id: true, name: true, startFiscalYear: true, endFiscalYear: true },
        });
  const first = Math.max(plan?.startFiscalYear ?? POLICY_FIRST_YEAR, POLICY_FIRST_YEAR);
  const last = Math.min(plan?.endFiscalYear ?? POLICY_LAST_YEAR, POLICY_LAST_YEAR, fiscalYearOf(today));
  if (last < first) return { plan, points: [], sameDay: null };
  const youngStaffYears = await getYoungStaffYears(db);
  const counted = countedRecordsSql(await getCountVerifiedOnly(db), "training_record");
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const cutoffs = years.map((fiscalYear) => ({ fiscalYear, youngAfter: youngCutoff(fiscalYear, today, youngStaffYears) }));
  // One sub-statement per year (at most ten) joined by UNION ALL: the young-staff cut-off and so
  // the person filter differ by year.
  const perYear = cutoffs.map(
    ({ fiscalYear: fy, youngAfter }) => Prisma.sql`
      SELECT ${fy}::int AS fy, count(e.id)::int AS members,
             count(p.id)::int AS plans,
             count(p.id) FILTER (WHERE p.status = 'APPROVED')::int AS approved,
             coalesce(sum(t.hours), 0)::float8 AS hours,
             coalesce(sum(t.records), 0)::int AS trainings
      FROM pop e
      LEFT JOIN development_plan p ON p.employee_id = e.id AND p.fiscal_year = ${fy}
      LEFT JOIN LATERAL (SELECT sum(hours) AS hours, count(*) AS records FROM training_record WHERE employee_id = e.id AND fiscal_year = ${fy} ${counted}) t ON true
      WHERE true ${personFilterSql(filters, youngAfter)}`,
  );
  const population = cityPopulationSql(paths, filters.bureauId);
  const current = fiscalYearOf(today);
  const compared = years.includes(current) && years.includes(current - 1) ? cutoffs.find((cutoff) => cutoff.fiscalYear === current - 1) : undefined;
  const [rows, withheld, previous] = await Promise.all([
    db.$queryRaw<{ fy: number; members: number; plans: number; approved: number; hours: number; trainings: number }[]>`
    ${population}
    ${Prisma.join(perYear, " UNION ALL ")}
    ORDER BY fy`,
    findWithheldGroups(paths, cutoffs),
    compared ? yearOnDay(population, compared, sameDayLastYear(today), counted, filters) : null,
  ]);
  const group = { ...cityGroup(filters), bureauId: filters.bureauId };
  const points = rows
    .filter((row) => row.plans > 0 || row.trainings > 0)
    .map((row) =>
      (withheld.get(row.fy)?.isWithheld(group) ?? true)
        ? { fiscalYear: row.fy, members: null, approvalRate: null, trainingHours: null }
        : { fiscalYear: row.fy, members: row.members, approvalRate: sharePercent(row.approved, row.members), trainingHours: Math.round(row.hours * 10) / 10 },
    );
  const currentPoint = points.find((point) => point.fiscalYear === current);
  const sameDay =
    previous && compared && currentPoint
      ? {
          fiscalYear: current,
          asOf: today,
          previous: {
            ...((withheld.get(compared.fiscalYear)?.isWithheld(group) ?? true)
              ? { fiscalYear: compared.fiscalYear, members: null, approvalRate: null, trainingHours: null }
              : {
                  fiscalYear: compared.fiscalYear,
                  members: previous.members,
                  approvalRate: sharePercent(previous.approved, previous.members),
                  trainingHours: Math.round(previous.hours * 10) / 10,
                }),
            asOf: previous.asOf,
          },
        }
      : null;
  return { plan, points, sameDay };
}
