import { requireActor } from "@/lib/platform/auth/actor";
import { parseCityFilters } from "@/lib/insight/dashboards/city-filters";
import { tokyoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf } from "@/lib/platform/dates/fiscal-year";

/** What each city-wide view starts from: the signed-in person, this fiscal year and the filters in the URL. */
export async function cityViewRequest(searchParams: Promise<Record<string, string | string[] | undefined>>) {
  const [actor, params] = await Promise.all([requireActor(), searchParams]);
  const current = fiscalYearOf(tokyoDate());
  return { actor, current, requested: parseCityFilters(params, current) };
}
