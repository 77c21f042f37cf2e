import "server-only";
import type { Actor } from "@/lib/platform/auth/roles";
import { sharedFigures } from "@/lib/insight/figure-cache/shared-figures";
import { type CalendarDate, tokyoDate } from "@/lib/platform/dates/calendar-date";
import { db } from "@/lib/platform/db/client";
import { getYoungStaffYears } from "@/lib/insight/settings/young-staff-years";
import { measureLabel } from "@/lib/policy/measure-label";
import { type CityAxes, getCityAxes } from "./city-axes";
import { type CityBureauFigures, getCityBureauFigures } from "./city-figures";
import { type CityFilters, cityGroup } from "./city-filters";
import { bureausSql, cityScopePaths, youngCutoff } from "./city-sql";
import { type CityTrends, getCityTrends } from "./city-trends";
import { cityPopulationSql, previousYearOnSameDay, type YearOnDay } from "./same-day";
import { findWithheldGroups } from "./withheld-groups";

export interface CityFilterOptions {
  bureaus: { id: number; name: string }[];
  /** the current (not retired) measures, in the policy's order, grouped by area in the form */
  measures: CityMeasureOption[];
  jobCategories: string[];
  promotionPlans: { id: number; name: string; startFiscalYear: number; endFiscalYear: number }[];
}

export interface CityMeasureOption {
  id: number;
  number: number;
  name: string;
  area: { id: number; number: number; name: string };
}

export interface CityDashboard extends CityBureauFigures {
  filters: CityFilters;
  /** null when the view's total is withheld (small-groups.ts): the axes are figures of its group */
  axes: CityAxes | null;
  trends: CityTrends;
  options: CityFilterOptions;
}

/** A measure as the policy prints it: （1）⑤職員の自己啓発支援. */
export function cityMeasureLabel(measure: Pick<CityMeasureOption, "number" | "name" | "area">): string {
  return measureLabel({ areaNumber: measure.area.number, number: measure.number, name: measure.name });
}

function currentMeasures(): Promise<CityMeasureOption[]> {
  return db.measure.findMany({
    where: { retiredAt: null, area: { retiredAt: null } },
    select: { id: true, number: true, name: true, area: { select: { id: true, number: true, name: true } } },
    orderBy: [{ area: { number: "asc" } }, { number: "asc" }],
  });
}

/**
 * The filters with a measure id that is no current measure (unknown, or retired) dropped: the
 * view falls back to every measure and says nothing, as for any other filter value that does
 * not parse (an old bookmark still opens). Measures are not scoped, so this discloses nothing.
 */
export async function knownMeasureFilters(filters: CityFilters): Promise<CityFilters> {
  if (filters.measureId === undefined) return filters;
  const known = await db.measure.count({ where: { id: filters.measureId, retiredAt: null, area: { retiredAt: null } } });
  if (known > 0) return filters;
  const { measureId, ...rest } = filters;
  return rest;
}

/** What the filter form offers: the bureaus in scope, the measures, the job categories of active staff, the plans. */
export async function getCityFilterOptions(actor: Actor): Promise<CityFilterOptions> {
  const paths = cityScopePaths(actor);
  const [bureaus, measures, jobs, promotionPlans] = await Promise.all([
    db.$queryRaw<{ id: number; name: string }[]>`SELECT b.id, b.name FROM (${bureausSql(paths)}) b ORDER BY b.position, b.id`,
    currentMeasures(),
    // The same for everyone, and a scan of every active member of staff (~5 ms): shared.
    sharedFigures(
      "job-categories",
      null,
      () => db.$queryRaw<{ job: string }[]>`SELECT DISTINCT job_category AS job FROM employee WHERE active ORDER BY job_category`,
    ),
    db.promotionPlan.findMany({ select: { id: true, name: true, startFiscalYear: true, endFiscalYear: true }, orderBy: { startFiscalYear: "asc" } }),
  ]);
  return { bureaus, measures, jobCategories: jobs.map((row) => row.job), promotionPlans };
}

export interface CityView extends CityBureauFigures {
  filters: CityFilters;
  options: CityFilterOptions;
}

/** The filters applied, after the role is checked (before any query) and an unknown measure dropped. */
async function applicableFilters(actor: Actor, requested: CityFilters): Promise<CityFilters> {
  cityScopePaths(actor); // refuse before any query when the role is not held
  return knownMeasureFilters(requested);
}

