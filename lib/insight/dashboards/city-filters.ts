import { z } from "zod";
import { idParam } from "@/lib/platform/dates/route-params";
import { isRankBand, type RankBand } from "./rank-bands";
import type { Group } from "./small-groups";

/** The policy period (令和3～12年度): the city view offers and trends over these years only. */
export const POLICY_FIRST_YEAR = 2021;
export const POLICY_LAST_YEAR = 2030;

/** The city-wide dashboard's filters, as they travel in the URL (`/city?fy=&plan=&bureau=&measure=&job=&rank=&young=`). */
export interface CityFilters {
  fiscalYear: number;
  promotionPlanId?: number;
  bureauId?: number;
  /**
   * A measure (施策) id: narrows the commitment counts only (per-bureau commitments, the axes,
   * the heat map); person-based figures are not about a measure. An id that is no current
   * measure is dropped by `knownMeasureFilters` (city-dashboard.ts), not refused.
   */
  measureId?: number;
  jobCategory?: string;
  rankBand?: RankBand;
  youngOnly: boolean;
}

type Params = Record<string, string | string[] | undefined>;
const one = (value: string | string[] | undefined) => (typeof value === "string" && value.trim() !== "" ? value.trim() : undefined);

/** The years a person may pick: the policy period up to the current fiscal year. */
export function offeredYears(current: number): number[] {
  const last = Math.min(Math.max(current, POLICY_FIRST_YEAR), POLICY_LAST_YEAR);
  return Array.from({ length: last - POLICY_FIRST_YEAR + 1 }, (_, i) => last - i);
}

/**
 * Reads the filters from a URL; a value that does not parse is dropped rather than refused, so
 * an old bookmark still opens (a bureau id outside the caller's view is refused later, by scope).
 */
export function parseCityFilters(params: Params, current: number): CityFilters {
  const years = offeredYears(current);
  const fy = z.coerce.number().int().safeParse(one(params.fy));
  const id = (value: string | undefined) => {
    const parsed = idParam.safeParse(value);
    return parsed.success ? parsed.data : undefined;
  };
  const rank = one(params.rank);
  const job = one(params.job);
  return {
    fiscalYear: fy.success && years.includes(fy.data) ? fy.data : (years[0] ?? current),
    promotionPlanId: id(one(params.plan)),
    bureauId: id(one(params.bureau)),
    measureId: id(one(params.measure)),
    jobCategory: job && job.length <= 100 ? job : undefined,
    rankBand: isRankBand(rank) ? rank : undefined,
    youngOnly: one(params.young) === "1",
  };
}

/** The three views of the city-wide figures; each keeps the filters in its query string. */
export const CITY_VIEWS = { overview: "/city", trends: "/city/trends", measures: "/city/measures" } as const;
export type CityViewName = keyof typeof CITY_VIEWS;
export type CityViewPath = (typeof CITY_VIEWS)[CityViewName];

/** The query string of a set of filters, for links (export, the other views) that keep the view. */
export function cityQuery(filters: CityFilters): string {
  const query = new URLSearchParams({ fy: String(filters.fiscalYear) });
  if (filters.promotionPlanId !== undefined) query.set("plan", String(filters.promotionPlanId));
  if (filters.bureauId !== undefined) query.set("bureau", String(filters.bureauId));
  if (filters.measureId !== undefined) query.set("measure", String(filters.measureId));
  if (filters.jobCategory !== undefined) query.set("job", filters.jobCategory);
  if (filters.rankBand !== undefined) query.set("rank", filters.rankBand);
  if (filters.youngOnly) query.set("young", "1");
  return query.toString();
}

/** Whether a filter narrows to people (not only to a bureau): team, bureau and city commitments then drop out. */
export function filtersPeople(filters: CityFilters): boolean {
  return filters.jobCategory !== undefined || filters.rankBand !== undefined || filters.youngOnly;
}

/** The group of people the person filters describe (in every bureau), as small-groups.ts reads it. */
export function cityGroup(filters: CityFilters): Group {
  return { job: filters.jobCategory, band: filters.rankBand, youngOnly: filters.youngOnly };
}
