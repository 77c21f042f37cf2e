import "server-only";
import { recordAudit } from "@/lib/platform/audit/record-audit";
import type { Actor } from "@/lib/platform/auth/roles";
import { db } from "@/lib/platform/db/client";
import type { ExportTable } from "@/lib/platform/exports/csv";
import { getCityAxes } from "./city-axes";
import { knownMeasureFilters } from "./city-dashboard";
import { getCityBureauFigures } from "./city-figures";
import { cityAxisExportTable, cityBureausExportTable, type CityExportTableName, cityMeasuresExportTable, cityTrendsExportTable } from "./city-export-layout";
import { type CityFilters, cityQuery } from "./city-filters";
import { cityScopePaths } from "./city-sql";
import { getCityTrends } from "./city-trends";

export type CityExportRequest = { table: CityExportTableName; format: "csv" | "xlsx"; filters: CityFilters };

/**
 * A city dashboard table for download, through the same scoped functions and the same
 * small-group rule as the page, and audited with the filters used: an export leaves the portal.
 */
export async function exportCityTable(
  actor: Actor,
  { table, format, filters: requested }: CityExportRequest,
): Promise<{ table: ExportTable; asciiName: string }> {
  cityScopePaths(actor); // refuse early, before any query, when the role is not held
  const filters = await knownMeasureFilters(requested);
  // read first for every table: the bureau filter is checked here (NOT_FOUND) as on the page
  const figures = await getCityBureauFigures(actor, filters);
  // the axes go with the view's total, as on the page (city-dashboard.ts)
  const axes = async () => (figures.total.withheld ? null : await getCityAxes(actor, filters));
  const result =
    table === "bureaus"
      ? cityBureausExportTable(filters.fiscalYear, figures.bureaus, figures.total)
      : table === "measures"
        ? cityMeasuresExportTable(filters.fiscalYear, await axes())
        : table === "trends"
          ? cityTrendsExportTable(await getCityTrends(actor, filters))
          : cityAxisExportTable(table, filters.fiscalYear, await axes());
  await db.$transaction((tx) =>
    recordAudit(tx, {
      actorId: actor.employeeId,
      action: `export.city-${table}`,
      entity: "city",
      entityId: null,
      detail: { format, rows: result.rows.length, query: cityQuery(filters) },
    }),
  );
  return { table: result, asciiName: `city-${table}-${filters.fiscalYear}` };
}
