import { z } from "zod";
import { idParam } from "@/lib/platform/dates/route-params";

/** Rows per page of a people table; a page of a larger list keeps within the size budget. */
export const PAGE_SIZE = 30;

type Params = Record<string, string | string[] | undefined>;

const pageParam = z.coerce.number().int().min(1).max(10_000);

/**
 * The unit opened and the page of a team page's URL (`?unit=&page=`). A value that does not
 * parse is dropped, so an odd link opens the whole team; a unit outside the scope is refused
 * later, by lib/people/team (not found).
 */
export function parseTeamViewParams(params: Params): { unitId: number | null; page: number } {
  const unit = idParam.safeParse(typeof params.unit === "string" ? params.unit : undefined);
  const page = pageParam.safeParse(typeof params.page === "string" ? params.page : undefined);
  return { unitId: unit.success ? unit.data : null, page: page.success ? page.data : 1 };
}

/** A team page's query keeping the unit opened and the other choices; empty values are left out. */
export function teamQuery(values: Record<string, string | number | null | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value !== null && value !== undefined && value !== "") query.set(key, String(value));
  return query.toString();
}

/** A team page's URL keeping the unit opened and the other choices; empty values are left out. */
export function teamHref(path: string, values: Record<string, string | number | null | undefined>, hash?: string): string {
  const search = teamQuery(values);
  return `${path}${search ? `?${search}` : ""}${hash ? `#${hash}` : ""}`;
}
