import "server-only";
import type { Actor } from "@/lib/platform/auth/roles";
import { hasRole } from "@/lib/platform/auth/roles";
import { type CalendarDate, compareDates, toDateColumn } from "@/lib/platform/dates/calendar-date";
import { fiscalYearEnd, youngStaffJoinedAfter } from "@/lib/platform/dates/fiscal-year";
import { Prisma } from "@/lib/generated/prisma/client";
import { unitPathsInScope } from "@/lib/people/org/scope";
import { type CityFilters } from "./city-filters";
import { ranksOf } from "./rank-bands";

/**
 * The org-unit prefixes the city view covers for this person: the HR division's grant, else the
 * headquarters' (read-only, the same figures). Anyone else gets NOT_FOUND from unitPathsInScope.
 */
export function cityScopePaths(actor: Actor): string[] | null {
  return unitPathsInScope(actor, hasRole(actor, "HR_DIVISION") ? "HR_DIVISION" : "HEADQUARTERS");
}

/**
 * The 局・区 the view counts, as a subquery with id, name, path and position: every bureau in
 * scope, or the one of `bureauId`. A scope narrower than the city (not handed out today) keeps
 * the bureaus that lie wholly inside it.
 */
export function bureausSql(paths: string[] | null, bureauId?: number): Prisma.Sql {
  const inScope = paths === null ? Prisma.empty : Prisma.sql`AND b.path LIKE ANY (SELECT p || '%' FROM unnest(${paths}::text[]) AS p)`;
  const chosen = bureauId === undefined ? Prisma.empty : Prisma.sql`AND b.id = ${bureauId}`;
  return Prisma.sql`SELECT b.id, b.name, b.path, b.position FROM org_unit b WHERE b.kind = 'BUREAU' AND b.retired_at IS NULL ${inScope} ${chosen}`;
}

/**
 * The person filters on an employee row `e` (job category, rank band, young staff joined after
 * `youngAfter`), as `AND …` conditions; empty when none is set.
 */
export function personFilterSql(filters: CityFilters, youngAfter: Date): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (filters.jobCategory !== undefined) parts.push(Prisma.sql`AND e.job_category = ${filters.jobCategory}`);
  if (filters.rankBand !== undefined) parts.push(Prisma.sql`AND btrim(e.rank) = ANY (${ranksOf(filters.rankBand)}::text[])`);
  if (filters.youngOnly) parts.push(Prisma.sql`AND e.joined_on > ${youngAfter}`);
  return parts.length === 0 ? Prisma.empty : Prisma.join(parts, " ");
}

/** The young-staff cut-off as the bureau dashboard reads it: as of today, or the year's end once it is over. */
export function youngCutoff(fiscalYear: number, today: CalendarDate, youngStaffYears: number): Date {
  const end = fiscalYearEnd(fiscalYear);
  return toDateColumn(youngStaffJoinedAfter(compareDates(today, end) > 0 ? end : today, youngStaffYears));
}