export interface CityOverview extends CityView {
  /**
   * While the year shown is the unfinished current one: the year before on the same day, which
   * the cards set beside their figures (same-day.ts); null for a finished year, and where that
   * year's group is withheld (small-groups.ts) as its total would be.
   */
  previousOnSameDay: YearOnDay | null;
}

/**
 * The figures per bureau and for the city, with what the filter form offers: the overview
 * (/city). `filters` in the result are the ones applied (see knownMeasureFilters).
 */
export async function getCityOverview(actor: Actor, requested: CityFilters, options: { today?: CalendarDate } = {}): Promise<CityOverview> {
  const filters = await applicableFilters(actor, requested);
  const [figures, filterOptions, previousOnSameDay] = await Promise.all([
    getCityBureauFigures(actor, filters, options),
    getCityFilterOptions(actor),
    cityPreviousOnSameDay(cityScopePaths(actor), filters, options.today ?? tokyoDate()),
  ]);
  return { ...figures, filters, options: filterOptions, previousOnSameDay };
}

/** Shared by everyone with the same scope and inputs for FIGURE_CACHE_SECONDS (lib/insight/figure-cache/shared-figures.ts). */
function cityPreviousOnSameDay(paths: string[] | null, filters: CityFilters, today: CalendarDate): Promise<YearOnDay | null> {
  return sharedFigures("city.previousOnSameDay", { paths, filters, today }, async () => {
    const previous = await previousYearOnSameDay(cityPopulationSql(paths, filters.bureauId), { fiscalYear: filters.fiscalYear, today, filters });
    if (!previous) return null;
    const youngAfter = youngCutoff(previous.fiscalYear, today, await getYoungStaffYears(db));
    const withheld = await findWithheldGroups(paths, [{ fiscalYear: previous.fiscalYear, youngAfter }]);
    return (withheld.get(previous.fiscalYear)?.isWithheld({ ...cityGroup(filters), bureauId: filters.bureauId }) ?? true) ? null : previous;
  });
}

/** The trends across fiscal years (/city/trends), under the same filters. */
export async function getCityTrendView(
  actor: Actor,
  requested: CityFilters,
  options: { today?: CalendarDate } = {},
): Promise<{ filters: CityFilters; options: CityFilterOptions; trends: CityTrends }> {
  const filters = await applicableFilters(actor, requested);
  const [trends, filterOptions] = await Promise.all([getCityTrends(actor, filters, options), getCityFilterOptions(actor)]);
  return { filters, options: filterOptions, trends };
}

/**
 * The policy's axes (/city/measures): the measure × bureau heat map keeps only the columns of
 * bureaus whose figures are shown, and the axes go when the view's total is withheld, so a
 * small group cannot be read off another chart either.
 */
export async function getCityMeasureView(
  actor: Actor,
  requested: CityFilters,
  options: { today?: CalendarDate } = {},
): Promise<CityView & { axes: CityAxes | null }> {
  const filters = await applicableFilters(actor, requested);
  const [figures, axes, filterOptions] = await Promise.all([
    getCityBureauFigures(actor, filters, options),
    getCityAxes(actor, filters, options),
    getCityFilterOptions(actor),
  ]);
  return { ...figures, filters, options: filterOptions, axes: shownAxes(figures, axes) };
}

function shownAxes(figures: CityBureauFigures, axes: CityAxes): CityAxes | null {
  if (figures.total.withheld) return null;
  const shown = new Set(figures.bureaus.filter((row) => !row.withheld).map((row) => row.id));
  return { ...axes, matrix: axes.matrix.filter((cell) => shown.has(cell.bureauId)) };
}

/** Every part of the city-wide view at once (the three pages each read a part of it). */
export async function getCityDashboard(actor: Actor, requested: CityFilters, options: { today?: CalendarDate } = {}): Promise<CityDashboard> {
  const filters = await applicableFilters(actor, requested);
  const [figures, axes, trends, filterOptions] = await Promise.all([
    getCityBureauFigures(actor, filters, options),
    getCityAxes(actor, filters, options),
    getCityTrends(actor, filters, options),
    getCityFilterOptions(actor),
  ]);
  return { ...figures, filters, axes: shownAxes(figures, axes), trends, options: filterOptions };
}
