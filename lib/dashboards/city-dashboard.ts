import "server-only";
import type { Actor } from "@/lib/auth/roles";
import type { CalendarDate } from "@/lib/dates/calendar-date";
import { db } from "@/lib/db/client";
import { type CityAxes, getCityAxes } from "./city-axes";
import { type CityBureauFigures, getCityBureauFigures } from "./city-figures";
import type { CityFilters } from "./city-filters";
import { bureausSql, cityScopePaths } from "./city-sql";
import { type CityTrends, getCityTrends } from "./city-trends";

export interface CityFilterOptions {
  bureaus: { id: number; name: string }[];
  jobCategories: string[];
  promotionPlans: { id: number; name: string; startFiscalYear: number; endFiscalYear: number }[];
}

export interface CityDashboard extends CityBureauFigures {
  filters: CityFilters;
  /** null when the view's whole group is withheld (small-groups.ts, rule 4) */
  axes: CityAxes | null;
  trends: CityTrends;
  options: CityFilterOptions;
}

/** What the filter form offers: the bureaus in scope, the job categories of active staff, the plans. */
export async function getCityFilterOptions(actor: Actor): Promise<CityFilterOptions> {
  const paths = cityScopePaths(actor);
  const [bureaus, jobs, promotionPlans] = await Promise.all([
    db.$queryRaw<{ id: number; name: string }[]>`SELECT b.id, b.name FROM (${bureausSql(paths)}) b ORDER BY b.position, b.id`,
    db.$queryRaw<{ job: string }[]>`SELECT DISTINCT job_category AS job FROM employee WHERE active ORDER BY job_category`,
    db.promotionPlan.findMany({ select: { id: true, name: true, startFiscalYear: true, endFiscalYear: true }, orderBy: { startFiscalYear: "asc" } }),
  ]);
  return { bureaus, jobCategories: jobs.map((row) => row.job), promotionPlans };
}

/**
 * Everything the city-wide page shows, for the HR division or the headquarters. The heat map
 * keeps only the columns of bureaus whose figures are shown, and the axes go when the view's
 * total is withheld, so a small group cannot be read off another chart either.
 */
export async function getCityDashboard(actor: Actor, filters: CityFilters, options: { today?: CalendarDate } = {}): Promise<CityDashboard> {
  const [figures, axes, trends, filterOptions] = await Promise.all([
    getCityBureauFigures(actor, filters, options),
    getCityAxes(actor, filters, options),
    getCityTrends(actor, filters, options),
    getCityFilterOptions(actor),
  ]);
  const shown = new Set(figures.bureaus.filter((row) => !row.withheld).map((row) => row.id));
  return {
    ...figures,
    filters,
    axes: figures.total.withheld ? null : { ...axes, matrix: axes.matrix.filter((cell) => shown.has(cell.bureauId)) },
    trends,
    options: filterOptions,
  };
}
