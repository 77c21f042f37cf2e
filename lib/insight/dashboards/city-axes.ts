import "server-only";
import { sharedFigures } from "@/lib/insight/figure-cache/shared-figures";
import type { Actor } from "@/lib/platform/auth/roles";
import { type CalendarDate, tokyoDate } from "@/lib/platform/dates/calendar-date";
import { db } from "@/lib/platform/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { getYoungStaffYears } from "@/lib/insight/settings/young-staff-years";
import { type CityFilters, filtersPeople } from "./city-filters";
import { bureausSql, cityScopePaths, personFilterSql, youngCutoff } from "./city-sql";

/** Commitments by status, counted as on the bureau dashboard: planned = every one not dropped. */
export interface StatusCounts {
  planned: number;
  inProgress: number;
  done: number;
}
export type AxisRow = StatusCounts & { id: number | null; number: number | null; name: string };
export type MeasureRow = AxisRow & { number: number; areaNumber: number; areaName: string };

export interface CityAxes {
  measures: MeasureRow[];
  areas: AxisRow[];
  /** `id: null` rows count commitments with no focus theme / target image set */
  themes: AxisRow[];
  images: AxisRow[];
  /** measure id → bureau id → commitments planned (not dropped), for the heat map */
  matrix: { measureId: number; bureauId: number; planned: number }[];
}

type Grouped = StatusCounts & { axis: "measure" | "area" | "theme" | "image" | "matrix"; key: number | null; bureauId: number | null };

/**
 * Commitments of the year at all four levels by the policy's axes, in one grouped statement.
 * Individual ones belong to their owner's bureau (active staff, as in the per-bureau figures),
 * team and bureau ones to their unit's; city-wide ones to no bureau. A bureau filter drops the
 * city-wide ones; a person filter (job, rank, young) keeps individual ones only, since a team's
 * or a bureau's commitment has no job category or rank. A measure filter keeps that measure's
 * commitments and that measure's row only (the heat map then has one row).
 */
/** Shared by everyone with the same scope and inputs for FIGURE_CACHE_SECONDS (lib/insight/figure-cache/shared-figures.ts). */
export async function getCityAxes(actor: Actor, filters: CityFilters, options: { today?: CalendarDate } = {}): Promise<CityAxes> {
  const today = options.today ?? tokyoDate();
  const inputs = { paths: cityScopePaths(actor), filters, today };
  return sharedFigures("city.axes", inputs, () => computeCityAxes(actor, filters, { ...options, today }));
}

async function computeCityAxes(actor: Actor, filters: CityFilters, options: { today?: CalendarDate } = {}): Promise<CityAxes> {
  const paths = cityScopePaths(actor);
  const youngAfter = youngCutoff(filters.fiscalYear, options.today ?? tokyoDate(), await getYoungStaffYears(db));
  const narrowed = filtersPeople(filters)
    ? Prisma.sql`AND c.level = 'INDIVIDUAL' ${personFilterSql(filters, youngAfter)}`
    : filters.bureauId !== undefined
      ? Prisma.sql`AND c.level <> 'CITY'`
      : Prisma.empty;
  const measure = filters.measureId === undefined ? Prisma.empty : Prisma.sql`AND c.measure_id = ${filters.measureId}`;
  const rows = await db.$queryRaw<Grouped[]>`
    WITH b AS (${bureausSql(paths, filters.bureauId)}),
    c AS (
      SELECT c.status, ms.id AS measure_id, ms.area_id, c.focus_theme_id, c.target_image_id, b.id AS bureau_id
      FROM commitment c
      JOIN measure ms ON ms.id = c.measure_id
      LEFT JOIN employee e ON c.level = 'INDIVIDUAL' AND e.id = c.owner_employee_id
      LEFT JOIN org_unit ou ON ou.id = coalesce(e.unit_id, c.owner_unit_id)
      LEFT JOIN b ON ou.path LIKE b.path || '%'
      WHERE c.fiscal_year = ${filters.fiscalYear} AND c.status <> 'DROPPED'
        AND (c.level <> 'INDIVIDUAL' OR e.active)
        AND (c.level = 'CITY' OR b.id IS NOT NULL)
        ${narrowed}
        ${measure}
    )
    SELECT CASE WHEN GROUPING(measure_id, bureau_id) = 0 THEN 'matrix'
                WHEN GROUPING(measure_id) = 0 THEN 'measure'
                WHEN GROUPING(area_id) = 0 THEN 'area'
                WHEN GROUPING(focus_theme_id) = 0 THEN 'theme' ELSE 'image' END AS axis,
           coalesce(CASE WHEN GROUPING(measure_id) = 0 THEN measure_id END,
                    CASE WHEN GROUPING(area_id) = 0 THEN area_id END,
                    CASE WHEN GROUPING(focus_theme_id) = 0 THEN focus_theme_id END,
                    CASE WHEN GROUPING(target_image_id) = 0 THEN target_image_id END) AS key,
           CASE WHEN GROUPING(bureau_id) = 0 THEN bureau_id END AS "bureauId",
           count(*)::int AS planned,
           count(*) FILTER (WHERE status = 'IN_PROGRESS')::int AS "inProgress",
           count(*) FILTER (WHERE status = 'DONE')::int AS done
    FROM c
    GROUP BY GROUPING SETS ((measure_id), (area_id), (focus_theme_id), (target_image_id), (measure_id, bureau_id))`;
  const catalogue = await db.measure.findMany({
    where: { retiredAt: null, ...(filters.measureId === undefined ? {} : { id: filters.measureId }) },
    select: { id: true, number: true, name: true, area: { select: { id: true, number: true, name: true } } },
    orderBy: [{ area: { number: "asc" } }, { number: "asc" }],
  });
  const [areas, themes, images] = await Promise.all([
    db.policyArea.findMany({ where: { retiredAt: null }, select: { id: true, number: true, name: true }, orderBy: { number: "asc" } }),
    db.focusTheme.findMany({ where: { retiredAt: null }, select: { id: true, number: true, name: true }, orderBy: { number: "asc" } }),
    db.targetImage.findMany({ where: { retiredAt: null }, select: { id: true, number: true, name: true }, orderBy: { number: "asc" } }),
  ]);
  const counts = (axis: Grouped["axis"], key: number | null): StatusCounts => {
    const row = rows.find((r) => r.axis === axis && r.key === key);
    return { planned: row?.planned ?? 0, inProgress: row?.inProgress ?? 0, done: row?.done ?? 0 };
  };
  const withUnset = (axis: "theme" | "image", list: { id: number; number: number; name: string }[]): AxisRow[] => [
    ...list.map((item) => ({ ...item, ...counts(axis, item.id) })),
    { id: null, number: null, name: "", ...counts(axis, null) },
  ];
  return {
    measures: catalogue.map((m) => ({
      id: m.id,
      number: m.number,
      name: m.name,
      areaNumber: m.area.number,
      areaName: m.area.name,
      ...counts("measure", m.id),
    })),
    areas: areas.map((area) => ({ ...area, ...counts("area", area.id) })),
    themes: withUnset("theme", themes),
    images: withUnset("image", images),
    matrix: rows.flatMap((r) =>
      r.axis === "matrix" && r.key !== null && r.bureauId !== null ? [{ measureId: r.key, bureauId: r.bureauId, planned: r.planned }] : [],
    ),
  };
}
